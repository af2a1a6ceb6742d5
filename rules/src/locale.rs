//! The locale: which language's catalogue the words come from, and how that
//! language writes what is not a word — numbers, money, dates, plurals, the
//! spreadsheet dialect. A language's catalogue (`text::fr`, `text::en`) holds
//! only words; the rules for writing numbers and choosing plurals live here,
//! once.

/// A language of the interface and the reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
    /// A pseudo-language for tests only, never offered on the page: the
    /// English words with every letter accented and each text bracketed
    /// (« [Ŏţĥéŕ àîð] »), as Firefox and Android pseudo-localise, so that a
    /// word that does not come from the catalogue stands out. Written as
    /// English writes numbers and dates.
    Pseudo,
}

/// Whether a count takes the singular or the plural form of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralForm {
    /// « 1 ligne », « 0 ligne », "1 line".
    One,
    /// « 2 lignes », "0 lines".
    Other,
}

impl Lang {
    /// The languages a visitor can choose, in the order the page offers them.
    pub const OFFERED: [Lang; 2] = [Lang::Fr, Lang::En];

    /// `fr`, `en`, or `x-pseudo` (a private-use tag).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Pseudo => "x-pseudo",
        }
    }

    /// The language whose tag is `code` (`fr`, `en`, `x-pseudo`), any case.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            "x-pseudo" => Some(Lang::Pseudo),
            _ => None,
        }
    }

    /// The language whose conventions for numbers, dates and plurals this
    /// one follows: itself, or English for the pseudo-language.
    pub fn formats(self) -> Lang {
        match self {
            Lang::Pseudo => Lang::En,
            other => other,
        }
    }

    /// The form a count of `n` takes: French puts 0 and 1 in the singular,
    /// English only 1 (CLDR's plural rules for `fr` and `en`).
    pub fn plural_form(self, n: usize) -> PluralForm {
        match self.formats() {
            Lang::Fr if n <= 1 => PluralForm::One,
            Lang::En | Lang::Pseudo if n == 1 => PluralForm::One,
            _ => PluralForm::Other,
        }
    }

    /// Picks the French or the English text. Being replaced by the catalogue:
    /// a text picked here is not pseudo-localised, so the pseudo-language
    /// test finds it.
    pub fn pick<'a>(self, fr: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fr => fr,
            Lang::En | Lang::Pseudo => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_puts_zero_in_the_singular_english_does_not() {
        assert_eq!(Lang::Fr.plural_form(0), PluralForm::One);
        assert_eq!(Lang::Fr.plural_form(1), PluralForm::One);
        assert_eq!(Lang::Fr.plural_form(2), PluralForm::Other);
        assert_eq!(Lang::En.plural_form(0), PluralForm::Other);
        assert_eq!(Lang::En.plural_form(1), PluralForm::One);
        assert_eq!(Lang::En.plural_form(2), PluralForm::Other);
        assert_eq!(Lang::Pseudo.plural_form(1), PluralForm::One);
    }

    #[test]
    fn tags_read_back() {
        for lang in [Lang::Fr, Lang::En, Lang::Pseudo] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
    }
}
