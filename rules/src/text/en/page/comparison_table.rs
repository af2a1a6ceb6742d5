use crate::text::page::{ComparisonTableWord, InEnglish};

impl InEnglish for ComparisonTableWord {
    fn en(self) -> &'static str {
        use ComparisonTableWord::*;
        match self {
            ScenarioComparison => "Scenario comparison",
            EachRowThatDiffersIs => "Each row that differs is marked ≠; the last column names what explains the difference: the budget lines added, removed or changed, or the rule or parameter of the scheme, with the sentence quoted.",
            OnlyTheDifferences => "Only the differences",
            ComparisonTable => "Comparison table",
            Item => "Item",
            Editing => "(editing)",
            RuleBehindIt => "Rule behind it",
            Differs => "Differs: ",
            Vs => "vs",
        }
    }
}
