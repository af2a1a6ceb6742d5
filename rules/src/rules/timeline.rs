//! « La preuve de concept devra être réalisée, au maximum, en six (6) mois »:
//! the duration and the milestones.

use super::{Check, Finding, Rule, RuleId, Status};
use crate::date::Date;
use crate::draft::Draft;
use crate::params::Parameters;

/// The proof of concept lasts six months at most.
pub static DURATION: Rule = Rule {
    citation: "La preuve de concept devra être réalisée, au maximum, en six (6) mois.",
    citation_en: "The proof of concept must be completed within six (6) months at most.",
};

/// Milestones fall within the project.
pub static MILESTONES: Rule = Rule {
    citation: "La preuve de concept devra être réalisée, au maximum, en six (6) mois.",
    citation_en: "The proof of concept must be completed within six (6) months at most.",
};

/// The last day a project starting on `start` may end: `start` plus the
/// maximum months, clamped to the end of that month, minus one day.
pub fn last_allowed_end(start: Date, p: &Parameters) -> Option<Date> {
    start
        .add_months(p.max_duration_months.value)
        .and_then(Date::previous_day)
}

/// « La preuve de concept devra être réalisée, au maximum, en six (6) mois. »
pub fn duration(draft: &Draft, p: &Parameters) -> Check {
    let (start, end) = match (draft.timeline.start, draft.timeline.end) {
        (Some(s), Some(e)) => (s, e),
        (start, end) => {
            return Check::new(
                RuleId::Duration,
                Status::Missing,
                Finding::DatesMissing {
                    start: start.is_none(),
                    end: end.is_none(),
                },
            )
        }
    };
    if end < start {
        return Check::new(
            RuleId::Duration,
            Status::Fail,
            Finding::EndBeforeStart { start, end },
        );
    }
    match last_allowed_end(start, p) {
        Some(last) => Check::new(
            RuleId::Duration,
            if end <= last {
                Status::Pass
            } else {
                Status::Fail
            },
            Finding::Duration {
                start,
                end,
                last_allowed_end: last,
                months: p.max_duration_months.value,
                days_over: last.days_until(end).max(0),
            },
        ),
        None => Check::new(
            RuleId::Duration,
            Status::Fail,
            Finding::StartOutsideCalendar,
        ),
    }
}

/// Milestones should fall between the start and the end (a warning only).
pub fn milestones(draft: &Draft, _p: &Parameters) -> Check {
    let t = &draft.timeline;
    if t.milestones.is_empty() {
        return Check::new(RuleId::Milestones, Status::Info, Finding::NoMilestone);
    }
    let (Some(start), Some(end)) = (t.start, t.end) else {
        return Check::new(
            RuleId::Milestones,
            Status::Info,
            Finding::MilestonesAwaitDates,
        );
    };
    let outside: Vec<(String, Date)> = t
        .milestones
        .iter()
        .filter_map(|m| m.date.map(|d| (m, d)))
        .filter(|(_, d)| *d < start || *d > end)
        .map(|(m, d)| (m.label.trim().to_string(), d))
        .collect();
    if outside.is_empty() {
        Check::new(
            RuleId::Milestones,
            Status::Pass,
            Finding::MilestonesWithin {
                count: t.milestones.len(),
            },
        )
    } else {
        Check::new(
            RuleId::Milestones,
            Status::Warning,
            Finding::MilestonesOutside {
                milestones: outside,
            },
        )
    }
}
