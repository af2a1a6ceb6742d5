//! The keys of the message an embedded simulator sends its host, named for the consent.

use crate::sent::SentKey;

/// A key of the message, named for the consent.
pub(in crate::text) fn sent_key(key: SentKey) -> &'static str {
    match key {
        SentKey::Type => "the message's name (booster-ia:assessment)",
        SentKey::Title => "the project's title",
        SentKey::Verdict => "the verdict",
        SentKey::Figures => "the amounts",
        SentKey::Figure(_) => "an amount",
        SentKey::Lines => "the budget lines",
        SentKey::Partners => "the partners with costs",
        SentKey::Checks => "the checks",
        SentKey::Label => "label",
        SentKey::Name => "partner's name",
        SentKey::Amount => "amount excl. VAT",
        SentKey::Eligible => "eligible or not",
        SentKey::Total => "total costs",
        SentKey::EligibleTotal => "eligible costs",
        SentKey::Id => "id",
        SentKey::Status => "status",
        SentKey::Message => "message (it may quote partners' and lines' names)",
    }
}
