//! The spreadsheets: columns, cells and what is wrong with a line.

use super::*;

/// A column of the budget lines' spreadsheet, as its header row names it.
pub fn line_column(c: crate::format::LineColumn, lang: Lang) -> &'static str {
    said!(lang, line_column(c))
}

/// Yes or no, as a spreadsheet cell says it: `oui` / `non`, `yes` / `no`.
pub fn yes_no(value: bool, lang: Lang) -> &'static str {
    said!(lang, yes_no(value))
}

/// A column of the checker's other spreadsheets (`check-all --csv`, the
/// assessment's lines): one name per column, the same in both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetColumn {
    /// The draft's file.
    File,
    /// The project's title.
    Title,
    /// The lead.
    Lead,
    /// The verdict.
    Verdict,
    /// A money figure (its declaration says in which spreadsheets).
    Figure(crate::figures::Figure),
    /// The checks that fail or are missing.
    Checks,
    /// Why a file is invalid.
    Error,
    /// The ids of the checks that fail or are missing, for programs.
    CheckIds,
    /// Whether a line is eligible.
    Eligible,
    /// Why a line is left out.
    Reasons,
    /// The rules that leave it out.
    Rules,
}

/// A column's name in a spreadsheet.
pub fn sheet_column(c: SheetColumn, lang: Lang) -> &'static str {
    said!(lang, sheet_column(c))
}

/// What is wrong with a line of a budget lines' spreadsheet, without its line number.
pub fn line_problem_kind(k: &crate::format::LineProblemKind, lang: Lang) -> String {
    said!(lang, line_problem(k))
}

/// What is wrong with a line of a budget lines' spreadsheet, and where: `ligne 3 : …`.
pub fn line_problem(p: &crate::format::LineProblem, lang: Lang) -> String {
    said!(lang, line_problem_at(p))
}
