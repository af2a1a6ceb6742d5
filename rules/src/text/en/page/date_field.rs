use crate::text::page::{DateFieldWord, InEnglish};

impl InEnglish for DateFieldWord {
    fn en(self) -> &'static str {
        use DateFieldWord::*;
        match self {
            DayFirstForExample31 => "Day first, for example 31 Mar 2027, 31/3/27 (day/month/year) or March 31, 2027.",
            IncompleteOrImpossibleDateDay => "Incomplete or impossible date: day, month, year expected (31 Mar 2027 or 31/03/2027).",
        }
    }
}
