use crate::text::page::{DateFieldWord, InEnglish};

impl InEnglish for DateFieldWord {
    fn en(self) -> &'static str {
        use DateFieldWord::*;
        match self {
            FormatHint => "Day first, for example 31 Mar 2027, 31/3/27 (day/month/year) or March 31, 2027.",
            ImpossibleDate => "Incomplete or impossible date: day, month, year expected (31 Mar 2027 or 31/03/2027).",
        }
    }
}

/// The months, January first.
pub(in crate::text) const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "1st", "2nd", "3rd", "4th".
pub(in crate::text) const ORDINAL_ENDINGS: &[&str] = &["st", "nd", "rd", "th"];
