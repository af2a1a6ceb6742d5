use crate::text::page::{InFrench, ScoresSectionWord};

impl InFrench for ScoresSectionWord {
    fn fr(self) -> &'static str {
        use ScoresSectionWord::*;
        match self {
            SelfAssessmentEstimate => "Auto-évaluation (estimation)",
            AWholeMarkFrom0 => "Note entière de 0 à",
            EstimatedTotal => "Total estimé :",
            Minimum => "minimum",
        }
    }
}
