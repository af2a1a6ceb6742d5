//! The words of the page's `print_comparison` part.

/// A word of the page's `print_comparison` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintComparisonWord {
    /// “Item”
    Item,
    /// “Rule or parameter behind it”
    RuleOrParameterBehindIt,
    /// “:”
    Symbol,
}
