//! The words: every sentence the simulator shows, from the facts the engine
//! returns. This module holds what is the same in every language, written
//! once: one function per kind of fact, which renders it in the language
//! asked (French, English, or the test-only pseudo-language made from the
//! English), grouped as the catalogues are — `checks`, `figures`,
//! `names`, `errors`, `compare`, `merge`, `sheets`, `sent` and
//! the page's words in [`page`]. Each language's catalogue (`fr`, `en`)
//! holds only its words, one file per part of the text, one exhaustive match
//! per kind of fact, so a fact that is not worded in every language does not
//! compile. Numbers, money, dates and plurals follow the locale
//! ([`crate::locale`]). Only the language asked is rendered; the checker's
//! JSON renders both at its edge ([`Text::both`]).

/// Says a kind of fact in `lang`: `said!(lang, check(c))` calls the French
/// or the English catalogue's `check(c)`, or pseudo-localises the English
/// one. The one place that lists the languages.
macro_rules! said {
    ($lang:expr, $($f:ident)::+($($arg:expr),* $(,)?)) => {
        // One call of the English: the pseudo-language is it, accented.
        match $lang {
            $crate::locale::Lang::Fr => $crate::text::fr::$($f)::+($($arg),*),
            lang => {
                let english = $crate::text::en::$($f)::+($($arg),*);
                if lang == $crate::locale::Lang::Pseudo {
                    $crate::text::pseudo::say(english)
                } else {
                    english
                }
            }
        }
    };
}

mod checks;
mod compare;
mod en;
mod errors;
mod figures;
mod fr;
mod merge;
mod names;
pub mod page;
mod pseudo;
mod report;
mod results;
mod sent;
mod sheets;

use crate::date::Date;
use crate::money::{format_money, format_percent};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::locale::DateStyle;
pub use crate::locale::Lang;
pub use checks::*;
pub use compare::*;
pub use errors::*;
pub use figures::*;
pub use merge::*;
pub use names::*;
pub use report::*;
pub use results::{
    cap_line, grant_headline, grant_once_complete, indicator_line, marks_total, milestone_line,
    potential_with_pending, rules_adopted_on, simulated_on, summary_title, to_complete,
    verdict_and_grant,
};
pub use sent::sent_key;
pub use sheets::*;

/// A text in both languages, for the checker's JSON and the draft export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Text {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
}

impl Text {
    /// Renders `say` in each language.
    pub fn both(say: impl Fn(Lang) -> String) -> Text {
        Text {
            fr: say(Lang::Fr),
            en: say(Lang::En),
        }
    }

    /// Renders `say` in each language, when it says something.
    pub fn both_opt(say: impl Fn(Lang) -> Option<&'static str>) -> Option<Text> {
        Some(Text {
            fr: say(Lang::Fr)?.to_string(),
            en: say(Lang::En)?.to_string(),
        })
    }
}

/// `one` when `n` is 1 (or 0 in French), else `many`: « 1 ligne », « 4 lignes »;
/// « 0 ligne » in French, "0 lines" in English.
pub fn plural<'a>(lang: Lang, n: usize, one: &'a str, many: &'a str) -> &'a str {
    match lang.plural_form(n) {
        crate::locale::PluralForm::One => one,
        crate::locale::PluralForm::Other => many,
    }
}

/// Money as the page writes it: `12 500,00 €` or `€12,500.00`.
pub fn money(value: Decimal, lang: Lang) -> String {
    format_money(value, lang)
}

/// A rate as the page writes it: `50 %` or `50%`.
pub fn percent(rate: Decimal, lang: Lang) -> String {
    format_percent(rate, lang)
}

/// A date as the page writes it: `31/07/2027` or `31 Jul 2027`.
pub fn date(d: Date, lang: Lang) -> String {
    match lang.formats().dates {
        DateStyle::DayMonthYearDigits => {
            format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
        }
        DateStyle::DayMonthNameYear => {
            // A date is a format, not a sentence: the pseudo-language writes
            // it as English does, so a date field reads back what it shows.
            let months = match lang {
                Lang::Pseudo => Lang::En,
                other => other,
            };
            format!("{} {} {}", d.day(), month(d.month(), months), d.year())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::Country;

    #[test]
    fn une_ligne_deux_lignes() {
        assert_eq!(plural(Lang::Fr, 0, "ligne", "lignes"), "ligne");
        assert_eq!(plural(Lang::Fr, 1, "ligne", "lignes"), "ligne");
        assert_eq!(plural(Lang::Fr, 2, "ligne", "lignes"), "lignes");
        assert_eq!(plural(Lang::En, 0, "line", "lines"), "lines");
        assert_eq!(plural(Lang::En, 1, "line", "lines"), "line");
        assert_eq!(plural(Lang::En, 2, "line", "lines"), "lines");
    }

    #[test]
    fn a_postcode_is_placed_in_words_in_both_languages() {
        use crate::rules::locate;
        let p = crate::params::current();
        let at = |code: &str, lang| location(&locate(code, Country::FRANCE, &p), lang);
        assert_eq!(at("", Lang::Fr), None);
        assert_eq!(
            at("76130", Lang::Fr).as_deref(),
            Some("Seine-Maritime (76) — en Normandie")
        );
        assert_eq!(
            at("14000", Lang::En).as_deref(),
            Some("Calvados (14) — in Normandy")
        );
        assert_eq!(
            at("75001", Lang::Fr).as_deref(),
            Some("Département 75 — hors Normandie")
        );
        assert_eq!(
            at("20199", Lang::En).as_deref(),
            Some("Department 2A — outside Normandy")
        );
        assert_eq!(
            at("20200", Lang::En).as_deref(),
            Some("Department 2B — outside Normandy")
        );
        assert_eq!(
            at("B-1000", Lang::Fr).as_deref(),
            Some(
                "Code postal français inconnu — hors Normandie (à l’étranger ? choisissez le pays)"
            )
        );
        assert_eq!(
            at("76 13", Lang::Fr).as_deref(),
            Some("Code postal incomplet : 5 chiffres attendus")
        );
        assert_eq!(
            at("761", Lang::En).as_deref(),
            Some("Incomplete postcode: 5 digits expected")
        );
        let belgium = Country::parse("BE").expect("a code");
        assert_eq!(
            location(&locate("1000", belgium, &p), Lang::Fr).as_deref(),
            Some("Belgique — hors Normandie")
        );
        assert_eq!(
            location(&locate("76130", belgium, &p), Lang::En).as_deref(),
            Some("Belgium — outside Normandy")
        );
        // Every country the form offers has a name in both languages.
        for code in COUNTRIES {
            let c = Country::parse(code).expect("a code");
            assert!(!country(c, Lang::Fr).contains(code), "{code}");
            assert!(!country(c, Lang::En).contains(code), "{code}");
        }
    }

    #[test]
    fn dates_follow_the_locale_and_months_the_catalogue() {
        let d = Date::parse("2027-07-31").expect("a date");
        assert_eq!(date(d, Lang::Fr), "31/07/2027");
        assert_eq!(date(d, Lang::En), "31 Jul 2027");
        // A format, as English writes it, so a date field reads it back.
        assert_eq!(date(d, Lang::Pseudo), "31 Jul 2027");
    }

    #[test]
    fn money_and_rates_follow_the_locale() {
        let d = |t: &str| t.parse::<Decimal>().expect("a number");
        assert_eq!(money(d("12500"), Lang::Fr), "12\u{202f}500,00\u{a0}€");
        assert_eq!(money(d("12500"), Lang::Pseudo), "€12,500.00");
        assert_eq!(percent(d("0.5"), Lang::Fr), "50\u{a0}%");
        assert_eq!(percent(d("0.4032"), Lang::Pseudo), "40.32%");
    }

    #[test]
    fn an_unnamed_partner_and_line_are_named_by_their_place_in_the_form() {
        assert_eq!(partner_label("  ", 2, Lang::Fr), "Partenaire 2");
        assert_eq!(partner_label("", 2, Lang::En), "Partner 2");
        assert_eq!(partner_label(" Labo ", 2, Lang::Fr), "Labo");
        assert_eq!(line_label("", 3, Lang::Fr), "Dépense 3");
        assert_eq!(line_label("", 3, Lang::En), "Cost 3");
    }
}
