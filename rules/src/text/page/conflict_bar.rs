//! The words of the bar shown when another tab saved the draft.

/// A word of the bar shown when another tab saved the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictBarWord {
    /// “This draft was changed in another tab. This tab saves nothing until you choose.”
    ChangedInAnotherTab,
    /// “Load the other tab’s version”
    LoadOther,
    /// “Keep this one”
    KeepThis,
}
