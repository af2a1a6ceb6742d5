//! Les mots des rapports et du vérificateur.

use super::*;
use crate::text::{BatchCounts, Counted, ReportWord};

/// Un titre ou une étiquette de rapport.
pub(in crate::text) fn report_word(w: ReportWord) -> &'static str {
    match w {
        ReportWord::SchemeName => "Booster IA",
        ReportWord::Untitled => "(projet sans titre)",
        ReportWord::RulesInForce => "Règles en vigueur au",
        ReportWord::PotentialGrant => "aide potentielle",
        ReportWord::Checks => "Vérifications",
        ReportWord::Reading => "Lecture :",
        ReportWord::Budget => "Budget",
        ReportWord::LineEligible => "éligible",
        ReportWord::LinePending => "en attente",
        ReportWord::LineExcluded => "exclue",
        ReportWord::PaymentDocuments => "Pièces au paiement :",
        ReportWord::Scenarios => "Scénarios",
        ReportWord::InEnglish => "En anglais :",
        ReportWord::MergingParts => "Booster IA — fusion des parties",
        ReportWord::NoConflict => "Aucun conflit.",
        ReportWord::FiguresBeforeAfter => "Chiffres : avant → après",
        ReportWord::OutOfBounds => "Un montant hors des bornes du simulateur empêche le calcul.",
        ReportWord::NoPartner => "aucun partenaire",
        ReportWord::Partners => " ; partenaires :",
        ReportWord::PartOf => "part de",
        ReportWord::Part => "Partie",
        ReportWord::ConflictsStopMerge => "Conflits à trancher : rien n’est écrit (avec --accept-conflicts, le brouillon fusionné est écrit et garde ses propres coordonnées de chaque partenaire).",
        ReportWord::NothingWritten => "rien n’est écrit.",
        ReportWord::Figure => "le chiffre",
        ReportWord::DraftStates => "le brouillon indique",
        ReportWord::RulesGive => "les règles donnent",
        ReportWord::StatedDiffers => "L’évaluation inscrite dans le brouillon diffère du recalcul :",
        ReportWord::Invalid => "invalide",
        ReportWord::InvalidRow => "INVALIDE :",
    }
}

/// Le singulier et le pluriel d’un nom compté.
pub(in crate::text) fn counted(what: Counted) -> (&'static str, &'static str) {
    match what {
        Counted::Difference => ("différence", "différences"),
        Counted::SameRow => (
            "ligne identique dans tous les scénarios.",
            "lignes identiques dans tous les scénarios.",
        ),
        Counted::Part => ("partie", "parties"),
        Counted::ConflictToSettle => ("conflit à trancher", "conflits à trancher"),
        Counted::Line => ("ligne", "lignes"),
        Counted::LineRead => ("ligne lue", "lignes lues"),
        Counted::UnreadableAtLine => ("illisible à la ligne", "illisible aux lignes"),
    }
}

/// La dernière ligne de `check-all`.
pub(in crate::text) fn batch_summary(c: &BatchCounts, grants: &str, advances: &str) -> String {
    let p = |n: usize, one: &'static str, many: &'static str| plural(L, n, one, many);
    format!(
        "{} {} : {} {}, {} {}, {} {}, {} {}. Aides : {grants}. Avances : {advances}.",
        c.drafts,
        p(c.drafts, "brouillon", "brouillons"),
        c.eligible,
        p(c.eligible, "éligible", "éligibles"),
        c.not_eligible,
        p(c.not_eligible, "non éligible", "non éligibles"),
        c.incomplete,
        p(c.incomplete, "incomplet", "incomplets"),
        c.invalid,
        p(c.invalid, "invalide", "invalides"),
    )
}

/// La citation est en français : pas de glose.
pub(in crate::text) fn gloss(_english: &'static str) -> Option<&'static str> {
    None
}
