//! Les clés du message qu’un simulateur intégré envoie à son hôte, nommées pour le consentement.

use crate::sent::SentKey;

/// Une clé du message, nommée pour le consentement.
pub(in crate::text) fn sent_key(key: SentKey) -> &'static str {
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
