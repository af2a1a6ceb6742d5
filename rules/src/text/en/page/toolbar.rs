use crate::text::page::{InEnglish, ToolbarWord};

impl InEnglish for ToolbarWord {
    fn en(self) -> &'static str {
        use ToolbarWord::*;
        match self {
            DiscardTheCurrentDraftAnd => {
                "Discard the current draft and start again? Export it first to keep it."
            }
            DraftActions => "Draft actions",
            NewDraft => "New draft",
            ExportTheDraftJSON => "Export the draft (JSON)",
            ImportADraft => "Import a draft…",
            OrDropTheFileHere => "or drop the file here",
            WorkingTogether => "Working together",
            Share => "Share",
            PrintTheSummary => "Print the summary",
        }
    }
}
