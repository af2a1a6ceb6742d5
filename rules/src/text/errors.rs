//! What is wrong with a file or an amount. The error types (in `money`, `format`, `assess`) stay free of words: they are worded here.

use super::*;
use crate::assess::AssessError;

/// What is wrong with a draft file, without its path.
pub fn draft_problem(p: &crate::format::Problem, lang: Lang) -> String {
    said!(lang, draft_problem(p))
}

/// What is wrong with a draft file and where: `path : problem`.
pub fn draft_error(e: &crate::format::DraftError, lang: Lang) -> String {
    said!(lang, draft_error(e))
}

/// Why an amount could not be read.
pub fn amount_error(e: crate::money::AmountError, lang: Lang) -> &'static str {
    said!(lang, amount_error(e))
}

// The words of the errors live here, with every other sentence; the error
// types (in `money`, `format`, `assess`) stay free of them.

impl crate::money::AmountError {
    /// What went wrong, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        amount_error(self, lang)
    }
}

impl crate::format::DraftError {
    /// The problem alone, in `lang`.
    pub fn problem_text(&self, lang: Lang) -> String {
        draft_problem(&self.problem, lang)
    }

    /// `path: problem`, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        draft_error(self, lang)
    }
}

impl std::fmt::Display for crate::format::DraftError {
    /// In English, for the checker's standard error.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&draft_error(self, Lang::En))
    }
}

impl std::fmt::Display for AssessError {
    /// In English, for the checker's standard error.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&assess_error(self, Lang::En))
    }
}

/// Why the engine cannot compute with a draft.
pub fn assess_error(e: &AssessError, lang: Lang) -> String {
    said!(lang, assess_error(e))
}
