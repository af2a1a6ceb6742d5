//! The words of the page's `toolbar` part.

/// A word of the page's `toolbar` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToolbarWord {
    /// “Discard the current draft and start again? Export it first to keep it.”
    DiscardTheCurrentDraftAnd,
    /// “Draft actions”
    DraftActions,
    /// “New draft”
    NewDraft,
    /// “Export the draft (JSON)”
    ExportTheDraftJSON,
    /// “Import a draft…”
    ImportADraft,
    /// “or drop the file here”
    OrDropTheFileHere,
    /// “Working together”
    WorkingTogether,
    /// “Share”
    Share,
    /// “Print the summary”
    PrintTheSummary,
}
