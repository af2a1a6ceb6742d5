//! The consortium: where a part goes, what a merge changes, its conflicts.

use super::*;

/// Where a part goes in a merge, as a sentence.
pub fn part_match(m: &crate::consortium::merge::PartMatch, lang: Lang) -> String {
    said!(lang, part_match(m))
}

/// What a merge does to one partner's lines, counted: « 2 lignes ajoutées, 1 remplacée… ».
pub fn partner_changes(c: &crate::consortium::merge::PartnerChanges, lang: Lang) -> String {
    said!(lang, partner_changes(c))
}

/// One line added, replaced, removed or unchanged by a merge (`+`, `~`, `−`, `=`).
pub fn line_change(c: &crate::consortium::merge::LineChange, lang: Lang) -> String {
    said!(lang, line_change(c))
}

/// A conflict of a merge, with what the merge keeps.
pub fn conflict(c: &crate::consortium::merge::Conflict, lang: Lang) -> String {
    said!(lang, conflict(c))
}

/// What replacing a line changes, each `before → after` worded in `lang`:
/// its category, its amount, whether it is permanent staff, in that order.
pub(crate) fn replaced(
    before: &crate::consortium::merge::LineSummary,
    after: &crate::consortium::merge::LineSummary,
    lang: Lang,
) -> Vec<String> {
    let mut what = Vec::new();
    if before.category != after.category {
        what.push(format!(
            "{} → {}",
            category(before.category, lang),
            category(after.category, lang)
        ));
    }
    if before.amount != after.amount {
        what.push(format!(
            "{} → {}",
            said!(lang, line_amount(before.amount)),
            said!(lang, line_amount(after.amount))
        ));
    }
    if before.permanent_staff != after.permanent_staff {
        what.push(format!(
            "{} → {}",
            said!(lang, staff(before.permanent_staff)),
            said!(lang, staff(after.permanent_staff))
        ));
    }
    what
}
