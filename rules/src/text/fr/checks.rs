//! Les vérifications : ce que chaque règle a trouvé, et pourquoi un champ est marqué.

use super::*;
use crate::fields::Field;
use crate::rules::{Check, Finding, RuleId, Status};
#[cfg(feature = "second-version-fixture")]
use crate::text::percent;
use crate::text::CheckPart;
use crate::text::{line_names, partner_name, partner_names, plural};

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

/// Ce qu’une vérification a trouvé, en une phrase : par partie du texte.
pub(in crate::text) fn check(c: &Check) -> String {
    match crate::text::check_part(c) {
        CheckPart::Project => project(c),
        CheckPart::Timeline => timeline(c),
        CheckPart::Commitments => commitments(c),
        CheckPart::Budget => budget(c),
    }
}

/// Le porteur, les partenaires, le projet (qui peut déposer, et pour quoi).
fn project(c: &Check) -> String {
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
            format!("Le porteur est de type admis : {}.", crate::text::partner_kind(*kind, L))
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
            Some(domain) => format!("Domaine : {}.", crate::text::s3_domain(*domain, L)),
            None => "Aucun domaine choisi (facultatif).".into(),
        },
        _ => crate::text::another_part(),
    }
}

/// Les dates, la durée, les jalons.
fn timeline(c: &Check) -> String {
    match &c.finding {
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
        _ => crate::text::another_part(),
    }
}

/// Les engagements et la note estimée.
fn commitments(c: &Check) -> String {
    match &c.finding {
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
        _ => crate::text::another_part(),
    }
}

/// Les dépenses et leur financement.
fn budget(c: &Check) -> String {
    match &c.finding {
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
        #[cfg(feature = "second-version-fixture")]
        Finding::LicencesShare {
            licences,
            eligible,
            max_share,
            ..
        } if c.status == Status::Pass => format!(
            "Licences : {} sur {} de dépenses éligibles, au plus {}.",
            m(*licences),
            m(*eligible),
            percent(*max_share, L)
        ),
        #[cfg(feature = "second-version-fixture")]
        Finding::LicencesShare {
            licences,
            eligible,
            max_share,
            ceiling,
        } => format!(
            "Licences : {} sur {} de dépenses éligibles, plus de {} : ramenez-les à {} au plus.",
            m(*licences),
            m(*eligible),
            percent(*max_share, L),
            m(*ceiling)
        ),
        _ => crate::text::another_part(),
    }
}

pub(in crate::text) fn field_reason(c: &Check, field: &Field) -> String {
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

/// L’en-tête des vérifications, chaque nombre accordé.
pub(in crate::text) fn checks_heading(failing: usize, missing: usize, passing: usize) -> String {
    format!(
        "Vérifications ({failing} {}, {missing} à compléter, {passing} {})",
        plural(L, failing, "non conforme", "non conformes"),
        plural(L, passing, "conforme", "conformes"),
    )
}

pub(in crate::text) fn rule_title(id: RuleId) -> &'static str {
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
        #[cfg(feature = "second-version-fixture")]
        RuleId::LicencesShare => "Part des licences (hypothèse de test)",
        RuleId::FinancingPlan => "Plan de financement",
    }
}

pub(in crate::text) fn reading(id: RuleId) -> Option<&'static str> {
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
        #[cfg(feature = "second-version-fixture")]
        RuleId::LicencesShare => "Règle fictive des données de test, en vigueur pour un dépôt à partir du 01/07/2027 : les lignes de licences d’utilisation retenues comptent au plus pour 30 % des dépenses éligibles ; 30 % tout juste passe.",
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
