//! The words and sentences of the page's comparison of scenarios.

use rust_decimal::Decimal;

/// A word of the page's comparison of scenarios.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComparisonTableWord {
    /// “Scenario comparison”
    Heading,
    /// “Each row that differs is marked ≠; …”
    Intro,
    /// “Only the differences”
    OnlyDifferences,
    /// “Comparison table”, the scrolling region's label.
    TableLabel,
    /// “Item”, the first column's heading.
    Item,
    /// “Rule behind it”, the last column's heading.
    RuleBehindIt,
    /// “Differs: ”, said before a row that differs.
    Differs,
}

/// A sentence of the page's comparison of scenarios.
#[derive(Clone, Copy, Debug)]
pub enum ComparisonTableSentence<'a> {
    /// The differences counted, between the scenarios named.
    Differences {
        /// How many rows differ.
        count: usize,
        /// The scenarios' names, joined.
        names: &'a str,
    },
    /// The column of the scenario being edited.
    EditingColumn {
        /// The scenario's name.
        name: &'a str,
    },
    /// A figure's change from the first scenario.
    ChangeFromFirst {
        /// The change.
        change: Decimal,
        /// The first scenario's name.
        first: &'a str,
    },
    /// The English gloss of a quotation from the scheme's (French) text.
    Gloss {
        /// The gloss.
        gloss: &'a str,
    },
}
