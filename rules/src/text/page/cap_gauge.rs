//! The sentences of the page's `cap_gauge` part.

use crate::locale::Lang;
use rust_decimal::Decimal;

/// What the gauge draws, said: the potential grant out of the cap in force.
pub fn summary(grant: Decimal, cap: Decimal, lang: Lang) -> String {
    said!(lang, page::cap_gauge::summary(grant, cap))
}
