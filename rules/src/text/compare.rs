//! The comparison of scenarios: rows, cells, causes and their details.

use super::*;
use rust_decimal::Decimal;

/// A parameter's short name, where a comparison names it.
pub fn parameter_title(id: crate::compare::ParameterId, lang: Lang) -> &'static str {
    said!(lang, parameter_title(id))
}

/// A cell of the comparison table: a verdict, an amount or a status, in words.
pub fn cell(value: &crate::compare::Value, lang: Lang) -> String {
    use crate::compare::Value;
    match value {
        Value::Verdict(v) => verdict_label(*v, lang).to_string(),
        Value::Amount(a) => money(*a, lang),
        Value::Status(s) => status_label(*s, lang).to_string(),
        Value::Found(c) => format!(
            "{} — {}",
            status_label(c.status, lang),
            check_message(c, lang)
        ),
    }
}

/// `+4 750,00 €` / `−2 000,00 €`: a change of amount, signed.
pub fn signed_money(change: Decimal, lang: Lang) -> String {
    let sign = if change.is_sign_positive() { "+" } else { "" };
    format!("{sign}{}", money(change, lang))
}

/// The name of a row of the comparison.
pub fn row_title(key: crate::compare::RowKey, lang: Lang) -> &'static str {
    use crate::compare::RowKey;
    match key {
        RowKey::Verdict => verdict_title(lang),
        RowKey::Figure(f) => figure_name(f, lang),
        RowKey::Check(id) => rule_title(id, lang),
    }
}

/// The short name of the rule or parameter behind a difference.
pub fn source_title(source: crate::compare::Source, lang: Lang) -> &'static str {
    use crate::compare::Source;
    match source {
        Source::Rule(id) => rule_title(id, lang),
        Source::Parameter(id) => parameter_title(id, lang),
        Source::Lines => said!(lang, lines_title()),
    }
}

/// What a comparison shows for the cause of a difference: its kind and its
/// title (« Règle « Durée maximale » »), never an internal id.
pub fn source_heading(source: crate::compare::Source, lang: Lang) -> String {
    said!(lang, source_heading(source))
}

/// How a cause applies in the compared scenarios, as a sentence.
pub fn detail(d: &crate::compare::Detail, lang: Lang) -> String {
    said!(lang, detail(d))
}

/// The verdict's name as a row or a line of a report names it.
pub fn verdict_title(lang: Lang) -> &'static str {
    said!(lang, verdict_title())
}

/// A line as a comparison names it: its label quoted, or « Dépense 3 » by
/// its place when it has none.
pub(crate) fn compared_line(line: &crate::compare::LineName, lang: Lang) -> String {
    if line.label.is_empty() {
        line_label(line.label, line.position, lang)
    } else {
        quoted(line.label, lang)
    }
}
