//! The words of the page's `examples_card` part: the examples and what each shows.

use crate::assess::Verdict;

/// A word of the examples card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExamplesCardWord {
    /// The card's heading.
    Heading,
    /// The disclosure's button, open.
    Hide,
    /// Asked before an example replaces a non-empty draft.
    ReplaceDraftQuestion,
    /// What the first example shows: an SME and a public laboratory.
    SmeAndLaboratory,
    /// What the second shows: an association and a group of local authorities.
    AssociationAndAuthorities,
    /// What the third shows: a project above the cap.
    AboveTheCap,
    /// What the fourth shows: a project that is not eligible, and why.
    NotEligible,
}

/// A sentence of the examples card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExamplesCardSentence<'a> {
    /// The disclosure's button, closed: show the `count` examples.
    Show {
        /// How many examples there are.
        count: usize,
    },
    /// An example's button: what it shows, and what it gives, from the
    /// engine: its verdict and its grant.
    Example {
        /// What it shows.
        shows: ExamplesCardWord,
        /// Its verdict.
        verdict: Verdict,
        /// Its grant, written.
        grant: &'a str,
    },
    /// An example that does not read as a draft, and why.
    Unreadable {
        /// What is wrong, already in the page's language.
        problem: &'a str,
    },
}
