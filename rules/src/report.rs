//! Reports for people: the readable text report of the checker, and the
//! comparison of a draft's stated assessment with the recomputed one.

use crate::assess::{Assessment, MONEY_FIGURES};
use crate::checks::Status;
use crate::compare::{Comparison, SourceKind};
use crate::draft::Draft;
use crate::money::{format_money, Lang};
use serde_json::Value;
use std::fmt::Write;

/// The figures compared between a stated and a recomputed assessment.
pub const COMPARED_FIGURES: &[&str] = &[
    "verdict",
    "total_costs",
    "eligible_costs",
    "grant",
    "advance",
    "cap_binds",
    "excluded_costs",
    "potential_grant",
    "balance",
    "own_share",
];

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
    // The first six figures are in every export; the others may be absent.
    let always = &COMPARED_FIGURES[..6];
    COMPARED_FIGURES
        .iter()
        .filter_map(|figure| {
            let ours = recomputed.get(*figure).cloned().unwrap_or(Value::Null);
            match stated.get(*figure) {
                Some(theirs) if *theirs == ours => None,
                None if !always.contains(figure) => None,
                theirs => Some(Difference {
                    figure,
                    stated: theirs.cloned().unwrap_or(Value::Null),
                    recomputed: ours,
                }),
            }
        })
        .collect()
}

fn status_word(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Pass => lang.pick("OK", "PASS"),
        Status::Fail => lang.pick("ÉCHEC", "FAIL"),
        Status::Missing => lang.pick("MANQUE", "MISSING"),
        Status::Warning => lang.pick("ATTENTION", "WARNING"),
        Status::Info => "INFO",
    }
}

/// A readable report: verdict, figures with their derivations, every check
/// with the sentence it comes from, the budget line by line.
pub fn text_report(draft: &Draft, a: &Assessment, lang: Lang) -> String {
    let mut out = String::new();
    let title = if draft.project.title.trim().is_empty() {
        lang.pick("(projet sans titre)", "(untitled project)")
    } else {
        draft.project.title.trim()
    };
    let _ = writeln!(out, "Booster IA — {title}");
    let _ = writeln!(
        out,
        "{} {}",
        lang.pick("Règles en vigueur au", "Rules in force on"),
        a.rules_version
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{} {}",
        lang.pick("Verdict :", "Verdict:"),
        a.verdict.label(lang)
    );
    let _ = writeln!(out);
    for figure in MONEY_FIGURES {
        let _ = writeln!(
            out,
            "{:<30} {}",
            figure.get(lang),
            format_money(a.money_figure(figure.key).unwrap_or_default(), lang)
        );
        if let Some(how) = a.derivation(figure.key, lang) {
            let _ = writeln!(out, "    {how}");
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", lang.pick("Vérifications", "Checks"));
    for check in &a.checks {
        let _ = writeln!(
            out,
            "[{}] {} — {}",
            status_word(check.status, lang),
            check.id,
            check.message.get(lang)
        );
        let _ = writeln!(out, "    « {} »", check.citation);
        if lang == Lang::En {
            let _ = writeln!(out, "    ({})", check.citation_en);
        }
        if let Some(reading) = &check.reading {
            let _ = writeln!(
                out,
                "    {} {}",
                lang.pick("Lecture :", "Reading:"),
                reading.get(lang)
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", lang.pick("Budget", "Budget"));
    for (line, la) in draft.budget.iter().zip(&a.lines) {
        let label = if line.label.trim().is_empty() {
            &line.id
        } else {
            line.label.trim()
        };
        let category = lang.pick(line.category.label_fr(), line.category.label_en());
        let status = if la.eligible {
            lang.pick("éligible", "eligible")
        } else {
            lang.pick("exclue", "excluded")
        };
        let _ = writeln!(
            out,
            "- {label} ({category}) {} — {status}",
            format_money(la.amount, lang)
        );
        for e in &la.exclusions {
            let _ = writeln!(out, "    {} [{}]", e.reason.get(lang), e.rule);
        }
        if !la.payment_documents.is_empty() {
            let docs: Vec<&str> = la.payment_documents.iter().map(|d| d.get(lang)).collect();
            let _ = writeln!(
                out,
                "    {} {}",
                lang.pick("Pièces au paiement :", "Payment documents:"),
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
        lang.pick("Scénarios", "Scenarios"),
        c.scenarios.join(", "),
        differing.len(),
        lang.pick("différence(s)", "difference(s)")
    );
    for row in &differing {
        let _ = writeln!(out);
        let values: Vec<String> = c
            .scenarios
            .iter()
            .zip(&row.values)
            .map(|(name, v)| format!("{name} {}", v.label(lang)))
            .collect();
        let _ = writeln!(
            out,
            "{}{} {}",
            row.title.get(lang),
            lang.pick(" :", ":"),
            values.join(" | ")
        );
        for cause in &row.causes {
            let kind = match cause.kind {
                SourceKind::Rule => lang.pick("règle", "rule"),
                SourceKind::Parameter => lang.pick("paramètre", "parameter"),
            };
            let _ = writeln!(
                out,
                "  ← {kind} {} ({})",
                cause.source,
                cause.title.get(lang)
            );
            for detail in &cause.details {
                let _ = writeln!(out, "    - {}", detail.get(lang));
            }
            let _ = writeln!(out, "    « {} »", cause.citation);
            if lang == Lang::En {
                let _ = writeln!(out, "    In English: {}", cause.citation_en);
            }
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{} {}",
        c.rows.len() - differing.len(),
        lang.pick(
            "ligne(s) identique(s) dans tous les scénarios.",
            "row(s) the same in every scenario."
        )
    );
    out
}
