//! The words of the page's `scores_section` part.

/// A word of the page's `scores_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoresSectionWord {
    /// “Self-assessment (estimate)”
    Heading,
}

use crate::locale::Lang;

/// What the self-assessment is for, and the least total the scheme asks (`minimum` out of `out_of`).
pub fn purpose(minimum: u32, out_of: u32, lang: Lang) -> String {
    said!(lang, page::scores_section::purpose(minimum, out_of))
}

/// What a mark must be, said when the typed one is not: a whole number from 0 to `max`.
pub fn whole_mark(max: u32, lang: Lang) -> String {
    said!(lang, page::scores_section::whole_mark(max))
}

/// The estimated total out of `out_of`, beside the least the scheme asks.
pub fn total(total: u32, minimum: u32, out_of: u32, lang: Lang) -> String {
    said!(lang, page::scores_section::total(total, minimum, out_of))
}
