use crate::text::page::{InEnglish, StateWord};

impl InEnglish for StateWord {
    fn en(self) -> &'static str {
        use StateWord::*;
        match self {
            Copy => " (copy)",
        }
    }
}
