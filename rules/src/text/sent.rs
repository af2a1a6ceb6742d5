//! The names of the keys of the message an embedded simulator sends its host
//! ([`crate::sent`]), one exhaustive match per language: the consent lists
//! what is sent by these names.

use super::{figure_name, Lang};
use crate::sent::SentKey;

/// A key of the sent message, named for the consent.
pub fn sent_key(key: SentKey, lang: Lang) -> &'static str {
    match key {
        SentKey::Figure(f) => figure_name(f, lang),
        _ => match lang {
            Lang::Fr => fr(key),
            Lang::En => en(key),
            Lang::Pseudo => super::pseudo::say(en(key)),
        },
    }
}

fn fr(key: SentKey) -> &'static str {
    match key {
        SentKey::Type => "le nom du message (booster-ia:assessment)",
        SentKey::Title => "le titre du projet",
        SentKey::Verdict => "le verdict",
        SentKey::Figures => "les montants",
        SentKey::Figure(_) => "un montant",
        SentKey::Lines => "les lignes de dépense",
        SentKey::Partners => "les partenaires ayant des dépenses",
        SentKey::Checks => "les vérifications",
        SentKey::Label => "libellé",
        SentKey::Name => "nom du partenaire",
        SentKey::Amount => "montant HT",
        SentKey::Eligible => "éligible ou non",
        SentKey::Total => "dépenses totales",
        SentKey::EligibleTotal => "dépenses éligibles",
        SentKey::Id => "identifiant",
        SentKey::Status => "statut",
        SentKey::Message => "message (il peut citer des noms de partenaires et de lignes)",
    }
}

fn en(key: SentKey) -> &'static str {
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
