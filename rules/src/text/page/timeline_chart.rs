//! The words of the page's `timeline_chart` part.

/// A word of the page's `timeline_chart` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineChartWord {
    /// “Project from”
    ProjectFrom,
    /// “end by”
    EndBy,
}
