//! The results panel's and the printed summary's sentences, in English.

use super::{d, m, L};
use crate::assess::{Assessment, Verdict};
use crate::date::Date;
use crate::text::{pending_costs, pending_grant, plural, verdict_label};
use rust_decimal::Decimal;

pub(in crate::text) fn grant_headline(grant: Decimal) -> String {
    format!("grant: {}", m(grant))
}

pub(in crate::text) fn grant_once_complete(potential_grant: Decimal) -> String {
    format!("≈ {} once the application is complete", m(potential_grant))
}

pub(in crate::text) fn to_complete(count: usize) -> String {
    let items = plural(L, count, "item", "items");
    format!("{count} {items} to complete →")
}

pub(in crate::text) fn cap_line(a: &Assessment) -> String {
    if a.cap_binds {
        format!(
            "Cap reached: {} of eligible costs bring no extra grant.",
            m(a.costs_beyond_cap)
        )
    } else {
        format!(
            "{} below the cap: eligible costs can still grow by {} before reaching it.",
            m(a.grant_below_cap),
            m(a.room_under_cap)
        )
    }
}

pub(in crate::text) fn rules_adopted_on(version: Date) -> String {
    format!("Rules of the scheme adopted on {}", d(version))
}

pub(in crate::text) fn summary_title(title: &str) -> String {
    format!("Booster IA — {title}")
}

pub(in crate::text) fn simulated_on(today: Option<Date>, version: Date) -> String {
    let today = today.map(d).unwrap_or_default();
    format!(
        "Simulation of {today} — rules of the scheme adopted on {}",
        d(version)
    )
}

pub(in crate::text) fn verdict_and_grant(verdict: Verdict, grant: Decimal) -> String {
    format!(
        "Verdict: {} — grant {}",
        verdict_label(verdict, L),
        m(grant)
    )
}

pub(in crate::text) fn potential_with_pending(a: &Assessment) -> String {
    format!(
        "Potential grant {} — {}. {}.",
        m(a.potential_grant),
        pending_grant(&a.pending, L),
        pending_costs(&a.pending, L)
    )
}

pub(in crate::text) fn milestone_line(number: usize, label: &str, day: &str) -> String {
    format!("Milestone {number}: {label} — {day}")
}

pub(in crate::text) fn indicator_line(number: usize, label: &str, target: &str) -> String {
    format!("Indicator {number}: {label} — target: {target}")
}

pub(in crate::text) fn marks_total(total: u32, out_of: u32, minimum: u32) -> String {
    format!("{total} / {out_of} (minimum {minimum})")
}
