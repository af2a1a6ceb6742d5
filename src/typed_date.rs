//! Dates as people type them in a field the page controls (not the browser's
//! date input, which shows mm/dd/yyyy in an English-locale browser whatever
//! the page's language): shown the page's way (31/03/2027, 31 Mar 2027),
//! read day first with digits or an English month's name, or ISO.

use booster_ia::date::Date;
use booster_ia::money::Lang;

/// The months' names as the English page writes them (their first three letters).
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Reads `31/03/2027`, `1/5/2027`, `31.03.2027`, `31-03-2027`, `31 03 2027`,
/// `31 Mar 2027`, `31 March 2027` (day, month, year) or `2027-03-31` (ISO);
/// `None` when it is not a date of the calendar (31/02/2027) or not complete
/// yet (31/03).
pub fn parse_typed_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(iso) = Date::parse(text) {
        return Some(iso);
    }
    let parts: Vec<&str> = text
        .split(['/', '.', '-', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let number = |p: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let named = || {
        let lower = month.to_lowercase();
        let position = MONTHS.iter().position(|m| lower.starts_with(m))?;
        // `Mar`, `March`, `Mar.`: a month's name or its first letters, not `Marx`.
        let full = [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ][position];
        full.starts_with(lower.trim_end_matches('.'))
            .then_some(position as u32 + 1)
    };
    let (day, month, year) = (
        number(day, 1..=2)?,
        number(month, 1..=2).or_else(named)?,
        number(year, 4..=4)?,
    );
    Date::new(year as i32, month, day)
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
        ] {
            assert_eq!(parse_typed_date(typed), d("2027-03-31"), "{typed}");
        }
        assert_eq!(parse_typed_date("1/5/2027"), d("2027-05-01"));
        for typed in [
            "31 Mar 2027",
            "31 march 2027",
            "31 Mar. 2027",
            "31-MAR-2027",
        ] {
            assert_eq!(parse_typed_date(typed), d("2027-03-31"), "{typed}");
        }
        assert_eq!(parse_typed_date("29/02/2028"), d("2028-02-29"));
    }

    #[test]
    fn what_is_not_a_date_of_the_calendar_or_not_complete_is_none() {
        for typed in [
            "31/02/2027",
            "00/01/2027",
            "29/02/2027",
            "31/03",
            "31/03/27",
            "",
            "12/13/2027",
            "aa/bb/cccc",
            "1/5/20270",
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
