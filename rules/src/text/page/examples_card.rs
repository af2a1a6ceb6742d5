//! The words of the page's `examples_card` part.

/// A word of the page's `examples_card` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExamplesCardWord {
    /// “grant:”
    Grant,
    /// “Start from an example”
    StartFromAnExample,
    /// “Hide the examples”
    HideTheExamples,
    /// “Replace the current draft with this example? Export it first to keep it.”
    ReplaceTheCurrentDraftWith,
}
