//! The words of the page's `toolbar` part: the draft's actions, the
//! language switch, and what an import says.

/// A word of the toolbar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToolbarWord {
    /// Asked before a new draft discards the current one.
    DiscardDraftQuestion,
    /// The toolbar's name for a screen reader.
    DraftActions,
    /// The button folding the actions on a narrow screen.
    Menu,
    /// “New draft”
    NewDraft,
    /// “Export the draft (JSON)”
    Export,
    /// “Import a draft…”
    Import,
    /// “or drop the file here”
    OrDropHere,
    /// “Working together”
    WorkingTogether,
    /// “Share”
    Share,
    /// “Print the summary”
    Print,
    /// The language switch: the other offered language's name, in that
    /// language (« English » on the French page, “Français” on the English one).
    OtherLanguage,
    /// The browser refused the download.
    DownloadRefused,
}

/// A sentence of the toolbar: what became of a file imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ToolbarSentence<'a> {
    /// The file is over the size read at most, in megabytes.
    TooLarge {
        /// The file's name.
        name: &'a str,
        /// The size read at most, in megabytes.
        max_mb: usize,
    },
    /// The browser could not read the file.
    Unreadable {
        /// The file's name.
        name: &'a str,
    },
    /// The file was imported.
    Imported {
        /// The file's name.
        name: &'a str,
    },
    /// The file is not a valid draft, and why.
    NotADraft {
        /// The file's name.
        name: &'a str,
        /// What is wrong, already in the page's language.
        problem: &'a str,
    },
}
