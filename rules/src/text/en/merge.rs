//! The consortium: where parts go, the merge, its conflicts.

use super::*;
use crate::consortium::merge::{
    Conflict, LineChange, LineSummary, MatchKind, PartMatch, PartRef, PartnerChanges,
};
use crate::text::replaced;
use crate::text::{partner_name, plural};
use rust_decimal::Decimal;

/// "part 2 (Lab)", or "part 2" when its partner has no name.
fn part(p: &PartRef) -> String {
    if p.partner.is_empty() {
        format!("part {}", p.position)
    } else {
        format!("part {} ({})", p.position, p.partner)
    }
}

/// "parts 1, 3 and 4".
fn positions(parts: &[PartRef]) -> String {
    let mut numbers: Vec<String> = parts.iter().map(|p| p.position.to_string()).collect();
    let last = numbers.pop().unwrap_or_default();
    if numbers.is_empty() {
        format!("part {last}")
    } else {
        format!("parts {} and {last}", numbers.join(", "))
    }
}

/// The same at the start of a sentence.
fn part_cap(p: &PartRef) -> String {
    let text = part(p);
    format!("P{}", &text[1..])
}

pub(in crate::text) fn part_match(pm: &PartMatch) -> String {
    let who = partner_name(&pm.partner, L);
    let matched = match pm.how {
        MatchKind::Siret => format!("{}: goes to {who} (same SIRET).", part_cap(&pm.part)),
        MatchKind::Name => format!("{}: goes to {who} (same name).", part_cap(&pm.part)),
        MatchKind::Added => format!(
            "{}: {who} is not in the draft, added as a partner.",
            part_cap(&pm.part)
        ),
    };
    match &pm.other_title {
        Some(title) => format!("{matched} Project title in this part, for information: “{title}”."),
        None => matched,
    }
}

pub(in crate::text) fn partner_changes(c: &PartnerChanges) -> String {
    let n = c.counts();
    format!(
        "{}{}: {} {} added, {} replaced, {} removed, {} unchanged.",
        partner_name(&c.partner, L),
        if c.added { " (new partner)" } else { "" },
        n.added,
        plural(L, n.added, "line", "lines"),
        n.replaced,
        n.removed,
        n.unchanged,
    )
}

/// A line's title in a merge plan: its label quoted, or "(no label)".
pub(in crate::text) fn line_title(label: &str) -> String {
    if label.is_empty() {
        "(no label)".to_string()
    } else {
        crate::text::quoted(label, L)
    }
}

/// A line's amount, or that it is still to give.
pub(in crate::text) fn line_amount(amount: Option<Decimal>) -> String {
    amount.map(m).unwrap_or_else(|| "amount to give".into())
}

/// Permanent staff or not, or still to say.
pub(in crate::text) fn staff(permanent: Option<bool>) -> &'static str {
    match permanent {
        Some(true) => "permanent staff",
        Some(false) => "not permanent",
        None => "permanent or not: to say",
    }
}

fn summary_line(l: &LineSummary) -> String {
    format!(
        "{} — {}, {}{}",
        line_title(&l.label),
        crate::text::category(l.category, L),
        line_amount(l.amount),
        if l.permanent_staff == Some(true) {
            ", permanent staff"
        } else {
            ""
        }
    )
}

pub(in crate::text) fn line_change(c: &LineChange) -> String {
    match c {
        LineChange::Added(l) => format!("+ {}", summary_line(l)),
        LineChange::Removed(l) => format!("− {}", summary_line(l)),
        LineChange::Unchanged(l) => format!("= {}", summary_line(l)),
        LineChange::Replaced { before, after } => format!(
            "~ {}: {}",
            line_title(&after.label),
            replaced(before, after, L).join("; ")
        ),
    }
}

fn vat(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "recovers VAT",
        Some(false) => "does not recover VAT",
        None => "VAT recovery not given",
    }
}

pub(in crate::text) fn conflict(c: &Conflict) -> String {
    match c {
        Conflict::SiretAndNameDisagree {
            part: which,
            siret_partner,
            name_partner,
        } => format!(
            "{}: its SIRET is {}'s, its name {}'s. Its lines go to {} (same SIRET): check which is right.",
            part_cap(which),
            partner_name(siret_partner, L),
            partner_name(name_partner, L),
            partner_name(siret_partner, L)
        ),
        Conflict::SamePartnerTwice { partner, parts } => format!(
            "{} parts go to {} ({}): all their lines are taken, one after the other. If one was sent again, keep only one.",
            parts.len(),
            partner_name(partner, L),
            positions(parts)
        ),
        Conflict::NameDiffers { partner, draft, part: theirs } => format!(
            "{}: named “{theirs}” in its part; the draft keeps “{draft}”.",
            partner_name(partner, L)
        ),
        Conflict::SiretDiffers { partner, draft, part: theirs } => format!(
            "{}: SIRET {theirs} in its part; the draft keeps {}.",
            partner_name(partner, L),
            match draft {
                Some(s) => format!("SIRET {s}"),
                None => "no SIRET".into(),
            }
        ),
        Conflict::KindDiffers { partner, draft, part: theirs } => format!(
            "{}: “{}” in its part; the draft keeps “{}”.",
            partner_name(partner, L),
            crate::text::partner_kind(*theirs, L),
            crate::text::partner_kind(*draft, L)
        ),
        Conflict::PostcodeDiffers { partner, draft, part: theirs } => format!(
            "{}: postcode {theirs} in its part; the draft keeps {}.",
            partner_name(partner, L),
            if draft.is_empty() {
                "a blank postcode".to_string()
            } else {
                format!("postcode {draft}")
            }
        ),
        Conflict::CountryDiffers { partner, draft, part: theirs } => format!(
            "{}: country “{}” according to its part; the draft keeps “{}”.",
            partner_name(partner, L),
            country(*theirs),
            country(*draft)
        ),
        Conflict::VatDiffers { partner, draft, part: theirs } => format!(
            "{}: {} according to its part; the draft keeps “{}”.",
            partner_name(partner, L),
            vat(Some(*theirs)),
            vat(*draft)
        ),
        Conflict::NotLead { part: which, partner } => format!(
            "{} presents its partner as the lead; in the draft, {} stays a partner (only one lead: change it in the draft if need be).",
            part_cap(which),
            partner_name(partner, L)
        ),
        Conflict::TooManyLines { lines, limit } => format!(
            "The merged draft would have {lines} budget lines, {limit} at most: it could not be opened again. Group lines in the parts."
        ),
        Conflict::TooManyPartners { partners, limit } => format!(
            "The merged draft would have {partners} partners, {limit} at most: it could not be opened again."
        ),
    }
}
