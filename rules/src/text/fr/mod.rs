//! Le français : chaque fait du moteur en une phrase.

mod advice;
mod checks;
mod compare;
mod errors;
mod figures;
mod merge;
mod page;
mod places;
mod sheets;
mod titles;

use super::{date, money};

pub(super) use advice::suggestion;
pub(super) use checks::{check, field_reason};
pub(super) use compare::{detail, source_heading};
pub(super) use errors::{amount_error, assess_error, draft_problem};
pub(super) use figures::{derivation, figure_name, on_justification, reason};
pub(super) use merge::{conflict, line_change, part_match, partner_changes};
pub(super) use places::{country, location};
pub(super) use sheets::{line_column, line_problem, sheet_column};
pub(super) use titles::{
    criterion, document, reading, rule_title, status_label, status_tag, verdict_label,
};

const L: crate::locale::Lang = crate::locale::Lang::Fr;

fn d(x: crate::date::Date) -> String {
    date(x, L)
}

fn m(x: rust_decimal::Decimal) -> String {
    money(x, L)
}
