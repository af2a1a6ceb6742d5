//! The spreadsheets: columns and reading errors.

use super::*;
use crate::format::LineProblem;
use crate::format::{LineColumn, LineProblemKind};
use crate::text::plural;
use crate::text::SheetColumn;

pub(in crate::text) fn line_column(c: LineColumn) -> &'static str {
    match c {
        LineColumn::Partner => "partner",
        LineColumn::Category => "category",
        LineColumn::Label => "label",
        LineColumn::Amount => "amount excl. VAT",
        LineColumn::PermanentStaff => "permanent staff",
    }
}

pub(in crate::text) fn sheet_column(c: SheetColumn) -> &'static str {
    match c {
        SheetColumn::File => "file",
        SheetColumn::Title => "title",
        SheetColumn::Lead => "lead",
        SheetColumn::Verdict => "verdict",
        SheetColumn::Figure(f) => super::figures::figure_column(f),
        SheetColumn::Checks => "checks failing or missing",
        SheetColumn::Error => "error",
        SheetColumn::CheckIds => "check ids",
        SheetColumn::Eligible => "eligible",
        SheetColumn::Reasons => "why excluded",
        SheetColumn::Rules => "rules",
    }
}

pub(in crate::text) fn line_problem(k: &LineProblemKind) -> String {
    match k {
        LineProblemKind::Empty => format!(
            "empty file: the first line names the columns ({})",
            LineColumn::ALL.map(line_column).join(", ")
        ),
        LineProblemKind::Unreadable => "unreadable line (an unclosed quote?)".into(),
        LineProblemKind::MissingColumn { column } => format!(
            "column “{}” missing from the header row",
            line_column(*column)
        ),
        LineProblemKind::WrongColumnCount { expected, found } => format!(
            "{found} {} instead of {expected}",
            plural(L, *found, "cell", "cells")
        ),
        LineProblemKind::UnreadableAmount { text, error } => {
            format!("“{text}”: {}", amount_error(*error))
        }
        LineProblemKind::UnknownCategory { text } => format!(
            "unknown category “{text}”; categories: {}",
            crate::draft::Category::ALL
                .iter()
                .map(|c| crate::text::category(*c, L))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        LineProblemKind::UnknownPartner { text } => {
            format!("no partner of the draft is named “{text}” (or has that id)")
        }
        LineProblemKind::AmbiguousPartner { text } => {
            format!("several partners are named “{text}”: give the id of the one bearing the cost")
        }
        LineProblemKind::UnreadableYesNo { text } => format!("“{text}”: yes or no expected"),
        LineProblemKind::TextTooLong { column, limit } => format!(
            "{} too long ({limit} characters at most)",
            line_column(*column)
        ),
        LineProblemKind::TooManyLines { limit } => {
            format!("too many lines ({limit} at most in a draft): the rest is not read")
        }
    }
}

/// Yes or no, as a cell says it.
pub(in crate::text) fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

/// What is wrong at a line of the spreadsheet: "line 3: …".
pub(in crate::text) fn line_problem_at(p: &LineProblem) -> String {
    format!("line {}: {}", p.line, line_problem(&p.kind))
}
