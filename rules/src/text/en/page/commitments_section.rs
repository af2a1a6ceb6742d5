use crate::text::page::{CommitmentsSectionWord, InEnglish};

impl InEnglish for CommitmentsSectionWord {
    fn en(self) -> &'static str {
        use CommitmentsSectionWord::*;
        match self {
            Heading => "Follow-up, commons and commitments",
            ProgressIndicators => "Progress indicators",
            Indicator => "Indicator",
            Target => "Target",
            RemoveIndicator => "Remove indicator",
            Remove => "Remove",
            AddAnIndicator => "+ Add an indicator",
            DataCommons => "Contribution to the data commons",
            ExperienceReport => "Experience report on the project",
            ToolsOrContent => "Tools or content shared (guides, technical sheets…)",
            OpenDataProduced => "Open data produced",
            Commitments => "Commitments",
            ReportIndicators => "Report the indicators at the end of the project",
            CollectiveReview => "Take part in the DataLab Normandie’s collective project review",
            Advance => "Advance",
            RequestAnAdvance => "Request an advance",
            WhyTheAdvanceIsNeeded => "Why the advance is needed",
        }
    }
}
