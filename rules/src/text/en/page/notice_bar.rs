use crate::text::page::{InEnglish, NoticeBarWord};

impl InEnglish for NoticeBarWord {
    fn en(self) -> &'static str {
        use NoticeBarWord::*;
        match self {
            Dismiss => "Dismiss",
        }
    }
}
