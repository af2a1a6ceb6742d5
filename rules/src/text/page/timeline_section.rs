//! The words of the page's `timeline_section` part.

/// A word of the page's `timeline_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineSectionWord {
    /// “End by”
    EndBy,
    /// “Not before”
    NotBefore,
    /// “Timeline”
    Timeline,
    /// “Application filed”
    ApplicationFiled,
    /// “Work starts”
    WorkStarts,
    /// “Work ends”
    WorkEnds,
    /// “Milestones”
    Milestones,
    /// “Milestone”
    Milestone,
    /// “Date”
    Date,
    /// “Remove milestone”
    RemoveMilestone,
    /// “Remove”
    Remove,
    /// “+ Add a milestone”
    AddAMilestone,
}
