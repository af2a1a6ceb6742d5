//! The words of the page's `date_field` part.

/// A word of the page's `date_field` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateFieldWord {
    /// “Day first, for example 31 Mar 2027, 31/3/27 (day/month/year) or March 31, 2027.”
    DayFirstForExample31,
    /// “Incomplete or impossible date: day, month, year expected (31 Mar 2027 or 31/03/2027).”
    IncompleteOrImpossibleDateDay,
}
