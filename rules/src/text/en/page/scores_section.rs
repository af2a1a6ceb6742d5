use crate::text::page::{InEnglish, ScoresSectionWord};

impl InEnglish for ScoresSectionWord {
    fn en(self) -> &'static str {
        use ScoresSectionWord::*;
        match self {
            Heading => "Self-assessment (estimate)",
        }
    }
}

/// "The Région marks the project; … below 50/100 makes the operation ineligible."
pub(in crate::text) fn purpose(minimum: u32, out_of: u32) -> String {
    format!("The Région marks the project; this estimate helps you spot weak points. Any mark below {minimum}/{out_of} makes the operation ineligible.")
}

/// "A whole mark from 0 to 20".
pub(in crate::text) fn whole_mark(max: u32) -> String {
    format!("A whole mark from 0 to {max}")
}

/// "Estimated total: 62/100 — minimum 50/100".
pub(in crate::text) fn total(total: u32, minimum: u32, out_of: u32) -> String {
    format!("Estimated total: {total}/{out_of} — minimum {minimum}/{out_of}")
}
