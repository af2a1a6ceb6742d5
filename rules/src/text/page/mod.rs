//! The page's own words — headings, labels, hints, buttons, the sentences
//! the form says around the user's data — one enum per part of the page.
//! A sentence with figures or names in it is a function of `text`, worded
//! in each language's catalogue, not a page word.
//! Each language's catalogue says every variant in one exhaustive match
//! (`text::fr::page`, `text::en::page`), so a word missing in one language
//! does not compile; the pseudo-language is the English one, accented.
//!
//! A component writes `say(FundingWord::Heading, lang)`, never a word.

pub mod funding;

use super::pseudo;
use crate::locale::Lang;

pub use funding::FundingWord;

/// A word of the page, as the French catalogue says it.
pub trait InFrench {
    /// The French.
    fn fr(self) -> &'static str;
}

/// A word of the page, as the English catalogue says it.
pub trait InEnglish {
    /// The English.
    fn en(self) -> &'static str;
}

/// `word` in `lang`.
pub fn say<W: InFrench + InEnglish>(word: W, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => word.fr(),
        Lang::En => word.en(),
        Lang::Pseudo => pseudo::localise_static(word.en()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_said_in_the_language_asked() {
        assert_eq!(say(FundingWord::Vat, Lang::Fr), "TVA");
        assert_eq!(say(FundingWord::Vat, Lang::En), "VAT");
        assert_eq!(say(FundingWord::Vat, Lang::Pseudo), "[ṼÀŢ]");
    }
}
