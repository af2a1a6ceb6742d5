//! The words of the page's `check_item` part.

/// A word of the page's `check_item` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckItemWord {
    /// “Our reading:”
    OurReading,
    /// “Rule”
    Rule,
}

use crate::locale::Lang;

/// The scheme's French quotation glossed in the page's language (`english`
/// is its English translation), or `None` where the quotation reads as it is.
pub fn gloss(english: &str, lang: Lang) -> Option<String> {
    said!(lang, page::check_item::gloss(english))
}
