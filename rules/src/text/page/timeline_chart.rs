//! The sentences of the page's `timeline_chart` part.

use super::super::{en, fr, pseudo};
use crate::date::Date;
use crate::locale::Lang;

/// What the time line draws, said: the project's period and the last day it may end.
pub fn summary(start: Date, end: Date, last_allowed_end: Date, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::page::timeline_chart::summary(start, end, last_allowed_end),
        Lang::En => en::page::timeline_chart::summary(start, end, last_allowed_end),
        Lang::Pseudo => pseudo::say(en::page::timeline_chart::summary(
            start,
            end,
            last_allowed_end,
        )),
    }
}
