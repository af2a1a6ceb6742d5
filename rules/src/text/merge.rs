//! The consortium: where a part goes, what a merge changes, its conflicts.

use super::*;

/// Where a part goes in a merge, as a sentence.
pub fn part_match(m: &crate::merge::PartMatch, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::part_match(m),
        Lang::En => en::part_match(m),
        Lang::Pseudo => pseudo::say(en::part_match(m)),
    }
}

/// What a merge does to one partner's lines, counted: « 2 lignes ajoutées, 1 remplacée… ».
pub fn partner_changes(c: &crate::merge::PartnerChanges, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::partner_changes(c),
        Lang::En => en::partner_changes(c),
        Lang::Pseudo => pseudo::say(en::partner_changes(c)),
    }
}

/// One line added, replaced, removed or unchanged by a merge (`+`, `~`, `−`, `=`).
pub fn line_change(c: &crate::merge::LineChange, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::line_change(c),
        Lang::En => en::line_change(c),
        Lang::Pseudo => pseudo::say(en::line_change(c)),
    }
}

/// A conflict of a merge, with what the merge keeps.
pub fn conflict(c: &crate::merge::Conflict, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::conflict(c),
        Lang::En => en::conflict(c),
        Lang::Pseudo => pseudo::say(en::conflict(c)),
    }
}
