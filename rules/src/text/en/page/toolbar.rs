use crate::text::page::{InEnglish, InEnglishSentence, ToolbarSentence, ToolbarWord};

impl InEnglish for ToolbarWord {
    fn en(self) -> &'static str {
        use ToolbarWord::*;
        match self {
            DiscardDraftQuestion => {
                "Discard the current draft and start again? Export it first to keep it."
            }
            DraftActions => "Draft actions",
            Menu => "Menu",
            NewDraft => "New draft",
            Export => "Export the draft (JSON)",
            Import => "Import a draft…",
            OrDropHere => "or drop the file here",
            WorkingTogether => "Working together",
            Share => "Share",
            Print => "Print the summary",
            OtherLanguage => "Français",
            DownloadRefused => "The browser refused the download.",
        }
    }
}

impl InEnglishSentence for ToolbarSentence<'_> {
    fn en(&self) -> String {
        match self {
            ToolbarSentence::TooLarge { name, max_mb } => format!("“{name}” was not imported: file too large ({max_mb} MB at most). The draft on screen is unchanged."),
            ToolbarSentence::Unreadable { name } => {
                format!("“{name}” could not be read. The draft on screen is unchanged.")
            }
            ToolbarSentence::Imported { name } => {
                format!("“{name}” imported; the assessment was recomputed.")
            }
            ToolbarSentence::NotADraft { name, problem } => format!("“{name}” is not a valid draft — {problem}. The draft on screen is unchanged."),
        }
    }
}
