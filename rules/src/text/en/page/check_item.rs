use crate::text::page::{CheckItemWord, InEnglish};

impl InEnglish for CheckItemWord {
    fn en(self) -> &'static str {
        use CheckItemWord::*;
        match self {
            OurReading => "Our reading:",
            Rule => "Rule",
        }
    }
}

/// "In English: …".
pub(in crate::text) fn gloss(english: &str) -> Option<String> {
    Some(format!("In English: {english}"))
}
