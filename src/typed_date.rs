//! Dates as people type them in a field the page controls (not the browser's
//! date input, which shows mm/dd/yyyy in an English-locale browser whatever
//! the page's language): shown the page's way (31/03/2027, 31 Mar 2027),
//! read in either language's usual forms — digits day first (a Normandy
//! scheme: 1/3/27 is 1 March 2027 on the English page too), a month's name in
//! French or English before or after the day, two-digit years as 20xx — or ISO.

use booster_ia::date::Date;
use booster_ia::locale::Lang;
use booster_ia::text::page::date_field::{month_names, ordinal_endings};

/// The month a name or its first letters name (`mars`, `Mar.`, `févr`,
/// `juil`, `Sept`); `None` for fewer than three letters or a start two months
/// share (`jui`).
fn month_named(word: &str) -> Option<u32> {
    let word = folded(word.trim_end_matches('.'));
    if word.chars().count() < 3 || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut found = (0..12u32)
        .filter(|&i| {
            Lang::OFFERED
                .iter()
                .any(|&lang| folded(month_names(lang)[i as usize]).starts_with(&word))
        })
        .map(|i| i + 1);
    match (found.next(), found.next()) {
        (Some(month), None) => Some(month),
        _ => None,
    }
}

/// `text` in lower case without its accents (`Févr` → `fevr`), as the
/// months' names are compared.
fn folded(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'û' | 'ù' => 'u',
            'ô' => 'o',
            'à' | 'â' => 'a',
            other => other,
        })
        .collect()
}

/// A number of `digits` digits, nothing else.
fn number(text: &str, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (digits.contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// A day: one or two digits, maybe as an ordinal (`1er`, `1st`, `15th`).
fn day(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    let bare = Lang::OFFERED
        .iter()
        .flat_map(|&lang| ordinal_endings(lang))
        .find_map(|ending| lower.strip_suffix(ending))
        .unwrap_or(&lower);
    number(bare, 1..=2)
}

/// A year: four digits, or two read as 20xx (`27` is 2027).
fn year(text: &str) -> Option<i32> {
    match text.len() {
        2 => number(text, 2..=2).map(|y| 2000 + y as i32),
        _ => number(text, 4..=4).map(|y| y as i32),
    }
}

/// Reads what people type as a date, in either language whatever the page's:
/// `31/03/2027`, `1/3/27`, `01.03.2027`, `31-03-2027`, `31 03 2027` (day,
/// month, year), `1 mars 2027`, `1er mars 2027`, `15 March 2027`,
/// `15 Mar 2027`, `1 févr. 2027`, `March 15, 2027`, `2027-03-31` (ISO) or
/// `2027/03/31`; `None` when it is not a date of the calendar (31/02/2027)
/// or not complete yet (31/03, 31/03/2).
pub fn parse_typed_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(iso) = Date::parse(text) {
        return Some(iso);
    }
    let parts: Vec<&str> = text
        .split(['/', '.', '-', ' ', ',', '\u{a0}', '\u{202f}'])
        .filter(|p| !p.is_empty())
        .collect();
    let [first, second, third] = parts.as_slice() else {
        return None;
    };
    // `févr.` splits into `févr` and nothing: the point is gone already.
    let (d, m, y) = if let (Some(y), Some(m), Some(d)) = (
        number(first, 4..=4),
        number(second, 1..=2),
        number(third, 1..=2),
    ) {
        // Year first, as ISO with slashes: 2027/03/31.
        (d, m, y as i32)
    } else if let Some(m) = month_named(first) {
        // March 15, 2027.
        (day(second)?, m, year(third)?)
    } else {
        let m = number(second, 1..=2).or_else(|| month_named(second))?;
        (day(first)?, m, year(third)?)
    };
    Date::new(y, m, d)
}

/// A date as the field shows it, the page's way, and accepts it back:
/// `31/03/2027`, `31 Mar 2027`.
pub fn typed(date: Date, lang: Lang) -> String {
    booster_ia::text::date(date, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(iso: &str) -> Option<Date> {
        Date::parse(iso)
    }

    #[test]
    fn a_date_is_read_day_first_with_any_usual_separator_or_as_iso() {
        for typed in [
            "31/03/2027",
            "31.03.2027",
            "31-03-2027",
            "31 03 2027",
            " 31/03/2027 ",
            "2027-03-31",
            "2027/03/31",
            "31/3/27",
            "31.03.27",
        ] {
            assert_eq!(parse_typed_date(typed), d("2027-03-31"), "{typed}");
        }
        assert_eq!(parse_typed_date("1/5/2027"), d("2027-05-01"));
        for typed in [
            "31 Mar 2027",
            "31 march 2027",
            "31 Mar. 2027",
            "31-MAR-2027",
            "31 mars 2027",
            "31 MARS 27",
        ] {
            assert_eq!(parse_typed_date(typed), d("2027-03-31"), "{typed}");
        }
        assert_eq!(parse_typed_date("29/02/2028"), d("2028-02-29"));
    }

    /// The forms, each read the same whatever the page's language
    /// (the parser has none): slashed digits are day/month/year in both.
    #[test]
    fn the_forms_people_type_in_either_language_give_the_same_day() {
        for typed in [
            "1/3/27",
            "01/03/27",
            "1/3/2027",
            "01.03.2027",
            "1.3.27",
            "01-03-2027",
            "1 mars 2027",
            "1er mars 2027",
            "1 March 2027",
            "1st March 2027",
            "1 Mar 2027",
            "March 1, 2027",
            "March 1 2027",
            "Mar 1st, 2027",
            "mars 1, 2027",
            "2027-03-01",
        ] {
            assert_eq!(parse_typed_date(typed), d("2027-03-01"), "{typed}");
        }
        for typed in [
            "15 March 2027",
            "March 15, 2027",
            "15 mars 27",
            "15th Mar 2027",
        ] {
            assert_eq!(parse_typed_date(typed), d("2027-03-15"), "{typed}");
        }
        // French and English abbreviations, with or without their point and accents.
        for (typed, iso) in [
            ("1 févr. 2027", "2027-02-01"),
            ("1 fevr 2027", "2027-02-01"),
            ("1 fév 2027", "2027-02-01"),
            ("1 Feb 2027", "2027-02-01"),
            ("14 juil. 2027", "2027-07-14"),
            ("14 juillet 2027", "2027-07-14"),
            ("14 Jul 2027", "2027-07-14"),
            ("1 juin 2027", "2027-06-01"),
            ("1 June 2027", "2027-06-01"),
            ("15 août 2027", "2027-08-15"),
            ("15 Aug 2027", "2027-08-15"),
            ("1 sept. 2027", "2027-09-01"),
            ("1 Sep 2027", "2027-09-01"),
            ("25 déc. 2027", "2027-12-25"),
            ("1 mai 2027", "2027-05-01"),
            ("May 1, 2027", "2027-05-01"),
            ("1 avr. 2027", "2027-04-01"),
            ("Apr 1, 2027", "2027-04-01"),
        ] {
            assert_eq!(parse_typed_date(typed), d(iso), "{typed}");
        }
        // Two-digit years are this century's: 99 is 2099, 00 is 2000.
        assert_eq!(parse_typed_date("1/3/99"), d("2099-03-01"));
        assert_eq!(parse_typed_date("1/3/00"), d("2000-03-01"));
    }

    #[test]
    fn what_is_not_a_date_of_the_calendar_or_not_complete_is_none() {
        for typed in [
            "31/02/2027",
            "31/02/27",
            "13/13/2027",
            "00/01/2027",
            "29/02/2027",
            "29/02/27",
            "31/03",
            "31/03/2",
            "31/03/202",
            "",
            "12/13/2027",
            "aa/bb/cccc",
            "1/5/20270",
            "31 avril 2027",
            "1 ju 2027",
            "1 jui 2027",
            "1 Marx 2027",
            "2027 March 1",
            "March 2027",
            "1/3/27/5",
            "1 2/3 27",
            "2e mars 2027x",
            "123/3/2027",
        ] {
            assert_eq!(parse_typed_date(typed), None, "{typed}");
        }
    }

    #[test]
    fn a_date_is_shown_the_pages_way_and_read_back() {
        let date = d("2027-01-10").unwrap();
        assert_eq!(typed(date, Lang::Fr), "10/01/2027");
        assert_eq!(typed(date, Lang::En), "10 Jan 2027");
        for lang in [Lang::Fr, Lang::En] {
            assert_eq!(parse_typed_date(&typed(date, lang)), Some(date));
        }
    }
}
