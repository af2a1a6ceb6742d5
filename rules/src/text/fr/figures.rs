//! Les montants : leurs noms, leurs calculs, et pourquoi une ligne est exclue.

use super::*;
use crate::assess::Pending;
use crate::assess::{Assessment, Verdict};
use crate::figures::{Explained, Figure};
use crate::rules::funding::VatAlternative;
use crate::rules::Reason;
use crate::text::quoted_lines;
use crate::text::{derivation_case, AdvanceCase, Derivation};
use crate::text::{partner_name, percent, plural};

pub(in crate::text) fn figure_name(f: Figure) -> &'static str {
    match f {
        Figure::TotalCosts => "Dépenses totales HT",
        Figure::EligibleCosts => "Dépenses éligibles",
        Figure::ExcludedCosts => "Dépenses exclues",
        Figure::PotentialGrant => "Aide potentielle",
        Figure::PotentialAdvance => "Avance potentielle",
        Figure::Grant => "Aide régionale",
        Figure::Advance => "Avance",
        Figure::Balance => "Solde versé à la fin",
        Figure::OwnShare => "Part des partenaires",
        Figure::RoomUnderCap => "Marge sous le plafond",
        Figure::CostsBeyondCap => "Dépenses au-delà du plafond",
        Figure::GrantBelowCap => "Aide encore possible sous le plafond",
        Figure::DeMinimisWithThisGrant => "Aides de minimis sur 3 ans, cette aide comprise",
        Figure::OtherPublicFunding => "Autres financements publics",
        Figure::OwnFunds => "Autofinancement",
        Figure::OverFunding => "Surfinancement",
    }
}

/// A figure as a spreadsheet names its column.
pub(in crate::text) fn figure_column(f: Figure) -> &'static str {
    match f {
        Figure::TotalCosts => "dépenses totales",
        Figure::EligibleCosts => "dépenses éligibles",
        Figure::ExcludedCosts => "dépenses exclues",
        Figure::PotentialGrant => "aide potentielle",
        Figure::PotentialAdvance => "avance potentielle",
        Figure::Grant => "aide",
        Figure::Advance => "avance",
        Figure::Balance => "solde",
        Figure::OwnShare => "part des partenaires",
        Figure::RoomUnderCap => "marge sous le plafond",
        Figure::CostsBeyondCap => "dépenses au-delà du plafond",
        Figure::GrantBelowCap => "aide encore possible sous le plafond",
        Figure::DeMinimisWithThisGrant => "aides de minimis avec cette aide",
        Figure::OtherPublicFunding => "autres financements publics",
        Figure::OwnFunds => "autofinancement",
        Figure::OverFunding => "surfinancement",
    }
}

/// An advance as the text allows it: a maximum, paid on justification.
pub(in crate::text) fn on_justification(amount: rust_decimal::Decimal) -> String {
    format!("jusqu’à {} sur justification", m(amount))
}

pub(in crate::text) fn derivation(what: Explained, a: &Assessment) -> String {
    let p = &a.parameters;
    let rate = p.grant_rate.value;
    let cap = p.grant_cap.value;
    match derivation_case(what, a) {
        Derivation::TotalCosts => format!(
            "Somme des {} {} du budget, HT : {}",
            a.lines.len(),
            plural(L, a.lines.len(), "ligne", "lignes"),
            m(a.total_costs)
        ),
        Derivation::EligibleCosts => {
            let excluded = a.excluded_line_count();
            let pending = a.pending.lines.len();
            let waiting = if pending == 0 {
                String::new()
            } else {
                format!(
                    " − {} en attente ({pending} {})",
                    m(a.pending.costs),
                    plural(L, pending, "ligne", "lignes")
                )
            };
            format!(
                "{} − {} exclus ({excluded} {}){waiting} = {}",
                m(a.total_costs),
                m(a.excluded_costs),
                plural(L, excluded, "ligne", "lignes"),
                m(a.eligible_costs)
            )
        }
        Derivation::PotentialGrant { capped } => {
            let product = format!(
                "{} × {} = {}",
                percent(rate, L),
                m(a.eligible_costs),
                m(a.uncapped_grant)
            );
            if capped {
                format!("{product} — au-delà du plafond : aide ramenée à {}", m(cap))
            } else {
                format!("{product} — plafond de {} non atteint", m(cap))
            }
        }
        Derivation::Grant => match a.verdict {
            Verdict::Eligible => format!(
                "Projet éligible : l’aide est l’aide potentielle, {}",
                m(a.grant)
            ),
            v => format!(
                "{} : aide de {} (aide potentielle une fois les conditions remplies : {})",
                verdict_label(v),
                m(a.grant),
                m(a.potential_grant)
            ),
        },
        Derivation::Advance(case) => {
            let r = &a.advance_readings;
            let rate = percent(p.advance_rate.value, L);
            let letter = format!(
                "à la lettre du texte, {rate} des dépenses éligibles ({}), au plus l’aide : {}",
                m(a.eligible_costs),
                m(r.letter)
            );
            match case {
                AdvanceCase::NotRequested => format!(
                    "Pas d’avance demandée : {}. Sur demande justifiée : {} (notre lecture : {rate} de l’aide) ; {letter}.",
                    m(a.advance),
                    on_justification(r.ours)
                ),
                AdvanceCase::Unjustified => format!(
                    "Avance demandée sans justification : {}, elle n’est pas versée. Justifiée : {} (notre lecture : {rate} de l’aide) ; {letter}.",
                    m(a.advance),
                    on_justification(r.ours)
                ),
                AdvanceCase::UntilEligible => format!(
                    "Pas d’avance tant que le projet n’est pas éligible : {}. Une fois éligible : {} (notre lecture : {rate} de l’aide potentielle) ; à la lettre du texte, {rate} des dépenses éligibles ({}).",
                    m(a.advance),
                    on_justification(a.potential_advance),
                    m(a.eligible_costs)
                ),
                AdvanceCase::Paid => format!(
                    "Au plus {}, versée sur justification. Notre lecture : {rate} de l’aide, {rate} × {} = {} ; {letter}.",
                    m(a.advance),
                    m(a.grant),
                    m(r.ours)
                ),
            }
        }
        Derivation::Balance => {
            format!("{} − {} = {}", m(a.grant), m(a.advance), m(a.balance))
        }
        Derivation::OwnShare => {
            format!("{} − {} = {}", m(a.total_costs), m(a.grant), m(a.own_share))
        }
        Derivation::EffectiveRate => match a.effective_rate {
            Some(r) => format!(
                "{} ÷ {} = {}",
                m(a.potential_grant),
                m(a.eligible_costs),
                percent(r, L)
            ),
            None => "Pas de dépense éligible".into(),
        },
        Derivation::RoomUnderCap { reached } => {
            let at_cap = a.costs_at_cap;
            if reached {
                format!(
                    "Plafond atteint dès {} de dépenses éligibles : {} au-delà n’apportent aucune aide supplémentaire",
                    m(at_cap),
                    m(a.costs_beyond_cap)
                )
            } else {
                format!(
                    "{} ÷ {} = {} de dépenses éligibles atteignent le plafond ; marge : {} − {} = {}",
                    m(cap),
                    percent(rate, L),
                    m(at_cap),
                    m(at_cap),
                    m(a.eligible_costs),
                    m(a.room_under_cap)
                )
            }
        }
    }
}

pub(in crate::text) fn reason(r: &Reason) -> String {
    match r {
        Reason::CategoryNotEligible { category } => format!(
            "{} : catégorie absente de la liste des dépenses éligibles.",
            crate::text::category(*category, L)
        ),
        Reason::PermanentPublicStaff => {
            "Personnel permanent d’une structure publique : exclu.".into()
        }
        Reason::PermanentStaffNotSaid => "Pas comptée tant que vous n’avez pas dit si la personne est personnel permanent de la structure publique qui la porte.".into(),
        Reason::NoBearer => "Aucun partenaire ne porte encore cette dépense.".into(),
        Reason::BearerNotFound { partner } => format!("Partenaire « {partner} » introuvable."),
        Reason::BearerNotAdmissible { partner } => format!(
            "Portée par {}, de type « autre », qui n’est pas une structure bénéficiaire.",
            partner_name(partner, L)
        ),
        Reason::BearerPostcodeMissing { partner } => format!(
            "Code postal de {} pas encore indiqué.",
            partner_name(partner, L)
        ),
        Reason::BearerOutsideNormandy { partner } => {
            format!(
                "Portée par {}, hors de Normandie.",
                partner_name(partner, L)
            )
        }
    }
}

/// La marge de minimis en une phrase.
pub(in crate::text) fn de_minimis_headroom(a: &Assessment) -> String {
    let d = &a.de_minimis;
    let (room, ceiling) = (m(d.headroom.abs()), m(d.ceiling));
    match d.fits {
        Some(true) => format!("De minimis : marge de {room} sous le plafond de {ceiling}."),
        Some(false) => format!("De minimis : {room} au-delà du plafond de {ceiling}."),
        None => format!("De minimis : marge à établir (plafond de {ceiling}) une fois les aides déclarées, datées et chiffrées."),
    }
}

/// La lecture TVA comprise, pour information.
pub(in crate::text) fn vat_alternative(v: &VatAlternative, a: &Assessment) -> String {
    format!(
        "Pour information, si la TVA non récupérable ({}) était éligible : dépenses éligibles {}, aide potentielle {} (le simulateur garde la règle du texte, hors taxes).",
        percent(a.parameters.vat_standard_rate.value, L),
        m(v.eligible_costs),
        m(v.potential_grant)
    )
}

/// L’aide si les lignes en attente d’une réponse comptaient.
pub(in crate::text) fn pending_grant(p: &Pending) -> String {
    let names = quoted_lines(&p.lines, L);
    let up_to = m(p.grant_if_counted);
    match p.lines.len() {
        1 => format!("jusqu’à {up_to} si {names} n’est pas personnel permanent"),
        _ => format!("jusqu’à {up_to} si {names} ne sont pas personnel permanent"),
    }
}

/// Les dépenses des lignes en attente d’une réponse.
pub(in crate::text) fn pending_costs(p: &Pending) -> String {
    format!(
        "{} en attente d’une réponse (personnel permanent ou non), non comptés",
        m(p.costs)
    )
}
