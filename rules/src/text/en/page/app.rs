use crate::text::page::{AppSentence, AppWord, InEnglish, InEnglishSentence};

impl InEnglish for AppWord {
    fn en(self) -> &'static str {
        use AppWord::*;
        match self {
            DocumentTitle => "Booster IA simulator — Région Normandie",
            Heading => "Booster IA simulator",
            SkipToResult => "Skip to the result",
            SkipToForm => "Skip to the form",
            DraftNotSaved => "The browser refuses to save the draft (storage full or disabled): export it to keep it.",
            ScenariosNotSaved => "The browser refuses to save the scenarios (storage full or disabled): export them to keep them.",
            ReplaceWithLinkQuestion => "Replace the current draft with the link's?",
            OpenedFromLink => "Draft opened from a share link.",
        }
    }
}

impl InEnglishSentence for AppSentence {
    fn en(&self) -> String {
        match self {
            AppSentence::Lede { rate, cap, months } => format!(
                "Région Normandie: a grant of {rate} of eligible costs, capped at {cap} excluding VAT, for an AI proof of concept of {months} months at most. Everything stays in your browser."
            ),
        }
    }
}
