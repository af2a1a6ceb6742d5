//! The sentences of the page's `cap_gauge` part.

use super::super::{en, fr, pseudo};
use crate::locale::Lang;
use rust_decimal::Decimal;

/// What the gauge draws, said: the potential grant out of the cap in force.
pub fn summary(grant: Decimal, cap: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::page::cap_gauge::summary(grant, cap),
        Lang::En => en::page::cap_gauge::summary(grant, cap),
        Lang::Pseudo => pseudo::say(en::page::cap_gauge::summary(grant, cap)),
    }
}
