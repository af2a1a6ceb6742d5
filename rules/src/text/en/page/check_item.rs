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
