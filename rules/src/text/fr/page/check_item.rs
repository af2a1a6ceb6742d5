use crate::text::page::{CheckItemWord, InFrench};

impl InFrench for CheckItemWord {
    fn fr(self) -> &'static str {
        use CheckItemWord::*;
        match self {
            OurReading => "Notre lecture :",
            Rule => "Règle",
        }
    }
}

/// None: the quotation is already in French.
pub(in crate::text) fn gloss(_english: &str) -> Option<String> {
    None
}
