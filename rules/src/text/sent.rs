//! The names of the keys of the message an embedded simulator sends its host
//! ([`crate::sent`]), one exhaustive match per language: the consent lists
//! what is sent by these names.

use super::{figure_name, Lang};
use crate::sent::SentKey;

/// A key of the sent message, named for the consent.
pub fn sent_key(key: SentKey, lang: Lang) -> &'static str {
    match key {
        SentKey::Figure(f) => figure_name(f, lang),
        _ => said!(lang, sent_key(key)),
    }
}
