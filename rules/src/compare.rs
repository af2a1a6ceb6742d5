//! Scenarios side by side: the verdict, every money figure and every check of
//! two or three versions of a draft, which of them differ, and for each
//! difference the rule or parameter of the scheme behind it.
//!
//! A difference is traced to its source: a check's row to its own rule; the
//! verdict to the deciding checks whose status changed; a figure to the
//! parameter that computes it and to the rules that put budget lines in or
//! out of eligible costs, line by line.

use crate::assess::{parameters_for, Assessment, Verdict, MONEY_FIGURES};
use crate::checks::{self, Rule, Status, Text};
use crate::draft::Draft;
use crate::money::{format_amount, format_money, Lang};
use crate::params::Parameter;
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
            Value::Verdict(v) => v.label(lang).to_string(),
            Value::Amount(a) => format_money(*a, lang),
            Value::Status(s) => s.label(lang).to_string(),
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
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

fn rule_cause(rule: &'static Rule, details: Vec<Text>) -> Cause {
    Cause {
        kind: SourceKind::Rule,
        source: rule.id,
        title: Text::new(rule.title.0, rule.title.1),
        citation: rule.citation,
        citation_en: rule.citation_en,
        details,
    }
}

fn parameter_cause<T>(
    source: &'static str,
    title: (&str, &str),
    parameter: &Parameter<T>,
    details: Vec<Text>,
) -> Cause {
    Cause {
        kind: SourceKind::Parameter,
        source,
        title: Text::new(title.0, title.1),
        citation: parameter.citation,
        citation_en: parameter.citation_en,
        details,
    }
}

/// Each scenario's derivation of `figure`, as `A : …`.
fn derivations_of(scenarios: &[Scenario], figure: &str) -> Vec<Text> {
    scenarios
        .iter()
        .map(|s| {
            let how = |lang| s.assessment.derivation(figure, lang).unwrap_or("—");
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
    let rule = checks::rule(id).expect("every check has its rule");
    let details = scenarios
        .iter()
        .map(|s| {
            let c = &s.assessment.checks[index];
            let part = |lang: Lang| {
                format!(
                    "{}{} {} — {}",
                    s.name,
                    lang.pick(" :", ":"),
                    c.status.label(lang),
                    c.message.get(lang)
                )
            };
            Text::new(part(Lang::Fr), part(Lang::En))
        })
        .collect();
    rule_cause(rule, details)
}

/// How one budget line (by id) stands in each scenario.
struct LineAcross<'a> {
    label: Text,
    /// Per scenario: `None` when the line is not there, else (amount, excluding rule ids).
    states: Vec<Option<(Decimal, Vec<&'a str>)>>,
}

impl LineAcross<'_> {
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

    fn excluded_by(&self, i: usize, rule: &str) -> bool {
        self.states[i]
            .as_ref()
            .is_some_and(|(_, rules)| rules.contains(&rule))
    }
}

fn lines_across<'a>(scenarios: &[Scenario<'a>]) -> Vec<LineAcross<'a>> {
    let mut ids: Vec<&str> = Vec::new();
    for s in scenarios {
        for line in &s.draft.budget {
            if !ids.contains(&line.id.as_str()) {
                ids.push(&line.id);
            }
        }
    }
    ids.into_iter()
        .map(|id| {
            let mut label = None;
            let states = scenarios
                .iter()
                .map(|s| {
                    let index = s.draft.budget.iter().position(|l| l.id == id)?;
                    let line = &s.draft.budget[index];
                    if label.is_none() {
                        label = Some(if line.label.trim().is_empty() {
                            Text::new(format!("ligne {id}"), format!("line {id}"))
                        } else {
                            Text::new(
                                format!("« {} »", line.label.trim()),
                                format!("“{}”", line.label.trim()),
                            )
                        });
                    }
                    let la = &s.assessment.lines[index];
                    Some((la.amount, la.exclusions.iter().map(|e| e.rule).collect()))
                })
                .collect();
            LineAcross {
                label: label.expect("the id comes from a scenario"),
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
            line.label.get(lang),
            lang.pick(" :", ":"),
            each.join(", ")
        )
    };
    Text::new(part(Lang::Fr), part(Lang::En))
}

/// At most `LINES_NAMED` line details, then how many more.
fn lines_detail(mut parts: Vec<Text>) -> Vec<Text> {
    let more = parts.len().saturating_sub(LINES_NAMED);
    parts.truncate(LINES_NAMED);
    if more > 0 {
        parts.push(Text::new(
            format!("et {more} autre(s) ligne(s)"),
            format!("and {more} more line(s)"),
        ));
    }
    parts
}

/// The causes shared by several rows, worked out once.
struct Sources {
    /// Deciding checks whose status changed.
    verdict: Vec<Cause>,
    /// Budget lines whose amounts changed (the total).
    total: Vec<Cause>,
    /// Lines whose eligible amount changed, by the rule that counts or excludes them.
    eligible: Vec<Cause>,
    /// Only the exclusion rules among `eligible`.
    excluded: Vec<Cause>,
    /// The advance check, when it changed.
    advance_check: Vec<Cause>,
}

fn sources(scenarios: &[Scenario]) -> Sources {
    let first = scenarios[0].assessment;
    let statuses = |i: usize| -> Vec<Status> {
        scenarios
            .iter()
            .map(|s| s.assessment.checks[i].status)
            .collect()
    };
    let verdict = (0..first.checks.len())
        .filter(|&i| {
            let st = statuses(i);
            !all_equal(&st)
                && st
                    .iter()
                    .any(|s| matches!(s, Status::Fail | Status::Missing))
        })
        .map(|i| check_cause(scenarios, i))
        .collect();
    let advance_check = first
        .checks
        .iter()
        .position(|c| c.id == checks::ADVANCE.id)
        .filter(|&i| {
            let checks: Vec<_> = scenarios.iter().map(|s| &s.assessment.checks[i]).collect();
            !checks
                .windows(2)
                .all(|w| w[0].status == w[1].status && w[0].message == w[1].message)
        })
        .map(|i| check_cause(scenarios, i))
        .into_iter()
        .collect();

    let lines = lines_across(scenarios);
    let n = scenarios.len();
    let mut total_parts = Vec::new();
    let mut counted_parts = Vec::new();
    let per_line_rules = [
        &checks::COST_CATEGORY,
        &checks::PERMANENT_PUBLIC_STAFF,
        &checks::COST_BEARER,
    ];
    let mut excluded_parts: Vec<Vec<Text>> = vec![Vec::new(); per_line_rules.len()];
    let mut eligible_parts: Vec<Vec<Text>> = vec![Vec::new(); per_line_rules.len()];
    for line in &lines {
        let amounts: Vec<Decimal> = (0..n).map(|i| line.amount(i)).collect();
        let present: Vec<bool> = line.states.iter().map(Option::is_some).collect();
        if !all_equal(&amounts) || !all_equal(&present) {
            total_parts.push(line_amounts(scenarios, line, |i| line.amount(i)));
        }
        let eligible: Vec<Decimal> = (0..n).map(|i| line.eligible_amount(i)).collect();
        let eligible_differs = !all_equal(&eligible);
        for (r, rule) in per_line_rules.iter().enumerate() {
            let hits: Vec<bool> = (0..n).map(|i| line.excluded_by(i, rule.id)).collect();
            if !hits.contains(&true) {
                continue;
            }
            let by_rule: Vec<Decimal> = (0..n)
                .map(|i| {
                    if hits[i] {
                        line.amount(i)
                    } else {
                        Decimal::ZERO
                    }
                })
                .collect();
            let part = |lang: Lang| {
                let each: Vec<String> = scenarios
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| hits[*i])
                    .map(|(i, s)| format!("{} ({})", s.name, format_money(line.amount(i), lang)))
                    .collect();
                format!(
                    "{} {} {}",
                    line.label.get(lang),
                    lang.pick("exclue en", "excluded in"),
                    each.join(", ")
                )
            };
            let detail = Text::new(part(Lang::Fr), part(Lang::En));
            // Behind excluded costs when what the rule excludes changes.
            if !all_equal(&by_rule) {
                excluded_parts[r].push(detail.clone());
            }
            // Behind eligible costs when the line counts in one scenario and this rule
            // excludes it in another (eligible amounts differ, so no rule excludes it everywhere).
            if eligible_differs {
                eligible_parts[r].push(detail);
            }
        }
        // Where the line is counted (or absent), a change of its amount is the list's doing.
        let counted: Vec<Decimal> = (0..n)
            .filter(|&i| !line.excluded(i))
            .map(|i| line.eligible_amount(i))
            .collect();
        if !all_equal(&counted) {
            counted_parts.push(line_amounts(scenarios, line, |i| line.eligible_amount(i)));
        }
    }
    let total = if total_parts.is_empty() {
        Vec::new()
    } else {
        vec![rule_cause(&checks::EXCL_VAT, lines_detail(total_parts))]
    };
    let by_rule = |parts: Vec<Vec<Text>>| -> Vec<Cause> {
        per_line_rules
            .iter()
            .zip(parts)
            .filter(|(_, parts)| !parts.is_empty())
            .map(|(rule, parts)| rule_cause(rule, lines_detail(parts)))
            .collect()
    };
    let excluded = by_rule(excluded_parts);
    let mut eligible = Vec::new();
    if !counted_parts.is_empty() {
        eligible.push(rule_cause(
            &checks::ELIGIBLE_COSTS,
            lines_detail(counted_parts),
        ));
    }
    eligible.extend(by_rule(eligible_parts));
    Sources {
        verdict,
        total,
        eligible,
        excluded,
        advance_check,
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

/// Compares the scenarios (at least one; the first is the reference of nothing:
/// every scenario counts alike). Checks are matched by position, which is the
/// same in every assessment of one engine.
pub fn compare(scenarios: &[Scenario]) -> Comparison {
    let mut rows = Vec::new();
    let Some(first) = scenarios.first() else {
        return Comparison {
            scenarios: Vec::new(),
            rows,
        };
    };
    let p = parameters_for(first.draft);
    let src = sources(scenarios);
    let figure = |key: &str| -> Vec<Decimal> {
        scenarios
            .iter()
            .map(|s| s.assessment.money_figure(key).expect("a money figure"))
            .collect()
    };
    let verdicts: Vec<Verdict> = scenarios.iter().map(|s| s.assessment.verdict).collect();
    let verdict_differs = !all_equal(&verdicts);
    let potential_differs = !all_equal(&figure("potential_grant"));
    let grant_differs = !all_equal(&figure("grant"));
    let advance_differs = !all_equal(&figure("advance"));

    let rate_cause = parameter_cause(
        "grant_rate",
        ("Taux et plafond de l’aide", "Grant rate and cap"),
        &p.grant_rate,
        derivations_of(scenarios, "potential_grant"),
    );
    let cap_cause = parameter_cause(
        "grant_cap",
        ("Plafond de l’aide", "Grant cap"),
        &p.grant_cap,
        derivations_of(scenarios, "room_under_cap"),
    );
    let advance_rate_cause = parameter_cause(
        "advance_rate",
        ("Taux de l’avance", "Advance rate"),
        &p.advance_rate,
        derivations_of(scenarios, "advance"),
    );
    let mut grant_causes = Vec::new();
    if potential_differs {
        add(&mut grant_causes, std::slice::from_ref(&rate_cause));
        add(&mut grant_causes, &src.eligible);
    }
    if verdict_differs {
        add(&mut grant_causes, &src.verdict);
    }
    let mut advance_causes = vec![advance_rate_cause];
    add(&mut advance_causes, &src.advance_check);
    if grant_differs {
        add(&mut advance_causes, &grant_causes);
    }

    rows.push(Row {
        kind: RowKind::Verdict,
        key: "verdict",
        title: Text::new("Verdict", "Verdict"),
        values: verdicts.iter().map(|v| Value::Verdict(*v)).collect(),
        differs: verdict_differs,
        causes: if verdict_differs {
            src.verdict.clone()
        } else {
            Vec::new()
        },
    });
    for name in MONEY_FIGURES {
        let values = figure(name.key);
        let differs = !all_equal(&values);
        let mut causes = Vec::new();
        if differs {
            match name.key {
                "total_costs" => add(&mut causes, &src.total),
                "excluded_costs" => add(&mut causes, &src.excluded),
                "eligible_costs" => add(&mut causes, &src.eligible),
                "potential_grant" => {
                    add(&mut causes, std::slice::from_ref(&rate_cause));
                    add(&mut causes, &src.eligible);
                }
                "grant" => add(&mut causes, &grant_causes),
                "advance" => add(&mut causes, &advance_causes),
                "balance" => {
                    if grant_differs {
                        add(&mut causes, &grant_causes);
                    }
                    if advance_differs {
                        add(&mut causes, &advance_causes);
                    }
                }
                "own_share" => {
                    add(&mut causes, &src.total);
                    if grant_differs {
                        add(&mut causes, &grant_causes);
                    }
                }
                _ => {
                    add(&mut causes, std::slice::from_ref(&cap_cause));
                    add(&mut causes, &src.eligible);
                }
            }
        }
        rows.push(Row {
            kind: RowKind::Figure,
            key: name.key,
            title: Text::new(name.fr, name.en),
            values: values.into_iter().map(Value::Amount).collect(),
            differs,
            causes,
        });
    }
    for (i, check) in first.assessment.checks.iter().enumerate() {
        let row_checks: Vec<_> = scenarios.iter().map(|s| &s.assessment.checks[i]).collect();
        let differs = !row_checks
            .windows(2)
            .all(|w| w[0].status == w[1].status && w[0].message == w[1].message);
        let rule = checks::rule(check.id).expect("every check has its rule");
        rows.push(Row {
            kind: RowKind::Check,
            key: check.id,
            title: Text::new(rule.title.0, rule.title.1),
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
