//! The budget behind a difference: each line matched by id across the
//! scenarios, added, removed or changed, and the rules that put it in or out
//! of eligible costs.

use super::causes::{all_equal, rule_cause};
use super::{Cause, Detail, LineMove, LineName, Scenario, Source};
use crate::rules::RuleId;
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};

/// Lines named in one cause's detail before the rest are counted.
const LINES_NAMED: usize = 5;
/// How one budget line (by id) stands in each scenario.
struct LineAcross<'a> {
    /// The label in the first scenario that has the line.
    label: &'a str,
    /// Its position (from 1) in the first scenario that has the line.
    position: usize,
    /// Per scenario: `None` when the line is not there, else (amount, excluding rules).
    states: Vec<Option<(Decimal, Vec<RuleId>)>>,
    /// Per scenario: whether the line only waits for the staff question's answer.
    waiting: Vec<bool>,
}

impl<'a> LineAcross<'a> {
    fn name(&self) -> LineName<'a> {
        LineName {
            label: self.label,
            position: self.position,
        }
    }

    fn amount(&self, i: usize) -> Decimal {
        self.states[i].as_ref().map_or(Decimal::ZERO, |(a, _)| *a)
    }

    fn eligible_amount(&self, i: usize) -> Decimal {
        match &self.states[i] {
            Some((a, rules)) if rules.is_empty() => *a,
            _ => Decimal::ZERO,
        }
    }

    fn excluded(&self, i: usize) -> bool {
        self.states[i]
            .as_ref()
            .is_some_and(|(_, rules)| !rules.is_empty())
    }

    fn excluded_by(&self, i: usize, rule: RuleId) -> bool {
        self.states[i]
            .as_ref()
            .is_some_and(|(_, rules)| rules.contains(&rule))
    }
}

fn lines_across<'a>(scenarios: &[Scenario<'a>]) -> Vec<LineAcross<'a>> {
    // One map per scenario: matching by id stays linear in the number of lines.
    let positions: Vec<HashMap<&str, usize>> = scenarios
        .iter()
        .map(|s| {
            s.draft
                .budget
                .iter()
                .enumerate()
                .map(|(i, l)| (l.id.as_str(), i))
                .collect()
        })
        .collect();
    let mut ids: Vec<&str> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for s in scenarios {
        for line in &s.draft.budget {
            if seen.insert(&line.id) {
                ids.push(&line.id);
            }
        }
    }
    ids.into_iter()
        .map(|id| {
            let mut first = None;
            let waiting = scenarios
                .iter()
                .zip(&positions)
                .map(|(s, at)| {
                    at.get(id)
                        .is_some_and(|&index| s.assessment.lines[index].pending)
                })
                .collect();
            let states = scenarios
                .iter()
                .zip(&positions)
                .map(|(s, at)| {
                    let index = *at.get(id)?;
                    first.get_or_insert((s.draft.budget[index].label.trim(), index + 1));
                    let la = &s.assessment.lines[index];
                    Some((la.amount, la.exclusions.iter().map(|e| e.rule).collect()))
                })
                .collect();
            let (label, position) = first.expect("the id comes from a scenario");
            LineAcross {
                label,
                position,
                states,
                waiting,
            }
        })
        .collect()
}

/// How a line moved from the first scenario: added where the first lacks it,
/// removed where another lacks it, else its amount changed.
fn line_move<'a>(scenarios: &[Scenario<'a>], line: &LineAcross<'a>) -> LineMove<'a> {
    let present = |i: usize| line.states[i].is_some();
    let others = || (1..scenarios.len()).map(|i| (i, scenarios[i].name));
    if !present(0) {
        LineMove::Added(
            others()
                .filter(|(i, _)| present(*i))
                .map(|(_, n)| n)
                .collect(),
        )
    } else if others().any(|(i, _)| !present(i)) {
        LineMove::Removed(
            others()
                .filter(|(i, _)| !present(*i))
                .map(|(_, n)| n)
                .collect(),
        )
    } else {
        LineMove::Amount
    }
}

/// A line that moved, with its `amount` in the scenarios that have it and
/// that `shown` keeps (the eligible costs leave out where a rule excludes it).
fn line_detail<'a>(
    scenarios: &[Scenario<'a>],
    line: &LineAcross<'a>,
    shown: impl Fn(usize) -> bool,
    amount: impl Fn(usize) -> Decimal,
) -> Detail<'a> {
    Detail::Line {
        line: line.name(),
        change: line_move(scenarios, line),
        amounts: scenarios
            .iter()
            .enumerate()
            .filter(|(i, _)| line.states[*i].is_some() && shown(*i))
            .map(|(i, s)| (s.name, amount(i)))
            .collect(),
    }
}

/// The budget lines behind a difference, one detail each.
fn lines_cause(parts: LineList) -> Cause {
    Cause {
        source: Source::Lines,
        citation: None,
        citation_en: None,
        details: parts.into_details(),
    }
}

/// The lines named in one cause: the first `LINES_NAMED` given, the rest
/// only counted (a 2 000-line budget is not written out on every keystroke).
struct LineList<'a> {
    named: Vec<Detail<'a>>,
    more: usize,
}

impl<'a> LineList<'a> {
    fn new() -> Self {
        LineList {
            named: Vec::new(),
            more: 0,
        }
    }

    fn push(&mut self, detail: impl FnOnce() -> Detail<'a>) {
        if self.named.len() < LINES_NAMED {
            self.named.push(detail());
        } else {
            self.more += 1;
        }
    }

    fn is_empty(&self) -> bool {
        self.named.is_empty()
    }

    fn into_details(self) -> Vec<Detail<'a>> {
        let mut details = self.named;
        if self.more > 0 {
            details.push(Detail::MoreLines(self.more));
        }
        details
    }
}

/// The causes of differences in the budget: the lines whose amount changes
/// (the total), and the rules that count or exclude the lines whose eligible
/// or excluded amount changes.
pub(super) struct BudgetCauses<'a> {
    /// Lines whose amount changed (added, removed, another amount).
    pub(super) total: Vec<Cause<'a>>,
    /// Lines counted whose amount changed, then the rules that exclude lines
    /// whose eligible amount changed.
    pub(super) eligible: Vec<Cause<'a>>,
    /// Lines whose excluded amount changed, by the rule that excludes them.
    pub(super) excluded: Vec<Cause<'a>>,
}

pub(super) fn budget_causes<'a>(scenarios: &[Scenario<'a>]) -> BudgetCauses<'a> {
    let lines = lines_across(scenarios);
    let n = scenarios.len();
    let mut total_parts = LineList::new();
    let mut counted_parts = LineList::new();
    let per_line_rules = [
        RuleId::CostCategory,
        RuleId::PermanentPublicStaff,
        RuleId::CostBearer,
    ];
    let lists = || -> Vec<LineList> { per_line_rules.iter().map(|_| LineList::new()).collect() };
    let mut excluded_parts = lists();
    let mut eligible_parts = lists();
    for line in &lines {
        let amounts: Vec<Decimal> = (0..n).map(|i| line.amount(i)).collect();
        let present: Vec<bool> = line.states.iter().map(Option::is_some).collect();
        // An absent line counts 0: a 0 € line added changes no total.
        if !all_equal(&amounts) {
            total_parts.push(|| line_detail(scenarios, line, |_| true, |i| line.amount(i)));
        }
        let eligible: Vec<Decimal> = (0..n).map(|i| line.eligible_amount(i)).collect();
        let excluded: Vec<Decimal> = (0..n)
            .map(|i| {
                if line.excluded(i) {
                    line.amount(i)
                } else {
                    Decimal::ZERO
                }
            })
            .collect();
        let eligible_differs = !all_equal(&eligible);
        let excluded_differs = !all_equal(&excluded);
        if excluded_differs || eligible_differs {
            let by = |r: usize, i: usize| line.excluded_by(i, per_line_rules[r]);
            let present_at: Vec<usize> = (0..n).filter(|&i| present[i]).collect();
            // Excluded wherever it is: only its amount changed, and the rules that
            // exclude it everywhere are behind that. Counted somewhere: every rule
            // that excludes it elsewhere is.
            let everywhere = present_at.iter().all(|&i| line.excluded(i));
            let mut named: Vec<usize> = (0..per_line_rules.len())
                .filter(|&r| everywhere && present_at.iter().all(|&i| by(r, i)))
                .collect();
            if named.is_empty() {
                named = (0..per_line_rules.len())
                    .filter(|&r| (0..n).any(|i| by(r, i)))
                    .collect();
            }
            for r in named {
                let detail = || Detail::LineExcluded {
                    line: line.name(),
                    waiting: (0..n).filter(|&i| by(r, i)).all(|i| line.waiting[i]),
                    amounts: scenarios
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| by(r, *i))
                        .map(|(i, s)| (s.name, line.amount(i)))
                        .collect(),
                };
                if excluded_differs {
                    excluded_parts[r].push(detail);
                }
                if eligible_differs {
                    eligible_parts[r].push(detail);
                }
            }
        }
        // Where the line is counted (or absent), a change of its amount is the lines' doing.
        let counted: Vec<Decimal> = (0..n)
            .filter(|&i| !line.excluded(i))
            .map(|i| line.eligible_amount(i))
            .collect();
        if !all_equal(&counted) {
            counted_parts.push(|| {
                line_detail(
                    scenarios,
                    line,
                    |i| !line.excluded(i),
                    |i| line.eligible_amount(i),
                )
            });
        }
    }
    // The total is the sum of the lines as entered: the lines added, removed
    // or changed are behind it, not a rule (no rule chooses the lines).
    let total = if total_parts.is_empty() {
        Vec::new()
    } else {
        vec![lines_cause(total_parts)]
    };
    let by_rule = |parts: Vec<LineList<'a>>| -> Vec<Cause<'a>> {
        per_line_rules
            .iter()
            .zip(parts)
            .filter(|(_, parts)| !parts.is_empty())
            .map(|(rule, parts)| rule_cause(*rule, parts.into_details()))
            .collect()
    };
    let excluded = by_rule(excluded_parts);
    let mut eligible = Vec::new();
    if !counted_parts.is_empty() {
        eligible.push(lines_cause(counted_parts));
    }
    eligible.extend(by_rule(eligible_parts));
    BudgetCauses {
        total,
        eligible,
        excluded,
    }
}
