//! Reports for people: the readable text report of the checker, the
//! comparison of a draft's stated assessment with the recomputed one, the
//! comparison of scenarios and the plan of a merge of partners' parts.

use crate::assess::Assessment;
use crate::compare::{Comparison, SourceKind};
use crate::consortium::merge::MergePlan;
use crate::draft::Draft;
use crate::figures::Figure;
use crate::figures::{Json, Shown, FIGURES};
use crate::locale::Lang;
use crate::text::{self, Counted, ReportWord as W};
use serde_json::Value;
use std::fmt::Write;

/// The keys compared between a stated and a recomputed assessment, in the
/// JSON's order: the verdict, the figures every export carries (declared
/// `Json::Head`), `cap_binds`, then the other figures declared `StatedCheck`.
pub fn compared_figures() -> Vec<&'static str> {
    let head = FIGURES.iter().filter(|d| d.json == Json::Head);
    let body = FIGURES
        .iter()
        .filter(|d| d.json != Json::Head && d.is_shown(Shown::StatedCheck));
    std::iter::once("verdict")
        .chain(head.map(|d| d.key))
        .chain(["cap_binds"])
        .chain(body.map(|d| d.key))
        .collect()
}

/// Whether every export carries key `figure` (the verdict, `cap_binds` and
/// the figures declared `Json::Head`): a draft that leaves it out differs.
fn always_stated(figure: &str) -> bool {
    figure == "verdict"
        || figure == "cap_binds"
        || FIGURES
            .iter()
            .any(|d| d.json == Json::Head && d.key == figure)
}

/// A figure whose stated value differs from the recomputed one.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Difference {
    /// The figure's key.
    pub figure: &'static str,
    /// What the draft said (`null` when absent).
    pub stated: Value,
    /// What the rules give.
    pub recomputed: Value,
}

/// The figures of `stated` that differ from `assessment`. Figures the draft
/// does not state are skipped, except the six every export carries.
pub fn differences(stated: &Value, assessment: &Assessment) -> Vec<Difference> {
    let recomputed = serde_json::to_value(assessment).expect("plain data");
    compared_figures()
        .into_iter()
        .filter_map(|figure| {
            let ours = recomputed.get(figure).cloned().unwrap_or(Value::Null);
            match stated.get(figure) {
                Some(theirs) if *theirs == ours => None,
                None if !always_stated(figure) => None,
                theirs => Some(Difference {
                    figure,
                    stated: theirs.cloned().unwrap_or(Value::Null),
                    recomputed: ours,
                }),
            }
        })
        .collect()
}

/// A readable report: verdict, figures with their derivations, every check
/// with the sentence it comes from, the budget line by line.
pub fn text_report(draft: &Draft, a: &Assessment, lang: Lang) -> String {
    let mut out = String::new();
    let title = if draft.project.title.trim().is_empty() {
        text::report_word(W::Untitled, lang)
    } else {
        draft.project.title.trim()
    };
    let colon = text::colon(lang);
    let scheme = text::report_word(W::SchemeName, lang);
    let _ = writeln!(out, "{scheme} — {title}");
    let _ = writeln!(
        out,
        "{} {}",
        text::report_word(W::RulesInForce, lang),
        a.rules_version()
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}{colon} {}",
        text::verdict_title(lang),
        text::verdict_label(a.verdict, lang)
    );
    let _ = writeln!(out);
    for figure in Figure::shown_in(Shown::Report) {
        let _ = writeln!(
            out,
            "{:<30} {}",
            text::figure_name(figure, lang),
            text::figure_value(figure, a, lang)
        );
        if let Some(what) = figure.explained() {
            let _ = writeln!(out, "    {}", text::derivation(what, a, lang));
        }
    }
    if !a.pending.is_empty() {
        let _ = writeln!(
            out,
            "{} — {} {}.",
            text::pending_costs(&a.pending, lang),
            text::report_word(W::PotentialGrant, lang),
            text::pending_grant(&a.pending, lang)
        );
    }
    let _ = writeln!(out, "{}", text::de_minimis_headroom(a, lang));
    if let Some(alternative) = &a.vat_alternative {
        let _ = writeln!(out, "{}", text::vat_alternative(alternative, a, lang));
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", text::report_word(W::Checks, lang));
    for check in &a.checks {
        let _ = writeln!(
            out,
            "[{}] {} — {} [{}]",
            text::status_tag(check.status, lang),
            text::rule_title(check.id, lang),
            text::check_message(check, lang),
            check.id.code()
        );
        let _ = writeln!(out, "    « {} »", check.rule().citation);
        if let Some(gloss) = text::gloss(check.rule().citation_en, lang) {
            let _ = writeln!(out, "    ({gloss})");
        }
        if let Some(reading) = text::reading(check.id, lang) {
            let reading_word = text::report_word(W::Reading, lang);
            let _ = writeln!(out, "    {reading_word} {reading}");
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", text::report_word(W::Budget, lang));
    for (i, (line, la)) in draft.budget.iter().zip(&a.lines).enumerate() {
        let label = text::line_label(&line.label, i + 1, lang);
        let status = if la.eligible {
            text::report_word(W::LineEligible, lang)
        } else if la.pending {
            text::report_word(W::LinePending, lang)
        } else {
            text::report_word(W::LineExcluded, lang)
        };
        let _ = writeln!(
            out,
            "- {label} ({}) {} — {status}",
            text::category(line.category, lang),
            text::money(la.amount, lang)
        );
        for e in &la.exclusions {
            let _ = writeln!(
                out,
                "    {} [{}]",
                text::reason(&e.reason, lang),
                e.rule.code()
            );
        }
        if !la.payment_documents.is_empty() {
            let docs: Vec<&str> = la
                .payment_documents
                .iter()
                .map(|d| text::document(*d, lang))
                .collect();
            let _ = writeln!(
                out,
                "    {} {}",
                text::report_word(W::PaymentDocuments, lang),
                docs.join(" ; ")
            );
        }
    }
    out
}

/// A readable comparison of scenarios: the rows that differ, each with its
/// values and the rules and parameters behind it, quoted; then how many agree.
pub fn comparison_report(c: &Comparison, lang: Lang) -> String {
    let mut out = String::new();
    let differing: Vec<_> = c.differences().collect();
    let _ = writeln!(
        out,
        "{} {} — {} {}",
        text::report_word(W::Scenarios, lang),
        c.scenarios.join(", "),
        differing.len(),
        text::counted(Counted::Difference, differing.len(), lang)
    );
    for row in &differing {
        let _ = writeln!(out);
        let values: Vec<String> = c
            .scenarios
            .iter()
            .zip(&row.values)
            .map(|(name, v)| format!("{name} {}", text::cell(v, lang)))
            .collect();
        let _ = writeln!(
            out,
            "{}{} {}",
            text::row_title(row.key, lang),
            text::colon(lang),
            values.join(" | ")
        );
        for cause in &row.causes {
            // A rule's id in a column of its own, as for excluded lines;
            // a parameter or the lines by their title only.
            let id = match cause.source.kind() {
                SourceKind::Rule => format!(" [{}]", cause.source.code()),
                SourceKind::Parameter | SourceKind::Lines => String::new(),
            };
            let _ = writeln!(out, "  ← {}{id}", text::source_heading(cause.source, lang));
            for detail in &cause.details {
                let _ = writeln!(out, "    - {}", text::detail(detail, lang));
            }
            if let Some(citation) = cause.citation {
                let _ = writeln!(out, "    « {citation} »");
            }
            if let Some(gloss) = cause.citation_en.and_then(|g| text::gloss(g, lang)) {
                let _ = writeln!(out, "    {} {gloss}", text::report_word(W::InEnglish, lang));
            }
        }
    }
    let _ = writeln!(out);
    let same = c.rows.len() - differing.len();
    let _ = writeln!(
        out,
        "{same} {}",
        text::counted(Counted::SameRow, same, lang)
    );
    out
}

/// A readable merge plan: where each part goes, each partner's lines
/// (added, replaced, removed, unchanged), the conflicts, and the figures
/// before → after.
pub fn merge_report(plan: &MergePlan, lang: Lang) -> String {
    let mut out = String::new();
    let colon = text::colon(lang);
    let parts = plan.matches.len();
    let _ = writeln!(
        out,
        "{} — {parts} {}",
        text::report_word(W::MergingParts, lang),
        text::counted(Counted::Part, parts, lang)
    );
    let _ = writeln!(out);
    for m in &plan.matches {
        let _ = writeln!(out, "{}", text::part_match(m, lang));
    }
    for partner in &plan.partners {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", text::partner_changes(partner, lang));
        for change in &partner.changes {
            let _ = writeln!(out, "  {}", text::line_change(change, lang));
        }
    }
    let _ = writeln!(out);
    if plan.conflicts.is_empty() {
        let _ = writeln!(out, "{}", text::report_word(W::NoConflict, lang));
    } else {
        let n = plan.conflicts.len();
        let _ = writeln!(
            out,
            "{n} {}{colon}",
            text::counted(Counted::ConflictToSettle, n, lang)
        );
        for c in &plan.conflicts {
            let _ = writeln!(out, "- {}", text::conflict(c, lang));
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", text::report_word(W::FiguresBeforeAfter, lang));
    match (&plan.before, &plan.after) {
        (Some(before), Some(after)) => {
            let _ = writeln!(
                out,
                "{:<30} {} → {}",
                text::verdict_title(lang),
                text::verdict_label(before.verdict, lang),
                text::verdict_label(after.verdict, lang)
            );
            for (figure, b, a) in [
                (Figure::TotalCosts, before.total_costs, after.total_costs),
                (
                    Figure::EligibleCosts,
                    before.eligible_costs,
                    after.eligible_costs,
                ),
                (Figure::Grant, before.grant, after.grant),
            ] {
                let _ = writeln!(
                    out,
                    "{:<30} {} → {}",
                    text::figure_name(figure, lang),
                    text::money(b, lang),
                    text::money(a, lang)
                );
            }
        }
        _ => {
            let _ = writeln!(out, "{}", text::report_word(W::OutOfBounds, lang));
        }
    }
    out
}
