//! The words of the page's `conflict_bar` part.

/// A word of the page's `conflict_bar` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictBarWord {
    /// “This draft was changed in another tab. This tab saves nothing until you choose.”
    ThisDraftWasChangedIn,
    /// “Load the other tab’s version”
    LoadTheOtherTabsVersion,
    /// “Keep this one”
    KeepThisOne,
}
