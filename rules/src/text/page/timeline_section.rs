//! The words of the page's `timeline_section` part.

/// A word of the page's `timeline_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineSectionWord {
    /// “Timeline”
    Heading,
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
    /// “Remove”
    Remove,
    /// “+ Add a milestone”
    AddAMilestone,
}

use crate::date::Date;
use crate::locale::Lang;

/// The longest the proof of concept may last, said above its dates.
pub fn duration_limit(months: u32, lang: Lang) -> String {
    said!(lang, page::timeline_section::duration_limit(months))
}

/// The first day an application may be filed, said under the filing date.
pub fn not_before(first_day: Date, lang: Lang) -> String {
    said!(lang, page::timeline_section::not_before(first_day))
}

/// The last day the project may end, said under its end date.
pub fn end_by(last_allowed_end: Date, lang: Lang) -> String {
    said!(lang, page::timeline_section::end_by(last_allowed_end))
}

/// The accessible name of the button removing milestone `n` (from 1), labelled `label`.
pub fn remove_milestone(n: usize, label: &str, lang: Lang) -> String {
    said!(lang, page::timeline_section::remove_milestone(n, label))
}
