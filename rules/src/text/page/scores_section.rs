//! The words of the page's `scores_section` part.

/// A word of the page's `scores_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoresSectionWord {
    /// “Self-assessment (estimate)”
    SelfAssessmentEstimate,
    /// “A whole mark from 0 to”
    AWholeMarkFrom0,
    /// “Estimated total:”
    EstimatedTotal,
    /// “minimum”
    Minimum,
}
