use crate::text::page::{InFrench, TimelineSectionWord};

impl InFrench for TimelineSectionWord {
    fn fr(self) -> &'static str {
        use TimelineSectionWord::*;
        match self {
            Heading => "Le calendrier",
            ApplicationFiled => "Dépôt de la demande",
            WorkStarts => "Début des travaux",
            WorkEnds => "Fin des travaux",
            Milestones => "Jalons",
            Milestone => "Jalon",
            Date => "Date",
            Remove => "Retirer",
            AddAMilestone => "+ Ajouter un jalon",
        }
    }
}

/// « La preuve de concept dure 6 mois au plus. »
pub(in crate::text) fn duration_limit(months: u32) -> String {
    format!("La preuve de concept dure {months} mois au plus.")
}

/// « Au plus tôt le 24/06/2024 ».
pub(in crate::text) fn not_before(first_day: crate::date::Date) -> String {
    format!(
        "Au plus tôt le {}",
        crate::text::date(first_day, crate::locale::Lang::Fr)
    )
}

/// « Fin au plus tard le 31/07/2027 ».
pub(in crate::text) fn end_by(last_allowed_end: crate::date::Date) -> String {
    format!(
        "Fin au plus tard le {}",
        crate::text::date(last_allowed_end, crate::locale::Lang::Fr)
    )
}

/// « Retirer le jalon 2 Revue de mi-parcours ».
pub(in crate::text) fn remove_milestone(n: usize, label: &str) -> String {
    format!("Retirer le jalon {n} {label}")
        .trim_end()
        .to_string()
}
