use crate::text::page::{ConflictBarWord, InEnglish};

impl InEnglish for ConflictBarWord {
    fn en(self) -> &'static str {
        use ConflictBarWord::*;
        match self {
            ThisDraftWasChangedIn => {
                "This draft was changed in another tab. This tab saves nothing until you choose."
            }
            LoadTheOtherTabsVersion => "Load the other tab’s version",
            KeepThisOne => "Keep this one",
        }
    }
}
