use crate::text::page::{ConflictBarWord, InEnglish};

impl InEnglish for ConflictBarWord {
    fn en(self) -> &'static str {
        use ConflictBarWord::*;
        match self {
            ChangedInAnotherTab => {
                "This draft was changed in another tab. This tab saves nothing until you choose."
            }
            LoadOther => "Load the other tab’s version",
            KeepThis => "Keep this one",
        }
    }
}
