//! The results panel's and the printed summary's sentences, in French (the
//! print sets a no-break space before its colons, the panel a plain one).

use super::{d, m, L};
use crate::assess::{Assessment, Verdict};
use crate::date::Date;
use crate::text::{pending_costs, pending_grant, plural, verdict_label};
use rust_decimal::Decimal;

pub(in crate::text) fn grant_headline(grant: Decimal) -> String {
    format!("aide : {}", m(grant))
}

pub(in crate::text) fn grant_once_complete(potential_grant: Decimal) -> String {
    format!("≈ {} si le dossier est complété", m(potential_grant))
}

pub(in crate::text) fn to_complete(count: usize) -> String {
    let items = plural(L, count, "élément", "éléments");
    format!("{count} {items} à compléter →")
}

pub(in crate::text) fn cap_line(a: &Assessment) -> String {
    if a.cap_binds {
        format!(
            "Plafond atteint : {} de dépenses éligibles n’apportent pas d’aide en plus.",
            m(a.costs_beyond_cap)
        )
    } else {
        format!(
            "{} sous le plafond : les dépenses éligibles peuvent encore croître de {} avant de l’atteindre.",
            m(a.grant_below_cap),
            m(a.room_under_cap)
        )
    }
}

pub(in crate::text) fn rules_adopted_on(version: Date) -> String {
    format!("Règles du dispositif adopté le {}", d(version))
}

pub(in crate::text) fn summary_title(title: &str) -> String {
    format!("Booster IA — {title}")
}

pub(in crate::text) fn simulated_on(today: Option<Date>, version: Date) -> String {
    let today = today.map(d).unwrap_or_default();
    format!(
        "Simulation du {today} — règles du dispositif adopté le {}",
        d(version)
    )
}

pub(in crate::text) fn verdict_and_grant(verdict: Verdict, grant: Decimal) -> String {
    format!(
        "Verdict\u{a0}: {} — aide {}",
        verdict_label(verdict, L),
        m(grant)
    )
}

pub(in crate::text) fn potential_with_pending(a: &Assessment) -> String {
    format!(
        "Aide potentielle {} — {}. {}.",
        m(a.potential_grant),
        pending_grant(&a.pending, L),
        pending_costs(&a.pending, L)
    )
}

pub(in crate::text) fn milestone_line(number: usize, label: &str, day: &str) -> String {
    format!("Jalon {number}\u{a0}: {label} — {day}")
}

pub(in crate::text) fn indicator_line(number: usize, label: &str, target: &str) -> String {
    format!("Indicateur {number}\u{a0}: {label} — cible\u{a0}: {target}")
}

pub(in crate::text) fn marks_total(total: u32, out_of: u32, minimum: u32) -> String {
    format!("{total} / {out_of} (minimum {minimum})")
}
