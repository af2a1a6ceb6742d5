use crate::text::page::{InFrench, NoticeBarWord};

impl InFrench for NoticeBarWord {
    fn fr(self) -> &'static str {
        use NoticeBarWord::*;
        match self {
            Dismiss => "Fermer",
        }
    }
}
