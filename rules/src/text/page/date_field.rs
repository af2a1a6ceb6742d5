//! The words of the page's `date_field` part.

/// A word of the page's `date_field` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateFieldWord {
    /// “Day first, for example 31 Mar 2027, 31/3/27 (day/month/year) or March 31, 2027.”
    FormatHint,
    /// “Incomplete or impossible date: day, month, year expected (31 Mar 2027 or 31/03/2027).”
    ImpossibleDate,
}

use super::super::{en, fr};
use crate::locale::Lang;

/// The months' names in full as `lang` writes them, January first: a date
/// field reads a typed month by them. The pseudo-language, never typed,
/// reads English.
pub fn month_names(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::Fr => fr::page::date_field::MONTH_NAMES,
        Lang::En | Lang::Pseudo => en::page::date_field::MONTH_NAMES,
    }
}

/// What `lang` writes after a day's number to make it an ordinal (« 1er »,
/// "1st"), which a date field reads past.
pub fn ordinal_endings(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Fr => fr::page::date_field::ORDINAL_ENDINGS,
        Lang::En | Lang::Pseudo => en::page::date_field::ORDINAL_ENDINGS,
    }
}
