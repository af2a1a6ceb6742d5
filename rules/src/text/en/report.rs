//! The words of the reports and the checker.

use super::*;
use crate::text::{BatchCounts, Counted, ReportWord};

/// A report's heading or label.
pub(in crate::text) fn report_word(w: ReportWord) -> &'static str {
    match w {
        ReportWord::SchemeName => "Booster IA",
        ReportWord::Untitled => "(untitled project)",
        ReportWord::RulesInForce => "Rules in force on",
        ReportWord::PotentialGrant => "potential grant",
        ReportWord::Checks => "Checks",
        ReportWord::Reading => "Reading:",
        ReportWord::Budget => "Budget",
        ReportWord::LineEligible => "eligible",
        ReportWord::LinePending => "pending",
        ReportWord::LineExcluded => "excluded",
        ReportWord::PaymentDocuments => "Payment documents:",
        ReportWord::Scenarios => "Scenarios",
        ReportWord::InEnglish => "In English:",
        ReportWord::MergingParts => "Booster IA — merging parts",
        ReportWord::NoConflict => "No conflict.",
        ReportWord::FiguresBeforeAfter => "Figures: before → after",
        ReportWord::OutOfBounds => "An amount beyond the simulator's bounds prevents the computation.",
        ReportWord::NoPartner => "no partner",
        ReportWord::Partners => "; partners:",
        ReportWord::PartOf => "part of",
        ReportWord::Part => "Part",
        ReportWord::ConflictsStopMerge => "Conflicts to settle: nothing written (with --accept-conflicts, the merged draft is written and keeps its own details of each partner).",
        ReportWord::NothingWritten => "nothing written.",
        ReportWord::Figure => "figure",
        ReportWord::DraftStates => "the draft states",
        ReportWord::RulesGive => "the rules give",
        ReportWord::StatedDiffers => "The assessment written in the draft differs from the recomputation:",
        ReportWord::Invalid => "invalid",
        ReportWord::InvalidRow => "INVALID:",
    }
}

/// The singular and plural of a counted noun.
pub(in crate::text) fn counted(what: Counted) -> (&'static str, &'static str) {
    match what {
        Counted::Difference => ("difference", "differences"),
        Counted::SameRow => (
            "row the same in every scenario.",
            "rows the same in every scenario.",
        ),
        Counted::Part => ("part", "parts"),
        Counted::ConflictToSettle => ("conflict to settle", "conflicts to settle"),
        Counted::Line => ("line", "lines"),
        Counted::LineRead => ("line read", "lines read"),
        Counted::UnreadableAtLine => ("unreadable at line", "unreadable at lines"),
    }
}

/// The closing line of `check-all`.
pub(in crate::text) fn batch_summary(c: &BatchCounts, grants: &str, advances: &str) -> String {
    format!(
        "{} {}: {} eligible, {} not eligible, {} incomplete, {} invalid. Grants: {grants}. Advances: {advances}.",
        c.drafts,
        plural(L, c.drafts, "draft", "drafts"),
        c.eligible,
        c.not_eligible,
        c.incomplete,
        c.invalid
    )
}

/// The quotation is French: its English gloss.
pub(in crate::text) fn gloss(english: &'static str) -> Option<&'static str> {
    Some(english)
}
