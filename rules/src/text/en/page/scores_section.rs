use crate::text::page::{InEnglish, ScoresSectionWord};

impl InEnglish for ScoresSectionWord {
    fn en(self) -> &'static str {
        use ScoresSectionWord::*;
        match self {
            SelfAssessmentEstimate => "Self-assessment (estimate)",
            AWholeMarkFrom0 => "A whole mark from 0 to",
            EstimatedTotal => "Estimated total:",
            Minimum => "minimum",
        }
    }
}
