//! Scenarios side by side: the verdict, every money figure and every check of
//! two or three versions of a draft, which of them differ, and for each
//! difference the rule or parameter of the scheme behind it.
//!
//! A difference is traced to its source: a check's row to its own rule; the
//! verdict to the deciding checks whose status changed; a figure to the
//! parameter that computes it, to the budget lines added, removed or changed,
//! and to the rules that put lines in or out of eligible costs, line by line.
//! A row that differs shows different values: a check whose status is the
//! same everywhere but whose facts differ shows the facts.
//!
//! The causes are worked out in `causes` (verdict, grant, advance) and
//! `budget` (the lines); this module holds the facts and the table.
//!
//! Like the assessment, the comparison is facts: each cause's details are
//! [`Detail`]s that borrow the scenarios; the text module (`text`) words them, and
//! `json.rs` renders both languages for the checker.

mod budget;
mod causes;

use crate::assess::{Assessment, Verdict};
use crate::draft::Draft;
use crate::figures::Shown;
use crate::figures::{Explained, Figure};
use crate::money::format_amount;
use crate::rules::{Check, RuleId, Status};
use budget::budget_causes;
use causes::*;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

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
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'a> {
    /// The verdict.
    Verdict(Verdict),
    /// A money figure.
    Amount(Decimal),
    /// A check's status.
    Status(Status),
    /// A check's status and what it found: in a row whose statuses are all
    /// the same but whose facts differ, the facts are what differs.
    Found(&'a Check),
}

impl Value<'_> {
    /// The draft format's spelling (`eligible`, `7750.00`, `pass`; a check's
    /// status for its facts too).
    pub fn code(&self) -> String {
        match self {
            Value::Verdict(v) => v.code().to_string(),
            Value::Amount(a) => format_amount(*a),
            Value::Status(s) => s.code().to_string(),
            Value::Found(c) => c.status.code().to_string(),
        }
    }
}

impl Serialize for Value<'_> {
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
    /// The budget lines themselves: added, removed, their amount changed.
    Lines,
}

/// The rule or parameter a difference is traced to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A rule.
    Rule(RuleId),
    /// A value of the parameter table.
    Parameter(ParameterId),
    /// The budget lines as entered (no rule chooses them).
    Lines,
}

impl Source {
    /// Rule or parameter.
    pub fn kind(self) -> SourceKind {
        match self {
            Source::Rule(_) => SourceKind::Rule,
            Source::Parameter(_) => SourceKind::Parameter,
            Source::Lines => SourceKind::Lines,
        }
    }

    /// The rule's id, the parameter's field name, or `budget-lines`: for
    /// machines (the checker's JSON, the page's `data-` attributes), never shown.
    pub fn code(self) -> &'static str {
        match self {
            Source::Rule(id) => id.code(),
            Source::Parameter(id) => id.code(),
            Source::Lines => "budget-lines",
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

/// How a budget line moved from the first scenario compared to the others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineMove<'a> {
    /// Not in the first scenario; added in these.
    Added(Vec<&'a str>),
    /// In the first scenario; removed in these.
    Removed(Vec<&'a str>),
    /// In every scenario, with amounts that differ.
    Amount,
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
    /// A budget line that moved: added, removed or its amount changed.
    Line {
        /// The line.
        line: LineName<'a>,
        /// How it moved from the first scenario compared.
        change: LineMove<'a>,
        /// Its amount in each scenario that has it, in order.
        amounts: Vec<(&'a str, Decimal)>,
    },
    /// A line excluded by the cause's rule, in these scenarios, for these amounts.
    LineExcluded {
        /// The line.
        line: LineName<'a>,
        /// Whether it only waits, there, for the staff question's answer
        /// (pending: neither counted nor excluded yet).
        waiting: bool,
        /// The scenarios where the rule excludes it, with its amount there.
        amounts: Vec<(&'a str, Decimal)>,
    },
    /// This many more lines, counted but not written out.
    MoreLines(usize),
}

/// The rule, parameter or budget lines behind a difference, and how they apply here.
#[derive(Clone, Debug, PartialEq)]
pub struct Cause<'a> {
    /// The rule, parameter or lines.
    pub source: Source,
    /// The sentence of the scheme, in French (none for budget lines).
    pub citation: Option<&'static str>,
    /// Its English gloss (none for budget lines).
    pub citation_en: Option<&'static str>,
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
    /// One value per scenario, in their order: different values when the
    /// row differs.
    pub values: Vec<Value<'a>>,
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
    for figure in Figure::shown_in(Shown::Comparison) {
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
                    causes.push(check_cause(scenarios, RuleId::DeMinimis));
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
                    causes.push(check_cause(scenarios, RuleId::FinancingPlan));
                }
                // Not compared (their declarations say so).
                Figure::PotentialAdvance | Figure::CostsBeyondCap | Figure::GrantBelowCap => {}
            }
        }
        rows.push(Row {
            key: RowKey::Figure(figure),
            values: values.into_iter().map(Value::Amount).collect(),
            differs,
            causes,
        });
    }
    rows.extend(check_rows(scenarios));
    Comparison {
        scenarios: scenarios.iter().map(|s| s.name).collect(),
        rows,
    }
}

/// The rules checked in every scenario, in the order of their declarations.
/// A rule in force on one scenario's submission date and not on another's
/// has no row (each scenario's own checks still list it).
pub(super) fn shared_rules(scenarios: &[Scenario]) -> Vec<RuleId> {
    RuleId::ALL
        .iter()
        .copied()
        .filter(|&id| scenarios.iter().all(|s| s.assessment.check(id).is_some()))
        .collect()
}

/// One row per check, in the order of the rules: its status in each
/// scenario, or its facts where the statuses agree but the facts do not.
fn check_rows<'a>(scenarios: &[Scenario<'a>]) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    for id in shared_rules(scenarios) {
        let row_checks: Vec<&'a Check> = scenarios
            .iter()
            .filter_map(|s| s.assessment.check(id))
            .collect();
        // Facts compare as sentences name them: a line moved, its label
        // unchanged, is no difference (see `PartnerRef`, `LineRef`).
        let differs = !row_checks
            .windows(2)
            .all(|w| w[0].status == w[1].status && w[0].finding == w[1].finding);
        // The same status everywhere but other facts: the facts are the difference.
        let statuses_alike = row_checks.windows(2).all(|w| w[0].status == w[1].status);
        let value = |c: &'a Check| {
            if differs && statuses_alike {
                Value::Found(c)
            } else {
                Value::Status(c.status)
            }
        };
        rows.push(Row {
            key: RowKey::Check(id),
            values: row_checks.iter().map(|c| value(c)).collect(),
            differs,
            causes: if differs {
                vec![check_cause(scenarios, id)]
            } else {
                Vec::new()
            },
        });
    }
    rows
}
