//! The words of the page's `commitments_section` part.

/// A word of the page's `commitments_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommitmentsSectionWord {
    /// “Follow-up, commons and commitments”
    Heading,
    /// “Progress indicators”
    ProgressIndicators,
    /// “Indicator”
    Indicator,
    /// “Target”
    Target,
    /// “Remove indicator”
    RemoveIndicator,
    /// “Remove”
    Remove,
    /// “+ Add an indicator”
    AddAnIndicator,
    /// “Contribution to the data commons”
    DataCommons,
    /// “Experience report on the project”
    ExperienceReport,
    /// “Tools or content shared (guides, technical sheets…)”
    ToolsOrContent,
    /// “Open data produced”
    OpenDataProduced,
    /// “Commitments”
    Commitments,
    /// “Report the indicators at the end of the project”
    ReportIndicators,
    /// “Take part in the DataLab Normandie’s collective project review”
    CollectiveReview,
    /// “Advance”
    Advance,
    /// “Request an advance”
    RequestAnAdvance,
    /// “Why the advance is needed”
    WhyTheAdvanceIsNeeded,
}
