use crate::text::page::{ExamplesCardWord, InEnglish};

impl InEnglish for ExamplesCardWord {
    fn en(self) -> &'static str {
        use ExamplesCardWord::*;
        match self {
            Grant => "grant:",
            StartFromAnExample => "Start from an example",
            HideTheExamples => "Hide the examples",
            ReplaceTheCurrentDraftWith => {
                "Replace the current draft with this example? Export it first to keep it."
            }
        }
    }
}
