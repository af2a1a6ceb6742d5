//! The words of the page's `comparison_table` part.

/// A word of the page's `comparison_table` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComparisonTableWord {
    /// “Scenario comparison”
    ScenarioComparison,
    /// “Each row that differs is marked ≠; the last column names what explains the difference: …”
    EachRowThatDiffersIs,
    /// “Only the differences”
    OnlyTheDifferences,
    /// “Comparison table”
    ComparisonTable,
    /// “Item”
    Item,
    /// “(editing)”
    Editing,
    /// “Rule behind it”
    RuleBehindIt,
    /// “Differs: ”
    Differs,
    /// “vs”
    Vs,
}
