use crate::text::page::{InEnglish, TimelineSectionWord};

impl InEnglish for TimelineSectionWord {
    fn en(self) -> &'static str {
        use TimelineSectionWord::*;
        match self {
            Heading => "Timeline",
            ApplicationFiled => "Application filed",
            WorkStarts => "Work starts",
            WorkEnds => "Work ends",
            Milestones => "Milestones",
            Milestone => "Milestone",
            Date => "Date",
            Remove => "Remove",
            AddAMilestone => "+ Add a milestone",
        }
    }
}

/// "The proof of concept lasts 6 months at most."
pub(in crate::text) fn duration_limit(months: u32) -> String {
    format!("The proof of concept lasts {months} months at most.")
}

/// "Not before 24 Jun 2024".
pub(in crate::text) fn not_before(first_day: crate::date::Date) -> String {
    format!(
        "Not before {}",
        crate::text::date(first_day, crate::locale::Lang::En)
    )
}

/// "End by 31 Jul 2027".
pub(in crate::text) fn end_by(last_allowed_end: crate::date::Date) -> String {
    format!(
        "End by {}",
        crate::text::date(last_allowed_end, crate::locale::Lang::En)
    )
}

/// "Remove milestone 2 Mid-term review".
pub(in crate::text) fn remove_milestone(n: usize, label: &str) -> String {
    format!("Remove milestone {n} {label}")
        .trim_end()
        .to_string()
}
