//! The words of the page's frame (`app`): its title, skip links, lede, and
//! what it says when saving fails or a share link opens.

/// A word of the page's frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppWord {
    /// The document's title: “Booster IA simulator — Région Normandie”.
    DocumentTitle,
    /// The page's heading: “Booster IA simulator”.
    Heading,
    /// “Skip to the result”
    SkipToResult,
    /// “Skip to the form”
    SkipToForm,
    /// The browser refuses to save the draft.
    DraftNotSaved,
    /// The browser refuses to save the scenarios.
    ScenariosNotSaved,
    /// Asked before a share link's draft replaces a non-empty one.
    ReplaceWithLinkQuestion,
    /// “Draft opened from a share link.”
    OpenedFromLink,
}

/// A sentence of the page's frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppSentence {
    /// The scheme in one sentence, its numbers from the parameters applied:
    /// the grant's `rate` and `cap` (written), the longest duration in `months`.
    Lede {
        /// The grant rate, written (`50 %`).
        rate: String,
        /// The cap, written without cents (`12 500 €`).
        cap: String,
        /// The longest duration.
        months: u32,
    },
}
