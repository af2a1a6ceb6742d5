use crate::text::page::{InFrench, PrintComparisonWord};

impl InFrench for PrintComparisonWord {
    fn fr(self) -> &'static str {
        use PrintComparisonWord::*;
        match self {
            Item => "Élément",
            RuleOrParameterBehindIt => "Règle ou paramètre en cause",
            Symbol => " :",
        }
    }
}
