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
