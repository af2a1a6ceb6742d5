//! Calendar dates (proleptic Gregorian), just what the rules need: parse
//! `YYYY-MM-DD`, compare, add calendar months with end-of-month clamping.

use std::fmt;

/// A calendar day, ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

impl Date {
    /// The date, if it exists in the calendar (years 1 to 9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// A date written in a declaration (a rule's dates in force), checked
    /// when the declaration is compiled: a day that does not exist fails the build.
    pub const fn declared(year: i32, month: u32, day: u32) -> Date {
        assert!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1);
        let days = match month {
            2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        assert!(day <= days, "no such day in that month");
        Date { year, month, day }
    }

    /// Parses exactly `YYYY-MM-DD`; `None` for any other shape or an impossible date.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }

    /// The same day `months` calendar months later, clamped to the last day of
    /// the target month (31 Aug + 6 months → 29 Feb in a leap year).
    pub fn add_months(self, months: u32) -> Option<Date> {
        let index = self.year as i64 * 12 + (self.month as i64 - 1) + months as i64;
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = (index.rem_euclid(12) + 1) as u32;
        if !(1..=9999).contains(&year) {
            return None;
        }
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// The same day `years` years earlier, clamped to the last day of the
    /// month (29 Feb 2028 − 3 years → 28 Feb 2025); `None` before year 1.
    pub fn sub_years(self, years: u32) -> Option<Date> {
        let year = self.year.checked_sub(i32::try_from(years).ok()?)?;
        if year < 1 {
            return None;
        }
        Date::new(
            year,
            self.month,
            self.day.min(days_in_month(year, self.month)),
        )
    }

    /// The day before, if any.
    pub fn previous_day(self) -> Option<Date> {
        Date::from_day_number(self.day_number() - 1)
    }

    /// The day after, if any.
    pub fn next_day(self) -> Option<Date> {
        Date::from_day_number(self.day_number() + 1)
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        other.day_number() - self.day_number()
    }

    /// The day `days` after 1970-01-01 (today, from the system clock's
    /// seconds ÷ 86 400, in UTC); `None` outside years 1 to 9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        if days.unsigned_abs() > 4_000_000 {
            return None;
        }
        Date::from_day_number(days)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn day_number(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of `day_number` (Hinnant's `civil_from_days`).
    fn from_day_number(z: i64) -> Option<Date> {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        self.day
    }
}

impl fmt::Display for Date {
    /// ISO 8601, `YYYY-MM-DD`, as in the draft format.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_only_real_dates_in_iso_form() {
        assert_eq!(d("2027-02-01").to_string(), "2027-02-01");
        assert!(Date::parse("2027-02-29").is_none());
        assert!(Date::parse("2028-02-29").is_some());
        assert!(Date::parse("2100-02-29").is_none());
        assert!(Date::parse("2000-02-29").is_some());
        assert!(Date::parse("2027-13-01").is_none());
        assert!(Date::parse("2027-04-31").is_none());
        assert!(Date::parse("2027-4-01").is_none());
        assert!(Date::parse("27-04-01xx").is_none());
        assert!(Date::parse("+027-04-01").is_none());
        assert!(Date::parse("0000-01-01").is_none());
    }

    #[test]
    fn adding_months_clamps_to_the_end_of_the_month() {
        assert_eq!(d("2027-02-01").add_months(6), Some(d("2027-08-01")));
        assert_eq!(d("2027-08-31").add_months(6), Some(d("2028-02-29")));
        assert_eq!(d("2026-08-31").add_months(6), Some(d("2027-02-28")));
        assert_eq!(d("2027-10-15").add_months(6), Some(d("2028-04-15")));
        assert_eq!(d("9999-08-01").add_months(6), None);
    }

    #[test]
    fn day_steps_cross_months_and_years() {
        assert_eq!(d("2027-03-01").previous_day(), Some(d("2027-02-28")));
        assert_eq!(d("2028-03-01").previous_day(), Some(d("2028-02-29")));
        assert_eq!(d("2027-12-31").next_day(), Some(d("2028-01-01")));
        assert_eq!(d("2027-01-01").days_until(d("2028-01-01")), 365);
        assert_eq!(d("0001-01-01").previous_day(), None);
    }

    #[test]
    fn day_numbers_round_trip_over_four_centuries() {
        let mut day = d("1999-12-25");
        for _ in 0..(400 * 366) {
            let next = day.next_day().unwrap();
            assert_eq!(day.days_until(next), 1);
            assert_eq!(next.previous_day(), Some(day));
            day = next;
        }
    }
}
