//! Le français : chaque fait du moteur en une phrase.

pub(super) mod page;

use super::SheetColumn;
use super::{date, line_names, money, partner_name, partner_names, percent, plural};
use crate::advice::{Advice, Suggestion};
use crate::assess::{AssessError, Assessment, Explained, Figure, Verdict};
use crate::compare::{Detail, LineMove, LineName, Source};
use crate::draft::Country;
use crate::fields::Field;
use crate::format::{JsonType, LineColumn, LineProblemKind, Problem, FORMAT, VERSION};
use crate::merge::{
    Conflict, LineChange, LineSummary, MatchKind, PartMatch, PartRef, PartnerChanges,
};
use crate::money::{max_line_amount, AmountError};
use crate::rules::costs::Document;
use crate::rules::{Check, Criterion, Finding, Location, Reason, RuleId, Status};

const L: crate::locale::Lang = crate::locale::Lang::Fr;

fn d(x: crate::date::Date) -> String {
    date(x, L)
}

fn m(x: rust_decimal::Decimal) -> String {
    money(x, L)
}

/// « 2 structures normandes distinctes » with its plural.
fn structures(n: usize, adjectives: &str) -> String {
    let s = plural(L, n, "", "s");
    let adjectives = adjectives
        .split(' ')
        .map(|a| format!("{a}{s}"))
        .collect::<Vec<_>>()
        .join(" ");
    format!("{n} structure{s} {adjectives}")
}

pub(super) fn check(c: &Check) -> String {
    match &c.finding {
        Finding::NoLead => "Désignez le porteur du projet (le partenaire qui dépose la demande).".into(),
        Finding::Lead { lead } => format!("Porteur : {}.", partner_name(lead, L)),
        Finding::SeveralLeads { leads } => format!(
            "{} partenaires sont désignés porteurs ({}) : un seul dépose la demande.",
            leads.len(),
            partner_names(leads, L)
        ),
        Finding::NoLeadYet => "Pas encore de porteur désigné.".into(),
        Finding::LeadKindAdmissible { kind } => {
            format!("Le porteur est de type admis : {}.", super::partner_kind(*kind, L))
        }
        Finding::LeadKindNotAdmissible { leads } => format!(
            "{} n’est ni une entreprise, ni une association, ni un établissement public ou privé, ni une collectivité locale ou un regroupement : il ne peut pas porter le projet.",
            partner_names(leads, L)
        ),
        Finding::LeadOutsideNormandy { leads, postcode } => format!(
            "Le porteur ({}) n’est pas implanté en Normandie (code postal {postcode}).",
            partner_names(leads, L)
        ),
        Finding::LeadPostcodeMissing { lead } => format!(
            "Indiquez le code postal de l’établissement du porteur ({}).",
            partner_name(lead, L)
        ),
        Finding::LeadInNormandy { department } => format!(
            "Le porteur est implanté en Normandie ({}, {}).",
            department.name, department.code
        ),
        Finding::NoPartners => "Ajoutez les partenaires du projet.".into(),
        Finding::PostcodesGiven => {
            "Chaque partenaire a indiqué le code postal de son établissement.".into()
        }
        Finding::PostcodesMissing { partners } => {
            format!("Code postal à indiquer pour : {}.", partner_names(partners, L))
        }
        Finding::NormandyStructures { counted, needed } => match c.status {
            Status::Pass => format!(
                "{} {} (au moins {needed}).",
                structures(*counted, "normande distincte"),
                plural(L, *counted, "participe", "participent")
            ),
            Status::Fail => format!(
                "Seulement {} : il en faut au moins {needed}. Ajoutez une structure implantée en Normandie (d’un autre SIREN).",
                structures(*counted, "normande distincte")
            ),
            _ => format!(
                "{} pour l’instant : il en faut au moins {needed}, distinctes, implantées en Normandie.",
                structures(*counted, "normande")
            ),
        },
        Finding::AiAndData {
            ai_described,
            data_described,
        } => match (ai_described, data_described) {
            (true, true) => "Le projet décrit son usage de l’IA et les données qu’il valorise.",
            (false, false) => "Décrivez l’usage de l’IA et les données valorisées.",
            (false, true) => "Décrivez l’usage de l’IA dans le projet.",
            (true, false) => "Décrivez les données que le projet valorise.",
        }
        .into(),
        Finding::S3Domain { domain } => match domain {
            Some(domain) => format!("Domaine : {}.", super::s3_domain(*domain, L)),
            None => "Aucun domaine choisi (facultatif).".into(),
        },
        Finding::IncentiveDatesMissing => {
            "Indiquez les dates de dépôt et de début pour vérifier l’effet incitatif.".into()
        }
        Finding::WorkStarts { start, submission } if c.status == Status::Pass => format!(
            "Les travaux commencent le {}, après le dépôt du {}.",
            d(*start),
            d(*submission)
        ),
        Finding::WorkStarts { start, submission } => format!(
            "Les travaux commencent le {}, avant le dépôt du {} : sous le RGEC, l’aide n’aurait pas d’effet incitatif. Commencez le {} ou après.",
            d(*start),
            d(*submission),
            d(*submission)
        ),
        Finding::DatesMissing { start, end } => match (start, end) {
            (true, true) => "Indiquez les dates de début et de fin.",
            (true, false) => "Indiquez la date de début.",
            _ => "Indiquez la date de fin.",
        }
        .into(),
        Finding::EndBeforeStart { start, end } => {
            format!("La fin ({}) précède le début ({}).", d(*end), d(*start))
        }
        Finding::Duration {
            start,
            end,
            last_allowed_end,
            months,
            days_over,
        } => {
            if c.status == Status::Pass {
                format!(
                    "Du {} au {} : dans les {months} mois (fin au plus tard le {}).",
                    d(*start),
                    d(*end),
                    d(*last_allowed_end)
                )
            } else {
                format!(
                    "Le projet dépasse {months} mois : commencé le {}, il doit finir au plus tard le {} (fin indiquée : {}, {days_over} {} de trop).",
                    d(*start),
                    d(*last_allowed_end),
                    d(*end),
                    plural(L, *days_over as usize, "jour", "jours")
                )
            }
        }
        Finding::StartOutsideCalendar => "Date de début hors du calendrier pris en charge.".into(),
        Finding::NoMilestone => "Aucun jalon indiqué (facultatif).".into(),
        Finding::MilestonesAwaitDates => {
            "Les jalons seront vérifiés quand les dates de début et de fin seront connues.".into()
        }
        Finding::MilestonesWithin { count } => match count {
            1 => "1 jalon, entre le début et la fin.".into(),
            n => format!("{n} jalons, tous entre le début et la fin."),
        },
        Finding::MilestonesOutside { milestones } => format!(
            "{} hors de la période du projet : {}.",
            plural(L, milestones.len(), "Jalon", "Jalons"),
            milestones
                .iter()
                .map(|(label, when)| format!("« {label} » ({})", d(*when)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Finding::Commons {
            experience_report,
            tools_or_content,
            open_data,
        } => {
            let given: Vec<&str> = [
                (*experience_report, "retour d’expérience"),
                (*tools_or_content, "outils ou contenus"),
                (*open_data, "données ouvertes"),
            ]
            .into_iter()
            .filter_map(|(yes, what)| yes.then_some(what))
            .collect();
            if given.is_empty() {
                "Indiquez au moins une contribution aux communs de la donnée : retour d’expérience, outils ou contenus, données ouvertes.".into()
            } else {
                format!("Contribution aux communs : {}.", given.join(", "))
            }
        }
        Finding::Indicators { count: 0 } => {
            "Proposez au moins un indicateur d’avancée du projet.".into()
        }
        Finding::Indicators { count } => format!(
            "{count} {} d’avancée {}.",
            plural(L, *count, "indicateur", "indicateurs"),
            plural(L, *count, "proposé", "proposés")
        ),
        Finding::Commitments {
            report_indicators,
            collective_review,
        } => match (report_indicators, collective_review) {
            (true, true) => "Le porteur s’engage à remonter les indicateurs et à participer à la revue de projets collective.",
            (false, true) => "Engagez-vous à faire remonter les indicateurs d’avancée en fin de projet.",
            (true, false) => "Engagez-vous à participer à la revue de projets collective du DataLab Normandie.",
            (false, false) => "Engagez-vous à remonter les indicateurs et à participer à la revue de projets collective.",
        }
        .into(),
        Finding::Advance {
            requested,
            justified,
        } => match (requested, justified) {
            (false, _) => "Pas d’avance demandée.",
            (true, true) => "Avance demandée, avec sa justification.",
            (true, false) => "Avance demandée sans justification : elle ne sera pas versée. Justifiez sa nécessité.",
        }
        .into(),
        Finding::MarkAboveMaximum {
            criterion: which,
            mark,
            max,
        } => format!(
            "Note « {} » de {mark} au-dessus de son maximum ({max}).",
            criterion(*which)
        ),
        Finding::MarksMissing {
            given,
            criteria,
            total,
            out_of,
        } => format!(
            "Estimez les {criteria} critères ({given} sur {criteria} {}, {total}/{out_of} pour l’instant).",
            plural(L, *given, "renseigné", "renseignés")
        ),
        Finding::Marks {
            total,
            minimum,
            out_of,
        } if c.status == Status::Fail => format!(
            "Note estimée {total}/{out_of}, inférieure à {minimum}/{out_of} : l’opération serait inéligible."
        ),
        Finding::Marks {
            total,
            minimum,
            out_of,
        } => format!("Note estimée {total}/{out_of}, au moins {minimum}/{out_of}."),
        Finding::EligibleCosts { amount } => format!("Dépenses éligibles : {}.", m(*amount)),
        Finding::NoCost => "Aucune dépense pour l’instant.".into(),
        Finding::NoEligibleCost => "Aucune dépense éligible pour l’instant : frais de personnel, prestations intellectuelles, licences, prestations ou consommables portés par une structure normande.".into(),
        Finding::NoBudgetLines => "Ajoutez les lignes du budget.".into(),
        Finding::LinesComplete => "Chaque ligne a un montant et un partenaire qui la porte.".into(),
        Finding::LinesIncomplete { lines } => format!(
            "Montant ou partenaire à indiquer pour {} {} ({}).",
            lines.len(),
            plural(L, lines.len(), "ligne", "lignes"),
            line_names(lines, L)
        ),
        Finding::PermanentStaffNotSaid { lines, total } => format!(
            "Dites si la personne est personnel permanent de la structure publique : {} {} en attente, {} non comptés d’ici là : {}.",
            lines.len(),
            plural(L, lines.len(), "ligne", "lignes"),
            m(*total),
            line_names(lines, L)
        ),
        Finding::NoLineExcluded => "Aucune ligne exclue par cette règle.".into(),
        Finding::LinesExcluded { lines, total } => format!(
            "{} {}, {} : {}.",
            lines.len(),
            plural(L, lines.len(), "ligne exclue", "lignes exclues"),
            m(*total),
            line_names(lines, L)
        ),
        Finding::AmountsExclVat {
            cap,
            not_recovering,
            unknown,
        } => {
            let mut text = format!(
                "Tous les montants sont hors taxes (HT) : le plafond est de {} HT.",
                m(*cap)
            );
            if !not_recovering.is_empty() {
                text += &format!(
                    " Ne récupère{} pas la TVA : {} (la TVA qu’{} paie{} reste à {} charge).",
                    if not_recovering.len() > 1 { "nt" } else { "" },
                    partner_names(not_recovering, L),
                    if not_recovering.len() > 1 { "ils" } else { "il" },
                    if not_recovering.len() > 1 { "nt" } else { "" },
                    if not_recovering.len() > 1 { "leur" } else { "sa" }
                );
            }
            if !unknown.is_empty() {
                text += &format!(
                    " Récupération de la TVA non précisée : {}.",
                    partner_names(unknown, L)
                );
            }
            text
        }
        Finding::VatRecovered { cap } => format!(
            "Les montants sont hors taxes (plafond de {} HT) et chaque structure qui porte une dépense éligible récupère la TVA.",
            m(*cap)
        ),
        Finding::DeMinimisFits { ceiling } => format!(
            "Les aides de minimis des trois dernières années, cette aide comprise, restent sous le plafond de {}.",
            m(*ceiling)
        ),
        Finding::DeMinimisOver {
            with_this_grant,
            ceiling,
            over_by,
        } => format!(
            "Aides de minimis sur trois ans, cette aide comprise : {}, soit {} au-delà du plafond de {}. Une aide qui ferait dépasser le plafond ne peut être octroyée sous ce régime, même en partie (art. 3, paragraphe 7, du règlement 2023/2831).",
            m(*with_this_grant),
            m(*over_by),
            m(*ceiling)
        ),
        Finding::DeMinimisNotDeclared => "Déclarez les aides de minimis reçues sur trois ans par l’entreprise unique du porteur (ou qu’il n’y en a aucune).".into(),
        Finding::DeMinimisIncomplete { aids } => format!(
            "{aids} {} sans date d’octroi ou sans montant : le cumul ne peut être vérifié.",
            plural(L, *aids, "aide de minimis", "aides de minimis")
        ),
        Finding::OverFunded { by } => format!(
            "Les financements publics dépassent le coût du projet de {} : le plan de financement doit être équilibré.",
            m(*by)
        ),
        Finding::FinancingBalanced => {
            "Plan de financement équilibré : les financements publics ne dépassent pas le coût du projet.".into()
        }
    }
}

pub(super) fn field_reason(c: &Check, field: &Field) -> String {
    match (&c.finding, field) {
        (Finding::LeadKindNotAdmissible { .. }, _) => "Ce type de structure ne peut pas porter le projet : choisissez-en un autre, ou un autre porteur.".into(),
        (Finding::LeadOutsideNormandy { .. }, Field::PartnerCountry(_)) => "Établissement à l’étranger : le porteur doit être implanté en Normandie.".into(),
        (Finding::LeadOutsideNormandy { postcode, .. }, _) => format!("{postcode} est hors de Normandie : le porteur doit y être implanté."),
        (Finding::LeadPostcodeMissing { .. }, _) => "Code postal du porteur à indiquer : 5 chiffres.".into(),
        (Finding::PostcodesMissing { .. }, _) => "Code postal à indiquer : 5 chiffres.".into(),
        (Finding::NormandyStructures { counted, needed }, Field::PartnerKind(_)) => format!(
            "Un partenaire de type « autre » ne compte pas : {} pour l’instant, il en faut au moins {needed}.",
            structures(*counted, "normande")
        ),
        (Finding::NormandyStructures { counted, needed }, _) => format!(
            "Hors de Normandie, il ne compte pas : {} pour l’instant, il en faut au moins {needed}.",
            structures(*counted, "normande")
        ),
        (Finding::AiAndData { .. }, Field::DataUsed) => "Décrivez les données que le projet valorise.".into(),
        (Finding::AiAndData { .. }, _) => "Décrivez l’usage de l’IA dans le projet.".into(),
        (Finding::DatesMissing { .. }, Field::Start) => "Indiquez la date de début.".into(),
        (Finding::DatesMissing { .. }, _) => "Indiquez la date de fin.".into(),
        (Finding::EndBeforeStart { start, .. }, _) => format!("La fin précède le début ({}).", d(*start)),
        (Finding::Duration { last_allowed_end, months, days_over, .. }, _) => format!(
            "Au plus tard le {} ({months} mois) : {days_over} {} de trop.",
            d(*last_allowed_end),
            plural(L, *days_over as usize, "jour", "jours")
        ),
        (Finding::Commons { .. }, _) => "Au moins une contribution aux communs est attendue.".into(),
        (Finding::Indicators { .. }, _) => "Nommez au moins un indicateur d’avancée.".into(),
        (Finding::Commitments { .. }, _) => "Engagement attendu des lauréats : à cocher.".into(),
        (Finding::Advance { .. }, _) => format!(
            "Justifiez la nécessité de l’avance : sans justification, elle n’est pas versée ({}).",
            m(rust_decimal::Decimal::ZERO)
        ),
        (Finding::MarkAboveMaximum { max, .. }, _) => format!("Au plus {max}."),
        (Finding::MarksMissing { .. }, _) => "Note à estimer.".into(),
        (Finding::Marks { total, minimum, out_of }, _) => format!(
            "Total estimé {total}/{out_of}, sous le minimum de {minimum}/{out_of} : l’opération serait inéligible."
        ),
        (Finding::LinesIncomplete { .. }, Field::LineBearer(_)) => "Choisissez le partenaire qui porte la dépense.".into(),
        (Finding::LinesIncomplete { .. }, _) => "Indiquez le montant HT.".into(),
        (Finding::PermanentStaffNotSaid { .. }, _) => {
            "Répondez oui ou non : d’ici là, cette ligne n’est pas comptée.".into()
        }
        // A check whose message is already short and about its field.
        _ => check(c),
    }
}

pub(super) fn rule_title(id: RuleId) -> &'static str {
    match id {
        RuleId::OneLead => "Un seul porteur",
        RuleId::LeadKind => "Nature du porteur",
        RuleId::LeadInNormandy => "Porteur implanté en Normandie",
        RuleId::Postcodes => "Codes postaux",
        RuleId::TwoNormandyStructures => "Structures normandes",
        RuleId::AiAndData => "Usage de l’IA et des données",
        RuleId::Duration => "Durée maximale",
        RuleId::Milestones => "Jalons dans la période",
        RuleId::Commons => "Contribution aux communs",
        RuleId::Indicators => "Indicateurs",
        RuleId::Commitments => "Engagements",
        RuleId::SelfAssessment => "Note estimée",
        RuleId::EligibleCosts => "Dépenses éligibles",
        RuleId::BudgetLinesComplete => "Lignes de budget complètes",
        RuleId::CostCategory => "Nature des dépenses",
        RuleId::PermanentPublicStaff => "Personnel permanent public",
        RuleId::CostBearer => "Structure qui porte la dépense",
        RuleId::Advance => "Avance",
        RuleId::IncentiveEffect => "Effet incitatif",
        RuleId::ExclVat => "Montants hors taxes",
        RuleId::S3Domain => "Domaine de spécialisation (S3)",
        RuleId::DeMinimis => "Plafond de minimis",
        RuleId::FinancingPlan => "Plan de financement",
    }
}

pub(super) fn reading(id: RuleId) -> Option<&'static str> {
    Some(match id {
        RuleId::OneLead => "Une seule structure dépose la demande sur le portail des aides : le porteur.",
        RuleId::LeadInNormandy => "« Implanté en Normandie » : l’établissement qui participe a un code postal du Calvados (14), de l’Eure (27), de la Manche (50), de l’Orne (61) ou de la Seine-Maritime (76).",
        RuleId::TwoNormandyStructures => "Deux établissements d’une même entité (même SIREN) comptent pour une seule structure ; un partenaire de type « autre » n’est pas compté.",
        RuleId::Duration => "Six mois de date à date, fin incluse : un projet commencé le 1er février finit au plus tard le 31 juillet ; le 15 mars, au plus tard le 14 septembre.",
        RuleId::SelfAssessment => "La note est attribuée par la Région ; celle-ci n’est qu’une estimation du porteur.",
        RuleId::CostCategory => "Équipement, déplacements, frais généraux et autres dépenses ne figurent pas dans la liste : ils sont exclus.",
        RuleId::PermanentPublicStaff => "Le texte vise les « établissements publics » ; nous traitons de même les collectivités locales et leurs regroupements (lecture prudente).",
        RuleId::CostBearer => "Une dépense portée par une structure hors de Normandie, ou par un partenaire de type « autre », n’est pas retenue.",
        RuleId::Advance => "Pris à la lettre, 50 % des dépenses éligibles atteindraient l’aide entière ; nous lisons 50 % de l’aide.",
        RuleId::IncentiveEffect => "Sous le RGEC (art. 6), les travaux doivent commencer après le dépôt de la demande ; ce n’est pas exigé sous le régime de minimis.",
        RuleId::DeMinimis => "Le texte cite le règlement (UE) n° 1407/2013, dont la transition a pris fin le 30 juin 2024 ; nous appliquons le règlement (UE) 2023/2831, en vigueur depuis le 1er janvier 2024 : 300 000 € par entreprise unique sur toute période de trois ans (art. 3, paragraphe 2), une aide comptant à la date où le droit de la recevoir est conféré (paragraphe 3). Une aide compte si elle est octroyée après le jour situé trois ans avant le dépôt ; sans date, elle compte. Ce contrôle n’entre pas dans le verdict : la Région peut retenir un autre régime.",
        RuleId::FinancingPlan => "L’aide couvre 50 % du projet : le reste vient d’autres financements publics (demandés ou accordés) ou des partenaires eux-mêmes ; les financements publics ne peuvent dépasser le coût du projet.",
        RuleId::ExclVat => "Le texte compte hors taxes. Le règlement (UE) 651/2014 (art. 7, paragraphe 1) tient la TVA non récupérable pour éligible, et d’autres dispositifs de la Région écrivent « HT (ou TTC si non assujetti) » : nous gardons la règle du texte et montrons l’autre lecture pour information.",
        RuleId::LeadKind
        | RuleId::Postcodes
        | RuleId::AiAndData
        | RuleId::Milestones
        | RuleId::Commons
        | RuleId::Indicators
        | RuleId::Commitments
        | RuleId::EligibleCosts
        | RuleId::BudgetLinesComplete
        | RuleId::S3Domain => return None,
    })
}

pub(super) fn status_label(s: Status) -> &'static str {
    match s {
        Status::Pass => "Conforme",
        Status::Fail => "Non conforme",
        Status::Missing => "À compléter",
        Status::Warning => "Attention",
        Status::Info => "Info",
    }
}

pub(super) fn status_tag(s: Status) -> &'static str {
    match s {
        Status::Pass => "OK",
        Status::Fail => "ÉCHEC",
        Status::Missing => "MANQUE",
        Status::Warning => "ATTENTION",
        Status::Info => "INFO",
    }
}

pub(super) fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "Éligible",
        Verdict::NotEligible => "Non éligible",
        Verdict::Incomplete => "Incomplet",
    }
}

pub(super) fn figure_name(f: Figure) -> &'static str {
    match f {
        Figure::TotalCosts => "Dépenses totales HT",
        Figure::EligibleCosts => "Dépenses éligibles",
        Figure::ExcludedCosts => "Dépenses exclues",
        Figure::PotentialGrant => "Aide potentielle",
        Figure::Grant => "Aide régionale",
        Figure::Advance => "Avance",
        Figure::Balance => "Solde versé à la fin",
        Figure::OwnShare => "Part des partenaires",
        Figure::RoomUnderCap => "Marge sous le plafond",
        Figure::DeMinimisWithThisGrant => "Aides de minimis sur 3 ans, cette aide comprise",
        Figure::OtherPublicFunding => "Autres financements publics",
        Figure::OwnFunds => "Autofinancement",
        Figure::OverFunding => "Surfinancement",
    }
}

/// An advance as the text allows it: a maximum, paid on justification.
pub(super) fn on_justification(amount: rust_decimal::Decimal) -> String {
    format!("jusqu’à {} sur justification", m(amount))
}

pub(super) fn derivation(what: Explained, a: &Assessment) -> String {
    let p = &a.parameters;
    let rate = p.grant_rate.value;
    let cap = p.grant_cap.value;
    match what {
        Explained::TotalCosts => format!(
            "Somme des {} {} du budget, HT : {}",
            a.lines.len(),
            plural(L, a.lines.len(), "ligne", "lignes"),
            m(a.total_costs)
        ),
        Explained::EligibleCosts => {
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
        Explained::PotentialGrant => {
            let product = format!(
                "{} × {} = {}",
                percent(rate, L),
                m(a.eligible_costs),
                m(a.uncapped_grant)
            );
            if a.cap_binds {
                format!("{product} — au-delà du plafond : aide ramenée à {}", m(cap))
            } else {
                format!("{product} — plafond de {} non atteint", m(cap))
            }
        }
        Explained::Grant => match a.verdict {
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
        Explained::Advance => {
            let r = &a.advance_readings;
            let rate = percent(p.advance_rate.value, L);
            let letter = format!(
                "à la lettre du texte, {rate} des dépenses éligibles ({}), au plus l’aide : {}",
                m(a.eligible_costs),
                m(r.letter)
            );
            match (a.advance_requested, a.advance_justified) {
                (false, _) => format!(
                    "Pas d’avance demandée : {}. Sur demande justifiée : {} (notre lecture : {rate} de l’aide) ; {letter}.",
                    m(a.advance),
                    on_justification(r.ours)
                ),
                (true, false) => format!(
                    "Avance demandée sans justification : {}, elle n’est pas versée. Justifiée : {} (notre lecture : {rate} de l’aide) ; {letter}.",
                    m(a.advance),
                    on_justification(r.ours)
                ),
                // Nothing paid while the project is not eligible: say what
                // an eligible project would get rather than « au plus 0,00 € ».
                (true, true) if a.grant.is_zero() && !a.potential_advance.is_zero() => format!(
                    "Pas d’avance tant que le projet n’est pas éligible : {}. Une fois éligible : {} (notre lecture : {rate} de l’aide potentielle) ; à la lettre du texte, {rate} des dépenses éligibles ({}).",
                    m(a.advance),
                    on_justification(a.potential_advance),
                    m(a.eligible_costs)
                ),
                (true, true) => format!(
                    "Au plus {}, versée sur justification. Notre lecture : {rate} de l’aide, {rate} × {} = {} ; {letter}.",
                    m(a.advance),
                    m(a.grant),
                    m(r.ours)
                ),
            }
        }
        Explained::Balance => {
            format!("{} − {} = {}", m(a.grant), m(a.advance), m(a.balance))
        }
        Explained::OwnShare => {
            format!("{} − {} = {}", m(a.total_costs), m(a.grant), m(a.own_share))
        }
        Explained::EffectiveRate => match a.effective_rate {
            Some(r) => format!(
                "{} ÷ {} = {}",
                m(a.potential_grant),
                m(a.eligible_costs),
                percent(r, L)
            ),
            None => "Pas de dépense éligible".into(),
        },
        Explained::RoomUnderCap => {
            let at_cap = a.costs_at_cap;
            if a.cap_binds || a.eligible_costs >= at_cap {
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

pub(super) fn reason(r: &Reason) -> String {
    match r {
        Reason::CategoryNotEligible { category } => format!(
            "{} : catégorie absente de la liste des dépenses éligibles.",
            super::category(*category, L)
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

pub(super) fn document(d: Document) -> &'static str {
    match d {
        Document::Payslips => "bulletins de paie",
        Document::EmploymentContracts => "contrats de travail et lettres de mission",
        Document::SignedTimesheets => {
            "feuilles de temps signées de l’employé et du représentant légal de la structure"
        }
        Document::PaidInvoices => "factures acquittées",
    }
}

pub(super) fn criterion(c: Criterion) -> &'static str {
    match c {
        Criterion::Quality => {
            "La qualité globale de la proposition : éléments descriptifs et support de présentation"
        }
        Criterion::Feasibility => "La faisabilité de la preuve de concept",
        Criterion::RegionalInterest => {
            "L’intégration dans l’intérêt régional et la prise en compte du besoin de l’usager"
        }
        Criterion::ResponsibleDigital => {
            "La réponse aux enjeux de numérique responsable et durable"
        }
        Criterion::Security => "Les dispositions prises pour la sécurité informatique du projet",
        Criterion::Reproducibility => {
            "La prise en compte de la reproductibilité de l’innovation sur le territoire"
        }
    }
}

pub(super) fn suggestion(s: &Suggestion) -> String {
    match &s.advice {
        Advice::MakeLead { partner } => format!(
            "Désignez comme porteur {}, implanté en Normandie.",
            partner_name(partner, L)
        ),
        Advice::FindNormandyLead => "Confiez le portage à une entreprise, une association, un établissement ou une collectivité implanté en Normandie.".into(),
        Advice::KeepOneLead { first } => format!(
            "Ne gardez qu’un porteur (par exemple {}).",
            partner_name(first, L)
        ),
        Advice::AddNormandyStructures {
            missing,
            departments,
        } => format!(
            "Ajoutez {missing} {} en Normandie (code postal {}), d’un autre SIREN que les partenaires actuels.",
            plural(L, *missing, "structure implantée", "structures implantées"),
            departments.join(", ")
        ),
        Advice::EndAfterStart { start } => {
            format!("Indiquez une fin après le début ({}).", d(*start))
        }
        Advice::EndBy { last } => format!("Terminez le projet le {} au plus tard.", d(*last)),
        Advice::WeakCriterion {
            criterion: which,
            mark,
            max,
        } => format!(
            "Point faible ({mark}/{max}) — la Région regarde : « {} ». Renforcez cet aspect du projet.",
            criterion(*which)
        ),
        Advice::Satisfy(c) => check(c),
        Advice::LineNotEligible {
            line,
            amount,
            reason: why,
        } => format!(
            "La ligne « {} » ({}) n’est pas éligible : {}",
            super::line_name(line, L),
            m(*amount),
            why.as_ref().map(reason).unwrap_or_default()
        ),
        Advice::CapReachedExactly { cap } => format!(
            "Le plafond de {} est atteint tout juste : une dépense éligible de plus n’apporterait aucune aide supplémentaire.",
            m(*cap)
        ),
        Advice::CostsBeyondCap { beyond, cap } => format!(
            "{} de dépenses éligibles n’apportent aucune aide supplémentaire : le plafond de {} est atteint.",
            m(*beyond),
            m(*cap)
        ),
        Advice::RoomUnderCap { room, cap } => format!(
            "Les dépenses éligibles peuvent encore croître de {} avant que l’aide n’atteigne {}.",
            m(*room),
            m(*cap)
        ),
    }
}

pub(super) fn country(c: Country) -> String {
    match c.code() {
        "FR" => "France",
        "BE" => "Belgique",
        "DE" => "Allemagne",
        "LU" => "Luxembourg",
        "CH" => "Suisse",
        "GB" => "Royaume-Uni",
        "IE" => "Irlande",
        "NL" => "Pays-Bas",
        "ES" => "Espagne",
        "IT" => "Italie",
        "PT" => "Portugal",
        "AT" => "Autriche",
        "DK" => "Danemark",
        "SE" => "Suède",
        "FI" => "Finlande",
        "NO" => "Norvège",
        "PL" => "Pologne",
        "US" => "États-Unis",
        "CA" => "Canada",
        "ZZ" => "Autre pays",
        code => return format!("Pays {code}"),
    }
    .into()
}

pub(super) fn location(at: &Location) -> Option<String> {
    Some(match at {
        Location::Unknown => return None,
        Location::Normandy(d) => format!("{} ({}) — en Normandie", d.name, d.code),
        Location::OtherFrench { department } => {
            format!("Département {department} — hors Normandie")
        }
        Location::Incomplete => "Code postal incomplet : 5 chiffres attendus".into(),
        Location::Abroad { country: c } => format!("{} — hors Normandie", country(*c)),
        Location::Elsewhere => {
            "Code postal français inconnu — hors Normandie (à l’étranger ? choisissez le pays)"
                .into()
        }
    })
}

pub(super) fn assess_error(e: &AssessError) -> String {
    match e {
        AssessError::AmountTooLarge { line } => format!(
            "ligne de budget {line} : montant supérieur à {} €, trop grand pour être calculé",
            max_line_amount()
        ),
        AssessError::NegativeAmount { line } => {
            format!("ligne de budget {line} : montant négatif")
        }
    }
}

pub(super) fn amount_error(e: AmountError) -> &'static str {
    match e {
        AmountError::Malformed => "montant illisible : chiffres, avec au plus deux décimales",
        AmountError::Negative => "un montant ne peut pas être négatif",
        AmountError::TooManyDecimals => "au plus deux décimales (les centimes)",
        AmountError::TooLarge => "montant trop grand pour être calculé",
    }
}

fn json_type(t: JsonType) -> &'static str {
    match t {
        JsonType::String => "une chaîne",
        JsonType::Object => "un objet",
        JsonType::Array => "un tableau",
        JsonType::Bool => "true ou false",
        JsonType::BoolOrNull => "true, false ou null",
        JsonType::StringOrNull => "une chaîne ou null",
        JsonType::ObjectOrNull => "un objet ou null",
    }
}

pub(super) fn draft_problem(p: &Problem) -> String {
    match p {
        Problem::FileTooLarge { bytes } => {
            format!("fichier trop volumineux ({bytes} octets ; 5 Mo au plus)")
        }
        Problem::NotJson { line, column } => {
            format!("ce n’est pas du JSON valide (ligne {line}, colonne {column})")
        }
        Problem::TooDeep => "JSON imbriqué trop profondément pour être un brouillon".into(),
        Problem::WrongFormat => {
            format!("ce n’est pas un brouillon Booster IA (« format » doit valoir \"{FORMAT}\")")
        }
        Problem::WrongVersion { found } => {
            format!("version {found} non prise en charge : ce simulateur lit les versions 1 à {VERSION}")
        }
        Problem::PartNotDraft => "c’est la partie d’un partenaire, pas un brouillon : fusionnez-la dans le brouillon du porteur".into(),
        Problem::NotAPart { draft: true } => "c’est un brouillon entier, pas la partie d’un partenaire : ouvrez-le comme brouillon".into(),
        Problem::NotAPart { draft: false } => format!(
            "ce n’est pas la partie d’un partenaire Booster IA (« format » doit valoir \"{}\")",
            crate::part::FORMAT
        ),
        Problem::WrongPartVersion { found } => format!(
            "version {found} de la partie non prise en charge : ce simulateur lit les versions 1 et {}",
            crate::part::VERSION
        ),
        Problem::Missing => "champ obligatoire absent".into(),
        Problem::Unknown => "champ inconnu du format".into(),
        Problem::WrongType { expected } => {
            format!("type incorrect : {} attendu", json_type(*expected))
        }
        Problem::UnknownValue { allowed } => {
            format!("valeur inconnue ; valeurs possibles : {allowed}")
        }
        Problem::Amount(e) => amount_error(*e).into(),
        Problem::Date => "date impossible ou mal écrite (AAAA-MM-JJ attendu, ou null)".into(),
        Problem::Score { max } => format!("note entière de 0 à {max} attendue, ou null"),
        Problem::AidsNotDeclared => "des aides de minimis sont listées alors que la liste n’est pas déclarée complète (« declared » vaut false)".into(),
        Problem::Country => "pays invalide : deux lettres capitales (code ISO 3166-1, « BE »), ou absent pour la France".into(),
        Problem::Siret => {
            "SIRET invalide : 14 chiffres dont la clé de Luhn est juste, ou null".into()
        }
        Problem::DuplicateId { id } => format!("identifiant « {id} » utilisé deux fois"),
        Problem::DanglingPartner { id } => format!("aucun partenaire n’a l’identifiant « {id} »"),
        Problem::BlankId => "identifiant vide".into(),
        Problem::TooMany { limit } => format!("trop d’éléments ({limit} au plus)"),
        Problem::TextTooLong { limit } => format!("texte trop long ({limit} caractères au plus)"),
    }
}

/// « Règle « Durée maximale » », « Paramètre « Taux de l’avance » », « Lignes du budget ».
pub(super) fn source_heading(source: Source) -> String {
    match source {
        Source::Rule(id) => format!("Règle « {} »", rule_title(id)),
        Source::Parameter(id) => format!("Paramètre « {} »", super::parameter_title(id, L)),
        Source::Lines => super::source_title(Source::Lines, L).into(),
    }
}

fn compared_line(line: &LineName) -> String {
    if line.label.is_empty() {
        super::line_label(line.label, line.position, L)
    } else {
        format!("« {} »", line.label)
    }
}

pub(super) fn detail(d: &Detail) -> String {
    match d {
        Detail::Check { scenario, check: c } => {
            format!("{scenario} : {} — {}", status_label(c.status), check(c))
        }
        Detail::Derivation {
            scenario,
            assessment,
            what,
        } => format!("{scenario} : {}", derivation(*what, assessment)),
        Detail::Line {
            line,
            change,
            amounts,
        } => {
            let amounts = amounts
                .iter()
                .map(|(scenario, a)| format!("{} en {scenario}", m(*a)))
                .collect::<Vec<_>>()
                .join(", ");
            let line = compared_line(line);
            match change {
                LineMove::Added(r#in) => {
                    format!("{line} ajoutée en {} : {amounts}", r#in.join(", "))
                }
                LineMove::Removed(r#in) => {
                    format!("{line} retirée en {} : {amounts}", r#in.join(", "))
                }
                LineMove::Amount => format!("{line}, montant modifié : {amounts}"),
            }
        }
        Detail::LineExcluded {
            line,
            waiting,
            amounts,
        } => format!(
            "{} {} {}",
            compared_line(line),
            if *waiting {
                "en attente d’une réponse en"
            } else {
                "exclue en"
            },
            amounts
                .iter()
                .map(|(scenario, a)| format!("{scenario} ({})", m(*a)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Detail::MoreLines(n) => format!("et {n} {}", plural(L, *n, "autre ligne", "autres lignes")),
    }
}

/// « la partie 2 (Labo) », ou « la partie 2 » quand son partenaire n’a pas de nom.
fn part(p: &PartRef) -> String {
    if p.partner.is_empty() {
        format!("partie {}", p.position)
    } else {
        format!("partie {} ({})", p.position, p.partner)
    }
}

/// « parties 1, 3 et 4 ».
fn positions(parts: &[PartRef]) -> String {
    let mut numbers: Vec<String> = parts.iter().map(|p| p.position.to_string()).collect();
    let last = numbers.pop().unwrap_or_default();
    if numbers.is_empty() {
        format!("partie {last}")
    } else {
        format!("parties {} et {last}", numbers.join(", "))
    }
}

/// La même chose en début de phrase.
fn part_cap(p: &PartRef) -> String {
    let text = part(p);
    format!("P{}", &text[1..])
}

pub(super) fn part_match(pm: &PartMatch) -> String {
    let who = partner_name(&pm.partner, L);
    let matched = match pm.how {
        MatchKind::Siret => format!("{} : rattachée à {who}, même SIRET.", part_cap(&pm.part)),
        MatchKind::Name => format!("{} : rattachée à {who}, même nom.", part_cap(&pm.part)),
        MatchKind::Added => format!(
            "{} : {who} n’est pas dans le brouillon, ajouté comme partenaire.",
            part_cap(&pm.part)
        ),
    };
    match &pm.other_title {
        Some(title) => {
            format!("{matched} Titre du projet dans cette partie, pour information : « {title} ».")
        }
        None => matched,
    }
}

pub(super) fn partner_changes(c: &PartnerChanges) -> String {
    let n = c.counts();
    let p = |n: usize, one, many| plural(L, n, one, many);
    format!(
        "{}{} : {} {}, {} {}, {} {}, {} {}.",
        partner_name(&c.partner, L),
        if c.added { " (nouveau partenaire)" } else { "" },
        n.added,
        p(n.added, "ligne ajoutée", "lignes ajoutées"),
        n.replaced,
        p(n.replaced, "remplacée", "remplacées"),
        n.removed,
        p(n.removed, "supprimée", "supprimées"),
        n.unchanged,
        p(n.unchanged, "inchangée", "inchangées"),
    )
}

fn summary_line(l: &LineSummary) -> String {
    let label = if l.label.is_empty() {
        "(sans libellé)".to_string()
    } else {
        format!("« {} »", l.label)
    };
    format!(
        "{label} — {}, {}{}",
        super::category(l.category, L),
        l.amount
            .map(m)
            .unwrap_or_else(|| "montant à indiquer".into()),
        if l.permanent_staff == Some(true) {
            ", personnel permanent"
        } else {
            ""
        }
    )
}

pub(super) fn line_change(c: &LineChange) -> String {
    match c {
        LineChange::Added(l) => format!("+ {}", summary_line(l)),
        LineChange::Removed(l) => format!("− {}", summary_line(l)),
        LineChange::Unchanged(l) => format!("= {}", summary_line(l)),
        LineChange::Replaced { before, after } => {
            let amount = |a: Option<rust_decimal::Decimal>| {
                a.map(m).unwrap_or_else(|| "montant à indiquer".into())
            };
            let staff = |p: Option<bool>| match p {
                Some(true) => "personnel permanent",
                Some(false) => "non permanent",
                None => "permanent ou non : à préciser",
            };
            let mut what = Vec::new();
            if before.category != after.category {
                what.push(format!(
                    "{} → {}",
                    super::category(before.category, L),
                    super::category(after.category, L)
                ));
            }
            if before.amount != after.amount {
                what.push(format!(
                    "{} → {}",
                    amount(before.amount),
                    amount(after.amount)
                ));
            }
            if before.permanent_staff != after.permanent_staff {
                what.push(format!(
                    "{} → {}",
                    staff(before.permanent_staff),
                    staff(after.permanent_staff)
                ));
            }
            let label = if after.label.is_empty() {
                "(sans libellé)".to_string()
            } else {
                format!("« {} »", after.label)
            };
            format!("~ {label} : {}", what.join(" ; "))
        }
    }
}

fn vat(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "récupère la TVA",
        Some(false) => "ne récupère pas la TVA",
        None => "récupération de la TVA non précisée",
    }
}

pub(super) fn conflict(c: &Conflict) -> String {
    match c {
        Conflict::SiretAndNameDisagree {
            part: which,
            siret_partner,
            name_partner,
        } => format!(
            "{} : son SIRET est celui de {}, son nom celui de {}. Ses lignes vont à {} (même SIRET) : vérifiez lequel est le bon.",
            part_cap(which),
            partner_name(siret_partner, L),
            partner_name(name_partner, L),
            partner_name(siret_partner, L)
        ),
        Conflict::SamePartnerTwice { partner, parts } => format!(
            "{} parties vont à {} ({}) : leurs lignes sont toutes reprises, l’une après l’autre. S’il s’agit d’un renvoi, n’en gardez qu’une.",
            parts.len(),
            partner_name(partner, L),
            positions(parts)
        ),
        Conflict::NameDiffers { partner, draft, part: theirs } => format!(
            "{} : nommé « {theirs} » dans sa partie ; le brouillon garde « {draft} ».",
            partner_name(partner, L)
        ),
        Conflict::SiretDiffers { partner, draft, part: theirs } => format!(
            "{} : SIRET {theirs} dans sa partie ; le brouillon garde {}.",
            partner_name(partner, L),
            match draft {
                Some(s) => format!("le SIRET {s}"),
                None => "l’absence de SIRET".into(),
            }
        ),
        Conflict::KindDiffers { partner, draft, part: theirs } => format!(
            "{} : « {} » dans sa partie ; le brouillon garde « {} ».",
            partner_name(partner, L),
            super::partner_kind(*theirs, L),
            super::partner_kind(*draft, L)
        ),
        Conflict::PostcodeDiffers { partner, draft, part: theirs } => format!(
            "{} : code postal {theirs} dans sa partie ; le brouillon garde {}.",
            partner_name(partner, L),
            if draft.is_empty() {
                "un code postal vide".to_string()
            } else {
                format!("le code postal {draft}")
            }
        ),
        Conflict::CountryDiffers { partner, draft, part: theirs } => format!(
            "{} : pays « {} » selon sa partie ; le brouillon garde « {} ».",
            partner_name(partner, L),
            country(*theirs),
            country(*draft)
        ),
        Conflict::VatDiffers { partner, draft, part: theirs } => format!(
            "{} : {} selon sa partie ; le brouillon garde « {} ».",
            partner_name(partner, L),
            vat(Some(*theirs)),
            vat(*draft)
        ),
        Conflict::NotLead { part: which, partner } => format!(
            "{} présente son partenaire comme porteur ; dans le brouillon, {} reste partenaire (un seul porteur : changez-le dans le brouillon si besoin).",
            part_cap(which),
            partner_name(partner, L)
        ),
        Conflict::TooManyLines { lines, limit } => format!(
            "Le brouillon fusionné aurait {lines} lignes de budget, {limit} au plus : il ne pourrait pas être rouvert. Regroupez des lignes dans les parties."
        ),
        Conflict::TooManyPartners { partners, limit } => format!(
            "Le brouillon fusionné aurait {partners} partenaires, {limit} au plus : il ne pourrait pas être rouvert."
        ),
    }
}

pub(super) fn line_column(c: LineColumn) -> &'static str {
    match c {
        LineColumn::Partner => "partenaire",
        LineColumn::Category => "catégorie",
        LineColumn::Label => "libellé",
        LineColumn::Amount => "montant HT",
        LineColumn::PermanentStaff => "personnel permanent",
    }
}

pub(super) fn sheet_column(c: SheetColumn) -> &'static str {
    match c {
        SheetColumn::File => "fichier",
        SheetColumn::Title => "titre",
        SheetColumn::Lead => "porteur",
        SheetColumn::Verdict => "verdict",
        SheetColumn::TotalCosts => "dépenses totales",
        SheetColumn::EligibleCosts => "dépenses éligibles",
        SheetColumn::ExcludedCosts => "dépenses exclues",
        SheetColumn::Grant => "aide",
        SheetColumn::Advance => "avance",
        SheetColumn::Checks => "vérifications non conformes ou à compléter",
        SheetColumn::Error => "erreur",
        SheetColumn::CheckIds => "identifiants des vérifications",
        SheetColumn::Eligible => "éligible",
        SheetColumn::Reasons => "motif de l’exclusion",
        SheetColumn::Rules => "règles",
    }
}

pub(super) fn line_problem(k: &LineProblemKind) -> String {
    match k {
        LineProblemKind::Empty => format!(
            "fichier vide : la première ligne nomme les colonnes ({})",
            LineColumn::ALL.map(line_column).join(" ; ")
        ),
        LineProblemKind::Unreadable => "ligne illisible (un guillemet non fermé ?)".into(),
        LineProblemKind::MissingColumn { column } => format!(
            "colonne « {} » absente de la ligne d’en-tête",
            line_column(*column)
        ),
        LineProblemKind::WrongColumnCount { expected, found } => format!(
            "{found} {} au lieu de {expected}",
            plural(L, *found, "cellule", "cellules")
        ),
        LineProblemKind::UnreadableAmount { text, error } => {
            format!("« {text} » : {}", amount_error(*error))
        }
        LineProblemKind::UnknownCategory { text } => format!(
            "catégorie « {text} » inconnue ; catégories possibles : {}",
            crate::draft::Category::ALL
                .iter()
                .map(|c| super::category(*c, L))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        LineProblemKind::UnknownPartner { text } => format!(
            "aucun partenaire du brouillon ne s’appelle « {text} » (ni n’a cet identifiant)"
        ),
        LineProblemKind::AmbiguousPartner { text } => format!(
            "plusieurs partenaires s’appellent « {text} » : indiquez l’identifiant de celui qui porte la dépense"
        ),
        LineProblemKind::UnreadableYesNo { text } => {
            format!("« {text} » : oui ou non attendu")
        }
        LineProblemKind::TextTooLong { column, limit } => format!(
            "{} trop long ({limit} caractères au plus)",
            line_column(*column)
        ),
        LineProblemKind::TooManyLines { limit } => {
            format!("trop de lignes ({limit} au plus dans un brouillon) : la suite n’est pas lue")
        }
    }
}
