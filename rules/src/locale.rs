//! The locale: which language's catalogue the words come from, and how that
//! language writes what is not a word — numbers, money, dates, plurals, the
//! spreadsheet dialect ([`Formats`], [`CsvDialect`]). A language's catalogue
//! (`text::fr`, `text::en`) holds only words; the rules for writing numbers
//! and choosing plurals live here, once.

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

    /// How this language writes numbers, money, dates and spreadsheets, and
    /// chooses its plurals; the pseudo-language writes as English.
    pub fn formats(self) -> Formats {
        match self {
            Lang::Fr => Formats::FRENCH,
            Lang::En | Lang::Pseudo => Formats::ENGLISH,
        }
    }

    /// The form a count of `n` takes in this language.
    pub fn plural_form(self, n: usize) -> PluralForm {
        self.formats().plurals.form(n)
    }

    /// The dialect of this language's spreadsheets.
    pub fn csv(self) -> CsvDialect {
        self.formats().csv
    }
}

/// How a language writes what is not a word: numbers, money, rates, dates,
/// the space before a colon, its spreadsheets, and how counts take the
/// plural. A new language is a catalogue of words and one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Formats {
    /// The decimal separator: `,` in French, `.` in English.
    pub decimal: char,
    /// Between groups of three digits as written: a narrow no-break space
    /// in French (`12 500`), `,` in English.
    pub thousands: char,
    /// Between groups of three digits as people type them: `.` in French
    /// (`12.500,50`), `,` in English.
    pub typed_thousands: char,
    /// Whether a lone `.` is read although it is not this language's decimal
    /// separator: as thousands before three digits (`12.500`), else as a
    /// decimal point (`12.5`), since many French speakers type amounts so.
    pub reads_lone_dot: bool,
    /// Where the euro sign goes.
    pub euro: EuroSign,
    /// Between a number and `%`: a no-break space in French, nothing in English.
    pub before_percent: &'static str,
    /// A colon after a word: with a space before it in French (« Verdict : »),
    /// without in English.
    pub colon: &'static str,
    /// How dates are written.
    pub dates: DateStyle,
    /// How counts choose the singular or the plural.
    pub plurals: PluralRule,
    /// How spreadsheets are written.
    pub csv: CsvDialect,
}

impl Formats {
    /// French: `12 500,00 €`, `50 %`, `31/07/2027`, « 0 ligne », spreadsheets
    /// with semicolons.
    pub const FRENCH: Formats = Formats {
        decimal: ',',
        thousands: '\u{202f}',
        typed_thousands: '.',
        reads_lone_dot: true,
        euro: EuroSign::After,
        before_percent: "\u{a0}",
        colon: " :",
        dates: DateStyle::DayMonthYearDigits,
        plurals: PluralRule::ZeroAndOneSingular,
        csv: CsvDialect::Semicolon,
    };

    /// English: `€12,500.00`, `50%`, `31 Jul 2027`, "0 lines", spreadsheets
    /// with commas.
    pub const ENGLISH: Formats = Formats {
        decimal: '.',
        thousands: ',',
        typed_thousands: ',',
        reads_lone_dot: false,
        euro: EuroSign::Before,
        before_percent: "",
        colon: ":",
        dates: DateStyle::DayMonthNameYear,
        plurals: PluralRule::OnlyOneSingular,
        csv: CsvDialect::Comma,
    };
}

/// Where the euro sign stands beside an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EuroSign {
    /// `€12,500.00`.
    Before,
    /// `12 500,00 €`, after a no-break space.
    After,
}

/// How a date is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// `31/07/2027`, as French forms write dates.
    DayMonthYearDigits,
    /// `31 Jul 2027`, the month named by the catalogue: unambiguous for
    /// English readers.
    DayMonthNameYear,
}

/// Which counts take the singular (CLDR's plural rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralRule {
    /// 0 and 1 (`fr`).
    ZeroAndOneSingular,
    /// 1 alone (`en`).
    OnlyOneSingular,
}

impl PluralRule {
    /// The form a count of `n` takes.
    pub fn form(self, n: usize) -> PluralForm {
        match (self, n) {
            (PluralRule::ZeroAndOneSingular, 0 | 1) | (PluralRule::OnlyOneSingular, 1) => {
                PluralForm::One
            }
            _ => PluralForm::Other,
        }
    }
}

/// How a spreadsheet (CSV) is written and read: the cell separator, the
/// decimal separator of its amounts, and whether it starts with a byte-order
/// mark. French spreadsheet programs expect semicolons and decimal commas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvDialect {
    /// `;` between cells, `1234,50`, a byte-order mark so that Excel reads UTF-8.
    Semicolon,
    /// `,` between cells, `1234.50`, no byte-order mark.
    Comma,
}

impl CsvDialect {
    /// The byte between cells.
    pub fn delimiter(self) -> u8 {
        match self {
            CsvDialect::Semicolon => b';',
            CsvDialect::Comma => b',',
        }
    }

    /// The dialect whose cells `delimiter` separates, if it is one of them.
    pub fn from_delimiter(delimiter: u8) -> Option<CsvDialect> {
        match delimiter {
            b';' => Some(CsvDialect::Semicolon),
            b',' => Some(CsvDialect::Comma),
            _ => None,
        }
    }

    /// How the amounts of this dialect are written and typed.
    pub fn numbers(self) -> Formats {
        match self {
            CsvDialect::Semicolon => Formats::FRENCH,
            CsvDialect::Comma => Formats::ENGLISH,
        }
    }

    /// The other dialect, tried when a cell does not read in this one.
    pub fn other(self) -> CsvDialect {
        match self {
            CsvDialect::Semicolon => CsvDialect::Comma,
            CsvDialect::Comma => CsvDialect::Semicolon,
        }
    }

    /// Whether a file in this dialect starts with a byte-order mark.
    pub fn byte_order_mark(self) -> bool {
        self == CsvDialect::Semicolon
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

    #[test]
    fn the_pseudo_language_writes_as_english() {
        assert_eq!(Lang::Pseudo.formats(), Formats::ENGLISH);
        assert_eq!(Lang::Pseudo.csv(), CsvDialect::Comma);
        assert_eq!(Lang::Fr.csv(), CsvDialect::Semicolon);
        assert_eq!(Lang::Fr.csv().numbers().decimal, ',');
        assert_eq!(
            CsvDialect::from_delimiter(b';'),
            Some(CsvDialect::Semicolon)
        );
        assert_eq!(CsvDialect::from_delimiter(b'\t'), None);
        assert_eq!(CsvDialect::Comma.other(), CsvDialect::Semicolon);
    }
}
