//! The words of the page's `commitments_section` part.

/// A word of the page's `commitments_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommitmentsSectionWord {
    /// “Follow-up, commons and commitments”
    FollowUpCommonsAndCommitments,
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
    ContributionToTheDataCommons,
    /// “Experience report on the project”
    ExperienceReportOnTheProject,
    /// “Tools or content shared (guides, technical sheets…)”
    ToolsOrContentSharedGuides,
    /// “Open data produced”
    OpenDataProduced,
    /// “Commitments”
    Commitments,
    /// “Report the indicators at the end of the project”
    ReportTheIndicatorsAtThe,
    /// “Take part in the DataLab Normandie’s collective project review”
    TakePartInTheDataLab,
    /// “Advance”
    Advance,
    /// “Request an advance”
    RequestAnAdvance,
    /// “Why the advance is needed”
    WhyTheAdvanceIsNeeded,
}
