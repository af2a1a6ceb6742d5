//! The words and sentences of the printed comparison of scenarios.

/// A word of the printed comparison of scenarios.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintComparisonWord {
    /// “Item”, the first column's heading.
    Item,
    /// “Rule or parameter behind it”, the last column's heading.
    RuleBehindIt,
    /// The colon after the titles that quote a sentence (« : » in French).
    Colon,
}

/// A sentence of the printed comparison of scenarios.
#[derive(Clone, Copy, Debug)]
pub enum PrintComparisonSentence<'a> {
    /// The heading: the scenarios compared, and which one the summary shows.
    Heading {
        /// The scenarios' names, joined.
        names: &'a str,
        /// The one printed in the summary.
        editing: &'a str,
    },
    /// The rows left out, the same in every scenario.
    SameRows {
        /// How many.
        count: usize,
    },
    /// The English gloss of a quotation, after it.
    Gloss {
        /// The gloss.
        gloss: &'a str,
    },
}
