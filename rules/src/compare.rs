//! Scenarios side by side: the verdict, every money figure and every check of
//! two or three versions of a draft, which of them differ, and for each
//! difference the rule or parameter of the scheme behind it.
//!
//! A difference is traced to its source: a check's row to its own rule; the
//! verdict to the deciding checks whose status changed; a figure to the
//! parameter that computes it and to the rules that put budget lines in or
//! out of eligible costs, line by line.
//!
//! Like the assessment, the comparison is facts: each cause's details are
//! [`Detail`]s that borrow the scenarios; the text module (`text`) words them, and
//! `json.rs` renders both languages for the checker.

use crate::assess::{Assessment, Explained, Figure, Verdict};
use crate::draft::Draft;
use crate::money::format_amount;
use crate::params::{Parameter, Parameters};
use crate::rules::{Check, RuleId, Status};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use std::collections::{HashMap, HashSet};

/// The names given to scenarios, in order.
pub const SCENARIO_NAMES: [&str; 3] = ["A", "B", "C"];

/// One version of the draft, named for the table (`A`, `B`, `C`).
#[derive(Clone, Copy, Debug)]
pub struct Scenario<'a> {
    /// Its name.
    pub name: &'a str,
    /// The draft.
    pub draft: &'a Draft,
    /// Its assessment.
    pub assessment: &'a Assessment,
}

/// A cell of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// The verdict.
    Verdict(Verdict),
    /// A money figure.
    Amount(Decimal),
    /// A check's status.
    Status(Status),
}

impl Value {
    /// The draft format's spelling (`eligible`, `7750.00`, `pass`).
    pub fn code(&self) -> String {
        match self {
            Value::Verdict(v) => v.code().to_string(),
            Value::Amount(a) => format_amount(*a),
            Value::Status(s) => s.code().to_string(),
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

/// A value of the parameter table that a difference can be traced to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParameterId {
    /// The share of eligible costs paid as grant (with the cap).
    GrantRate,
    /// The ceiling of the grant.
    GrantCap,
    /// The share of the grant paid as an advance.
    AdvanceRate,
}

impl ParameterId {
    /// Its field name in the parameter table.
    pub fn code(self) -> &'static str {
        match self {
            ParameterId::GrantRate => "grant_rate",
            ParameterId::GrantCap => "grant_cap",
            ParameterId::AdvanceRate => "advance_rate",
        }
    }
}

/// What kind of text a difference is traced to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A rule, by its id.
    Rule,
    /// A value of the dated parameter table, by its field name.
    Parameter,
}

/// The rule or parameter a difference is traced to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A rule.
    Rule(RuleId),
    /// A value of the parameter table.
    Parameter(ParameterId),
}

impl Source {
    /// Rule or parameter.
    pub fn kind(self) -> SourceKind {
        match self {
            Source::Rule(_) => SourceKind::Rule,
            Source::Parameter(_) => SourceKind::Parameter,
        }
    }

    /// The rule's id or the parameter's field name.
    pub fn code(self) -> &'static str {
        match self {
            Source::Rule(id) => id.code(),
            Source::Parameter(id) => id.code(),
        }
    }
}

/// A budget line as a comparison names it: its label and position in the
/// first scenario that has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineName<'a> {
    /// Its label, trimmed (empty when none).
    pub label: &'a str,
    /// Its position (from 1).
    pub position: usize,
}

/// How a cause gives different results in these scenarios, as facts that
/// borrow the scenarios.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail<'a> {
    /// A scenario's check of the row's rule: its status and what it found.
    Check {
        /// The scenario's name.
        scenario: &'a str,
        /// Its check.
        check: &'a Check,
    },
    /// How a scenario's figure was obtained.
    Derivation {
        /// The scenario's name.
        scenario: &'a str,
        /// Its assessment.
        assessment: &'a Assessment,
        /// The figure.
        what: Explained,
    },
    /// A line's amount in each scenario (`None` where it is absent).
    LineAmounts {
        /// The line.
        line: LineName<'a>,
        /// Per scenario, in order: its name and the amount.
        amounts: Vec<(&'a str, Option<Decimal>)>,
    },
    /// A line excluded by the cause's rule, in these scenarios, for these amounts.
    LineExcluded {
        /// The line.
        line: LineName<'a>,
        /// The scenarios where the rule excludes it, with its amount there.
        amounts: Vec<(&'a str, Decimal)>,
    },
    /// This many more lines, counted but not written out.
    MoreLines(usize),
}

/// The rule or parameter behind a difference, and how it applies here.
#[derive(Clone, Debug, PartialEq)]
pub struct Cause<'a> {
    /// The rule or parameter.
    pub source: Source,
    /// The sentence of the scheme, in French.
    pub citation: &'static str,
    /// Its English gloss.
    pub citation_en: &'static str,
    /// How it gives different results in these scenarios: one entry per
    /// scenario, or per budget line.
    pub details: Vec<Detail<'a>>,
}

/// What a row shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// The verdict.
    Verdict,
    /// A money figure.
    Figure,
    /// A check, by its rule id.
    Check,
}

/// What one row of the table is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKey {
    /// The verdict.
    Verdict,
    /// A money figure.
    Figure(Figure),
    /// The check of a rule.
    Check(RuleId),
}

impl RowKey {
    /// Verdict, figure or check.
    pub fn kind(self) -> RowKind {
        match self {
            RowKey::Verdict => RowKind::Verdict,
            RowKey::Figure(_) => RowKind::Figure,
            RowKey::Check(_) => RowKind::Check,
        }
    }

    /// `verdict`, the figure's key or the check's rule id.
    pub fn code(self) -> &'static str {
        match self {
            RowKey::Verdict => "verdict",
            RowKey::Figure(f) => f.code(),
            RowKey::Check(id) => id.code(),
        }
    }
}

/// One line of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    /// What it is about.
    pub key: RowKey,
    /// One value per scenario, in their order.
    pub values: Vec<Value>,
    /// Whether the scenarios disagree on it.
    pub differs: bool,
    /// The rules and parameters behind the difference (empty when none).
    pub causes: Vec<Cause<'a>>,
}

impl Row<'_> {
    /// For a money figure, how scenario `i` differs from the first (`None` for
    /// the first, for an equal amount, and for a verdict or a check).
    pub fn change_from_first(&self, i: usize) -> Option<Decimal> {
        match (self.values.first()?, self.values.get(i)?) {
            (Value::Amount(first), Value::Amount(this)) if i > 0 && this != first => {
                Some(*this - *first)
            }
            _ => None,
        }
    }
}

/// The whole comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison<'a> {
    /// The scenarios' names, in order.
    pub scenarios: Vec<&'a str>,
    /// The verdict, then every money figure, then every check.
    pub rows: Vec<Row<'a>>,
}

impl<'a> Comparison<'a> {
    /// The rows that differ.
    pub fn differences(&self) -> impl Iterator<Item = &Row<'a>> {
        self.rows.iter().filter(|r| r.differs)
    }
}

/// Lines named in one cause's detail before the rest are counted.
const LINES_NAMED: usize = 5;

fn all_equal<T: PartialEq>(values: &[T]) -> bool {
    values.windows(2).all(|w| w[0] == w[1])
}

fn rule_cause(id: RuleId, details: Vec<Detail>) -> Cause {
    Cause {
        source: Source::Rule(id),
        citation: id.rule().citation,
        citation_en: id.rule().citation_en,
        details,
    }
}

fn parameter_cause<'a, T>(
    id: ParameterId,
    parameter: &Parameter<T>,
    details: Vec<Detail<'a>>,
) -> Cause<'a> {
    Cause {
        source: Source::Parameter(id),
        citation: parameter.citation,
        citation_en: parameter.citation_en,
        details,
    }
}

/// Each scenario's derivation of `what`.
fn derivations_of<'a>(scenarios: &[Scenario<'a>], what: Explained) -> Vec<Detail<'a>> {
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
fn check_cause<'a>(scenarios: &[Scenario<'a>], index: usize) -> Cause<'a> {
    let id = scenarios[0].assessment.checks[index].id;
    let details = scenarios
        .iter()
        .map(|s| Detail::Check {
            scenario: s.name,
            check: &s.assessment.checks[index],
        })
        .collect();
    rule_cause(id, details)
}

/// How one budget line (by id) stands in each scenario.
struct LineAcross<'a> {
    /// The label in the first scenario that has the line.
    label: &'a str,
    /// Its position (from 1) in the first scenario that has the line.
    position: usize,
    /// Per scenario: `None` when the line is not there, else (amount, excluding rules).
    states: Vec<Option<(Decimal, Vec<RuleId>)>>,
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
            }
        })
        .collect()
}

/// A line's given amounts in each scenario (`None` where it is absent).
fn line_amounts<'a>(
    scenarios: &[Scenario<'a>],
    line: &LineAcross<'a>,
    amount: impl Fn(usize) -> Decimal,
) -> Detail<'a> {
    Detail::LineAmounts {
        line: line.name(),
        amounts: scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name, line.states[i].as_ref().map(|_| amount(i))))
            .collect(),
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

/// The status that decides a verdict: a failing check makes a project not
/// eligible, a missing one incomplete.
fn deciding_status(verdict: Verdict) -> Option<Status> {
    match verdict {
        Verdict::NotEligible => Some(Status::Fail),
        Verdict::Incomplete => Some(Status::Missing),
        Verdict::Eligible => None,
    }
}

/// The checks behind a difference of verdict: those whose status changes and
/// that decide the verdict of at least one scenario (failing where it is not
/// eligible, missing where it is incomplete).
fn verdict_causes<'a>(scenarios: &[Scenario<'a>]) -> Vec<Cause<'a>> {
    let first = scenarios[0].assessment;
    (0..first.checks.len())
        .filter(|&i| {
            let statuses: Vec<Status> = scenarios
                .iter()
                .map(|s| s.assessment.checks[i].status)
                .collect();
            !all_equal(&statuses)
                && scenarios
                    .iter()
                    .zip(&statuses)
                    .any(|(s, status)| deciding_status(s.assessment.verdict) == Some(*status))
        })
        .map(|i| check_cause(scenarios, i))
        .collect()
}

/// The causes of differences in the budget: the lines whose amount changes
/// (the total), and the rules that count or exclude the lines whose eligible
/// or excluded amount changes.
struct BudgetCauses<'a> {
    /// Lines whose amount changed, under the rule that costs count excluding VAT.
    total: Vec<Cause<'a>>,
    /// Lines whose eligible amount changed, by the rule that counts or excludes them.
    eligible: Vec<Cause<'a>>,
    /// Lines whose excluded amount changed, by the rule that excludes them.
    excluded: Vec<Cause<'a>>,
}

fn budget_causes<'a>(scenarios: &[Scenario<'a>]) -> BudgetCauses<'a> {
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
            total_parts.push(|| line_amounts(scenarios, line, |i| line.amount(i)));
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
        // Where the line is counted (or absent), a change of its amount is the list's doing.
        let counted: Vec<Decimal> = (0..n)
            .filter(|&i| !line.excluded(i))
            .map(|i| line.eligible_amount(i))
            .collect();
        if !all_equal(&counted) {
            counted_parts.push(|| line_amounts(scenarios, line, |i| line.eligible_amount(i)));
        }
    }
    // The total is the sum of the lines as typed, counted excluding VAT: the
    // rule that says so is the one behind it (no rule chooses the lines).
    let total = if total_parts.is_empty() {
        Vec::new()
    } else {
        vec![rule_cause(RuleId::ExclVat, total_parts.into_details())]
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
        eligible.push(rule_cause(
            RuleId::EligibleCosts,
            counted_parts.into_details(),
        ));
    }
    eligible.extend(by_rule(eligible_parts));
    BudgetCauses {
        total,
        eligible,
        excluded,
    }
}

/// Appends `more` to `causes`, leaving out sources already named.
fn add<'a>(causes: &mut Vec<Cause<'a>>, more: &[Cause<'a>]) {
    for c in more {
        if !causes.iter().any(|k| k.source == c.source) {
            causes.push(c.clone());
        }
    }
}

fn figure_differs(scenarios: &[Scenario], figure: Figure) -> bool {
    let values: Vec<Decimal> = scenarios
        .iter()
        .map(|s| s.assessment.money(figure))
        .collect();
    !all_equal(&values)
}

/// What makes the potential grant differ: the rate and cap, and the lines.
/// What the rows share: the parameter table and the budget's causes across
/// every scenario (a subset of the scenarios gets its own).
struct Context<'a> {
    p: Parameters,
    count: usize,
    budget: BudgetCauses<'a>,
}

impl<'a> Context<'a> {
    /// The lines behind a difference of eligible costs among `subset`.
    fn eligible_causes(&self, subset: &[Scenario<'a>]) -> Vec<Cause<'a>> {
        // A subset keeps the order of the scenarios: as long, it is all of them.
        if subset.len() == self.count {
            self.budget.eligible.clone()
        } else {
            budget_causes(subset).eligible
        }
    }
}

fn potential_grant_causes<'a>(scenarios: &[Scenario<'a>], ctx: &Context<'a>) -> Vec<Cause<'a>> {
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
fn below_cap<'a>(scenarios: &[Scenario<'a>]) -> Vec<Scenario<'a>> {
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
fn grant_causes<'a>(scenarios: &[Scenario<'a>], ctx: &Context<'a>) -> Vec<Cause<'a>> {
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
fn advance_causes<'a>(scenarios: &[Scenario<'a>], ctx: &Context<'a>) -> Vec<Cause<'a>> {
    let p = &ctx.p;
    let mut causes = vec![parameter_cause(
        ParameterId::AdvanceRate,
        &p.advance_rate,
        derivations_of(scenarios, Explained::Advance),
    )];
    let first = scenarios[0].assessment;
    if let Some(i) = first.checks.iter().position(|c| c.id == RuleId::Advance) {
        let paid: Vec<bool> = scenarios
            .iter()
            .map(|s| s.assessment.checks[i].status == Status::Pass)
            .collect();
        if !all_equal(&paid) {
            add(&mut causes, &[check_cause(scenarios, i)]);
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

/// Compares the scenarios, every one alike (none is a reference). Each
/// scenario's assessment must be that of its draft by this engine: checks and
/// lines are matched by position within a scenario.
pub fn compare<'a>(scenarios: &[Scenario<'a>]) -> Comparison<'a> {
    let mut rows = Vec::new();
    let Some(first) = scenarios.first() else {
        return Comparison {
            scenarios: Vec::new(),
            rows,
        };
    };
    // One parameter table, the first scenario's: a second version would make
    // the table's date a cause too.
    let ctx = Context {
        p: first.assessment.parameters.clone(),
        count: scenarios.len(),
        budget: budget_causes(scenarios),
    };
    let (p, budget) = (&ctx.p, &ctx.budget);
    // Worked out once each, for the rows that share them.
    let grant = if figure_differs(scenarios, Figure::Grant) {
        grant_causes(scenarios, &ctx)
    } else {
        Vec::new()
    };
    let advance = if figure_differs(scenarios, Figure::Advance) {
        advance_causes(scenarios, &ctx)
    } else {
        Vec::new()
    };
    let verdicts: Vec<Verdict> = scenarios.iter().map(|s| s.assessment.verdict).collect();
    let verdict_differs = !all_equal(&verdicts);
    rows.push(Row {
        key: RowKey::Verdict,
        values: verdicts.iter().map(|v| Value::Verdict(*v)).collect(),
        differs: verdict_differs,
        causes: if verdict_differs {
            verdict_causes(scenarios)
        } else {
            Vec::new()
        },
    });
    // Every assessment lists every rule's check, in the same order.
    let check_index = |id: RuleId| {
        first
            .assessment
            .checks
            .iter()
            .position(|c| c.id == id)
            .unwrap_or_default()
    };
    for figure in Figure::ALL {
        let values: Vec<Decimal> = scenarios
            .iter()
            .map(|s| s.assessment.money(figure))
            .collect();
        let differs = !all_equal(&values);
        let mut causes = Vec::new();
        if differs {
            match figure {
                Figure::TotalCosts => add(&mut causes, &budget.total),
                Figure::ExcludedCosts => add(&mut causes, &budget.excluded),
                Figure::EligibleCosts => add(&mut causes, &budget.eligible),
                Figure::PotentialGrant => {
                    add(&mut causes, &potential_grant_causes(scenarios, &ctx))
                }
                Figure::Grant => add(&mut causes, &grant),
                Figure::Advance => add(&mut causes, &advance),
                Figure::Balance => {
                    // Grant − advance (each empty when it does not differ).
                    add(&mut causes, &grant);
                    add(&mut causes, &advance);
                }
                Figure::OwnShare => {
                    // Total costs − grant.
                    if figure_differs(scenarios, Figure::TotalCosts) {
                        add(&mut causes, &budget.total);
                    }
                    add(&mut causes, &grant);
                }
                Figure::RoomUnderCap => {
                    add(
                        &mut causes,
                        &[parameter_cause(
                            ParameterId::GrantCap,
                            &p.grant_cap,
                            derivations_of(scenarios, Explained::RoomUnderCap),
                        )],
                    );
                    add(&mut causes, &ctx.eligible_causes(&below_cap(scenarios)));
                }
                // The dossier's figures: the rule that reads them, and the
                // potential grant or the costs they are made of when those differ.
                Figure::DeMinimisWithThisGrant => {
                    if figure_differs(scenarios, Figure::PotentialGrant) {
                        add(&mut causes, &potential_grant_causes(scenarios, &ctx));
                    }
                    causes.push(check_cause(scenarios, check_index(RuleId::DeMinimis)));
                }
                Figure::OtherPublicFunding | Figure::OwnFunds | Figure::OverFunding => {
                    if figure != Figure::OtherPublicFunding {
                        if figure_differs(scenarios, Figure::TotalCosts) {
                            add(&mut causes, &budget.total);
                        }
                        if figure_differs(scenarios, Figure::PotentialGrant) {
                            add(&mut causes, &potential_grant_causes(scenarios, &ctx));
                        }
                    }
                    causes.push(check_cause(scenarios, check_index(RuleId::FinancingPlan)));
                }
            }
        }
        rows.push(Row {
            key: RowKey::Figure(figure),
            values: values.into_iter().map(Value::Amount).collect(),
            differs,
            causes,
        });
    }
    for (i, check) in first.assessment.checks.iter().enumerate() {
        let row_checks: Vec<_> = scenarios.iter().map(|s| &s.assessment.checks[i]).collect();
        // Facts compare as sentences name them: a line moved, its label
        // unchanged, is no difference (see `PartnerRef`, `LineRef`).
        let differs = !row_checks
            .windows(2)
            .all(|w| w[0].status == w[1].status && w[0].finding == w[1].finding);
        rows.push(Row {
            key: RowKey::Check(check.id),
            values: row_checks.iter().map(|c| Value::Status(c.status)).collect(),
            differs,
            causes: if differs {
                vec![check_cause(scenarios, i)]
            } else {
                Vec::new()
            },
        });
    }
    Comparison {
        scenarios: scenarios.iter().map(|s| s.name).collect(),
        rows,
    }
}
