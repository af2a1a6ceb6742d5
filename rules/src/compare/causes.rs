//! What makes a verdict, the grant and the advance differ: the checks that
//! decide a verdict, the parameters that compute a figure, and the budget's
//! causes where the amounts matter.

use super::budget::{budget_causes, BudgetCauses};
use super::{shared_rules, Cause, Detail, ParameterId, Scenario, Source};
use crate::assess::Verdict;
use crate::figures::{Explained, Figure};
use crate::params::{Parameter, Parameters};
use crate::rules::{RuleId, Status};
use rust_decimal::Decimal;

pub(super) fn all_equal<T: PartialEq>(values: &[T]) -> bool {
    values.windows(2).all(|w| w[0] == w[1])
}

pub(super) fn rule_cause(id: RuleId, details: Vec<Detail>) -> Cause {
    Cause {
        source: Source::Rule(id),
        citation: Some(id.rule().citation),
        citation_en: Some(id.rule().citation_en),
        details,
    }
}

pub(super) fn parameter_cause<'a, T>(
    id: ParameterId,
    parameter: &Parameter<T>,
    details: Vec<Detail<'a>>,
) -> Cause<'a> {
    Cause {
        source: Source::Parameter(id),
        citation: Some(parameter.citation),
        citation_en: Some(parameter.citation_en),
        details,
    }
}

/// Each scenario's derivation of `what`.
pub(super) fn derivations_of<'a>(scenarios: &[Scenario<'a>], what: Explained) -> Vec<Detail<'a>> {
    scenarios
        .iter()
        .map(|s| Detail::Derivation {
            scenario: s.name,
            assessment: s.assessment,
            what,
        })
        .collect()
}

/// The cause of a check's row: its rule, with each scenario's check.
pub(super) fn check_cause<'a>(scenarios: &[Scenario<'a>], id: RuleId) -> Cause<'a> {
    let details = scenarios
        .iter()
        .filter_map(|s| {
            Some(Detail::Check {
                scenario: s.name,
                check: s.assessment.check(id)?,
            })
        })
        .collect();
    rule_cause(id, details)
}

/// The status that decides a verdict: a failing check makes a project not
/// eligible, a missing one incomplete.
pub(super) fn deciding_status(verdict: Verdict) -> Option<Status> {
    match verdict {
        Verdict::NotEligible => Some(Status::Fail),
        Verdict::Incomplete => Some(Status::Missing),
        Verdict::Eligible => None,
    }
}

/// The checks behind a difference of verdict: those whose status changes and
/// that decide the verdict of at least one scenario (failing where it is not
/// eligible, missing where it is incomplete).
pub(super) fn verdict_causes<'a>(scenarios: &[Scenario<'a>]) -> Vec<Cause<'a>> {
    shared_rules(scenarios)
        .into_iter()
        .filter(|&id| {
            let statuses: Vec<Status> = scenarios
                .iter()
                .filter_map(|s| s.assessment.check(id).map(|c| c.status))
                .collect();
            !all_equal(&statuses)
                && scenarios
                    .iter()
                    .zip(&statuses)
                    .any(|(s, status)| deciding_status(s.assessment.verdict) == Some(*status))
        })
        .map(|id| check_cause(scenarios, id))
        .collect()
}

/// Appends `more` to `causes`, leaving out sources already named.
pub(super) fn add<'a>(causes: &mut Vec<Cause<'a>>, more: &[Cause<'a>]) {
    for c in more {
        if !causes.iter().any(|k| k.source == c.source) {
            causes.push(c.clone());
        }
    }
}

pub(super) fn figure_differs(scenarios: &[Scenario], figure: Figure) -> bool {
    let values: Vec<Decimal> = scenarios
        .iter()
        .map(|s| s.assessment.money(figure))
        .collect();
    !all_equal(&values)
}

/// What makes the potential grant differ: the rate and cap, and the lines.
/// What the rows share: the parameter table and the budget's causes across
/// every scenario (a subset of the scenarios gets its own).
pub(super) struct Context<'a> {
    pub(super) p: Parameters,
    pub(super) count: usize,
    pub(super) budget: BudgetCauses<'a>,
}

impl<'a> Context<'a> {
    /// The lines behind a difference of eligible costs among `subset`.
    pub(super) fn eligible_causes(&self, subset: &[Scenario<'a>]) -> Vec<Cause<'a>> {
        // A subset keeps the order of the scenarios: as long, it is all of them.
        if subset.len() == self.count {
            self.budget.eligible.clone()
        } else {
            budget_causes(subset).eligible
        }
    }
}

pub(super) fn potential_grant_causes<'a>(
    scenarios: &[Scenario<'a>],
    ctx: &Context<'a>,
) -> Vec<Cause<'a>> {
    let p = &ctx.p;
    let mut causes = vec![parameter_cause(
        ParameterId::GrantRate,
        &p.grant_rate,
        derivations_of(scenarios, Explained::PotentialGrant),
    )];
    add(&mut causes, &ctx.eligible_causes(&below_cap(scenarios)));
    causes
}

/// The scenarios below the cap, and the first at it: at the cap, more or
/// fewer eligible costs change neither the potential grant nor the room left,
/// so lines that differ only between capped scenarios are behind neither.
pub(super) fn below_cap<'a>(scenarios: &[Scenario<'a>]) -> Vec<Scenario<'a>> {
    let mut first_capped = true;
    scenarios
        .iter()
        .filter(|s| {
            let capped = s.assessment.room_under_cap.is_zero();
            let keep = !capped || first_capped;
            first_capped &= !capped;
            keep
        })
        .copied()
        .collect()
}

/// What makes the grant differ: the checks behind a change of verdict, and
/// what makes the potential grant differ among the scenarios that are eligible
/// (elsewhere the grant is 0 whatever the amounts).
pub(super) fn grant_causes<'a>(scenarios: &[Scenario<'a>], ctx: &Context<'a>) -> Vec<Cause<'a>> {
    let mut causes = Vec::new();
    let verdicts: Vec<Verdict> = scenarios.iter().map(|s| s.assessment.verdict).collect();
    if !all_equal(&verdicts) {
        add(&mut causes, &verdict_causes(scenarios));
    }
    let eligible: Vec<Scenario> = scenarios
        .iter()
        .filter(|s| s.assessment.verdict == Verdict::Eligible)
        .copied()
        .collect();
    if figure_differs(&eligible, Figure::PotentialGrant) {
        add(&mut causes, &potential_grant_causes(&eligible, ctx));
    }
    causes
}

/// What makes the advance differ: its rate, whether it is asked for with a
/// justification (its rule), and the grant where it is paid.
pub(super) fn advance_causes<'a>(scenarios: &[Scenario<'a>], ctx: &Context<'a>) -> Vec<Cause<'a>> {
    let p = &ctx.p;
    let mut causes = vec![parameter_cause(
        ParameterId::AdvanceRate,
        &p.advance_rate,
        derivations_of(scenarios, Explained::Advance),
    )];
    if shared_rules(scenarios).contains(&RuleId::Advance) {
        let paid: Vec<bool> = scenarios
            .iter()
            .map(|s| s.assessment.check(RuleId::Advance).map(|c| c.status) == Some(Status::Pass))
            .collect();
        if !all_equal(&paid) {
            add(&mut causes, &[check_cause(scenarios, RuleId::Advance)]);
        }
        let with_advance: Vec<Scenario> = scenarios
            .iter()
            .zip(&paid)
            .filter(|(_, paid)| **paid)
            .map(|(s, _)| *s)
            .collect();
        // Rounded to the cent, two grants may give the same advance.
        if figure_differs(&with_advance, Figure::Advance) {
            add(&mut causes, &grant_causes(&with_advance, ctx));
        }
    }
    causes
}
