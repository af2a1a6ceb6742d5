//! Scenarios side by side: the verdict, every money figure and every check of
//! two or three versions of a draft, which of them differ, and for each
//! difference the rule or parameter of the scheme behind it.
//!
//! A difference is traced to its source: a check's row to its own rule; the
//! verdict to the deciding checks whose status changed; a figure to the
//! parameter that computes it and to the rules that put budget lines in or
//! out of eligible costs, line by line.

use crate::assess::{Assessment, Explained, Figure, Verdict};
use crate::draft::Draft;
use crate::money::{format_amount, format_money, Lang};
use crate::params::{Parameter, Parameters};
use crate::rules::{RuleId, Status};
use crate::text::{self, Text};
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

    /// In words, in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Value::Verdict(v) => text::verdict_label(*v, lang).to_string(),
            Value::Amount(a) => format_money(*a, lang),
            Value::Status(s) => text::status_label(*s, lang).to_string(),
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
    /// A rule of `checks::RULES`, by its id.
    Rule,
    /// A value of the dated parameter table, by its field name.
    Parameter,
}

/// The rule or parameter behind a difference, and how it applies here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cause {
    /// Rule or parameter.
    pub kind: SourceKind,
    /// The rule's id or the parameter's name.
    pub source: &'static str,
    /// Its short name.
    pub title: Text,
    /// The sentence of the scheme, in French.
    pub citation: &'static str,
    /// Its English gloss.
    pub citation_en: &'static str,
    /// How it gives different results in these scenarios: one entry per
    /// scenario, or per budget line.
    pub details: Vec<Text>,
}

/// What a row shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// The verdict.
    Verdict,
    /// A money figure of `MONEY_FIGURES`.
    Figure,
    /// A check, by its rule id.
    Check,
}

/// One line of the table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    /// Verdict, figure or check.
    pub kind: RowKind,
    /// `verdict`, the figure's key or the check's rule id.
    pub key: &'static str,
    /// Its name.
    pub title: Text,
    /// One value per scenario, in their order.
    pub values: Vec<Value>,
    /// Whether the scenarios disagree on it.
    pub differs: bool,
    /// The rules and parameters behind the difference (empty when none).
    pub causes: Vec<Cause>,
}

impl Row {
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

/// `+4 750,00 €` / `−2 000,00 €`: a change, signed.
pub fn format_change(change: Decimal, lang: Lang) -> String {
    let sign = if change.is_sign_positive() { "+" } else { "" };
    format!("{sign}{}", format_money(change, lang))
}

/// The whole comparison.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// The scenarios' names, in order.
    pub scenarios: Vec<String>,
    /// The verdict, then every money figure, then every check.
    pub rows: Vec<Row>,
}

impl Comparison {
    /// The rows that differ.
    pub fn differences(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.differs)
    }
}

/// Lines named in one cause's detail before the rest are counted.
const LINES_NAMED: usize = 5;

fn all_equal<T: PartialEq>(values: &[T]) -> bool {
    values.windows(2).all(|w| w[0] == w[1])
}

fn rule_cause(id: RuleId, details: Vec<Text>) -> Cause {
    Cause {
        kind: SourceKind::Rule,
        source: id.code(),
        title: Text::both(|lang| text::rule_title(id, lang).to_string()),
        citation: id.rule().citation,
        citation_en: id.rule().citation_en,
        details,
    }
}

fn parameter_cause<T>(id: ParameterId, parameter: &Parameter<T>, details: Vec<Text>) -> Cause {
    Cause {
        kind: SourceKind::Parameter,
        source: id.code(),
        title: Text::both(|lang| text::parameter_title(id, lang).to_string()),
        citation: parameter.citation,
        citation_en: parameter.citation_en,
        details,
    }
}

/// Each scenario's derivation of `figure`, as `A : …`.
fn derivations_of(scenarios: &[Scenario], what: Explained) -> Vec<Text> {
    scenarios
        .iter()
        .map(|s| {
            let how = |lang| text::derivation(what, s.assessment, lang);
            Text::new(
                format!("{} : {}", s.name, how(Lang::Fr)),
                format!("{}: {}", s.name, how(Lang::En)),
            )
        })
        .collect()
}

/// The cause of a check's row: its rule, with each scenario's status and message.
fn check_cause(scenarios: &[Scenario], index: usize) -> Cause {
    let id = scenarios[0].assessment.checks[index].id;
    let details = scenarios
        .iter()
        .map(|s| {
            let c = &s.assessment.checks[index];
            let part = |lang: Lang| {
                format!(
                    "{}{} {} — {}",
                    s.name,
                    lang.pick(" :", ":"),
                    text::status_label(c.status, lang),
                    text::check_message(c, lang)
                )
            };
            Text::new(part(Lang::Fr), part(Lang::En))
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

impl LineAcross<'_> {
    /// `« Stagiaire »`, or `Dépense 3` when it has no label.
    fn name(&self, lang: Lang) -> String {
        match (self.label.is_empty(), lang) {
            (true, _) => text::line_label(self.label, self.position, lang),
            (false, Lang::Fr) => format!("« {} »", self.label),
            (false, Lang::En) => format!("“{}”", self.label),
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

/// `« Stagiaire » : 8 000 € en A, absente en B` for the given amounts.
fn line_amounts(
    scenarios: &[Scenario],
    line: &LineAcross,
    amount: impl Fn(usize) -> Decimal,
) -> Text {
    let part = |lang: Lang| -> String {
        let each: Vec<String> = scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| match &line.states[i] {
                None => format!("{} {}", lang.pick("absente en", "absent in"), s.name),
                Some(_) => format!(
                    "{} {} {}",
                    format_money(amount(i), lang),
                    lang.pick("en", "in"),
                    s.name
                ),
            })
            .collect();
        format!(
            "{}{} {}",
            line.name(lang),
            lang.pick(" :", ":"),
            each.join(", ")
        )
    };
    Text::new(part(Lang::Fr), part(Lang::En))
}

/// The lines named in one cause: the first `LINES_NAMED` written out, the
/// rest only counted (a 2 000-line budget is not written out on every keystroke).
#[derive(Default)]
struct LineList {
    named: Vec<Text>,
    more: usize,
}

impl LineList {
    fn push(&mut self, detail: impl FnOnce() -> Text) {
        if self.named.len() < LINES_NAMED {
            self.named.push(detail());
        } else {
            self.more += 1;
        }
    }

    fn is_empty(&self) -> bool {
        self.named.is_empty()
    }

    fn into_details(self) -> Vec<Text> {
        let mut details = self.named;
        let more = self.more;
        if more > 0 {
            details.push(Text::new(
                format!(
                    "et {more} {}",
                    text::plural(Lang::Fr, more, "autre ligne", "autres lignes")
                ),
                format!(
                    "and {more} more {}",
                    text::plural(Lang::En, more, "line", "lines")
                ),
            ));
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
fn verdict_causes(scenarios: &[Scenario]) -> Vec<Cause> {
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
struct BudgetCauses {
    /// Lines whose amount changed, under the rule that costs count excluding VAT.
    total: Vec<Cause>,
    /// Lines whose eligible amount changed, by the rule that counts or excludes them.
    eligible: Vec<Cause>,
    /// Lines whose excluded amount changed, by the rule that excludes them.
    excluded: Vec<Cause>,
}

fn budget_causes(scenarios: &[Scenario]) -> BudgetCauses {
    let lines = lines_across(scenarios);
    let n = scenarios.len();
    let mut total_parts = LineList::default();
    let mut counted_parts = LineList::default();
    let per_line_rules = [
        RuleId::CostCategory,
        RuleId::PermanentPublicStaff,
        RuleId::CostBearer,
    ];
    let lists =
        || -> Vec<LineList> { per_line_rules.iter().map(|_| LineList::default()).collect() };
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
                let part = |lang: Lang| {
                    let each: Vec<String> = scenarios
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| by(r, *i))
                        .map(|(i, s)| {
                            format!("{} ({})", s.name, format_money(line.amount(i), lang))
                        })
                        .collect();
                    format!(
                        "{} {} {}",
                        line.name(lang),
                        lang.pick("exclue en", "excluded in"),
                        each.join(", ")
                    )
                };
                let detail = || Text::new(part(Lang::Fr), part(Lang::En));
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
    let by_rule = |parts: Vec<LineList>| -> Vec<Cause> {
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
fn add(causes: &mut Vec<Cause>, more: &[Cause]) {
    for c in more {
        if !causes
            .iter()
            .any(|k| k.source == c.source && k.kind == c.kind)
        {
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
struct Context {
    p: Parameters,
    count: usize,
    budget: BudgetCauses,
}

impl Context {
    /// The lines behind a difference of eligible costs among `subset`.
    fn eligible_causes(&self, subset: &[Scenario]) -> Vec<Cause> {
        // A subset keeps the order of the scenarios: as long, it is all of them.
        if subset.len() == self.count {
            self.budget.eligible.clone()
        } else {
            budget_causes(subset).eligible
        }
    }
}

fn potential_grant_causes(scenarios: &[Scenario], ctx: &Context) -> Vec<Cause> {
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
fn grant_causes(scenarios: &[Scenario], ctx: &Context) -> Vec<Cause> {
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
fn advance_causes(scenarios: &[Scenario], ctx: &Context) -> Vec<Cause> {
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
pub fn compare(scenarios: &[Scenario]) -> Comparison {
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
        kind: RowKind::Verdict,
        key: "verdict",
        title: Text::new("Verdict", "Verdict"),
        values: verdicts.iter().map(|v| Value::Verdict(*v)).collect(),
        differs: verdict_differs,
        causes: if verdict_differs {
            verdict_causes(scenarios)
        } else {
            Vec::new()
        },
    });
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
            }
        }
        rows.push(Row {
            kind: RowKind::Figure,
            key: figure.code(),
            title: Text::both(|lang| text::figure_name(figure, lang).to_string()),
            values: values.into_iter().map(Value::Amount).collect(),
            differs,
            causes,
        });
    }
    for (i, check) in first.assessment.checks.iter().enumerate() {
        let row_checks: Vec<_> = scenarios.iter().map(|s| &s.assessment.checks[i]).collect();
        // Facts that say the same (a line moved, its label unchanged) are no difference.
        let differs = !row_checks.windows(2).all(|w| {
            w[0].status == w[1].status
                && (w[0].finding == w[1].finding
                    || text::check_message(w[0], Lang::Fr) == text::check_message(w[1], Lang::Fr))
        });
        rows.push(Row {
            kind: RowKind::Check,
            key: check.id.code(),
            title: Text::both(|lang| text::rule_title(check.id, lang).to_string()),
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
        scenarios: scenarios.iter().map(|s| s.name.to_string()).collect(),
        rows,
    }
}
