use crate::text::page::{InEnglish, PrintComparisonWord};

impl InEnglish for PrintComparisonWord {
    fn en(self) -> &'static str {
        use PrintComparisonWord::*;
        match self {
            Item => "Item",
            RuleOrParameterBehindIt => "Rule or parameter behind it",
            Symbol => ":",
        }
    }
}
