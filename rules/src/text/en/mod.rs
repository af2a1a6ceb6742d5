//! English: each fact of the engine as a sentence.

mod advice;
mod checks;
mod compare;
mod errors;
mod figures;
mod merge;
mod names;
pub(super) mod page;
mod report;
pub(super) mod results;
mod sent;
mod sheets;
mod titles;

use super::{date, money, plural};

pub(super) use advice::*;
pub(super) use checks::*;
pub(super) use compare::*;
pub(super) use errors::*;
pub(super) use figures::*;
pub(super) use merge::*;
pub(super) use names::*;
pub(super) use report::*;
pub(super) use sent::*;
pub(super) use sheets::*;
pub(super) use titles::*;

const L: crate::locale::Lang = crate::locale::Lang::En;

fn d(x: crate::date::Date) -> String {
    date(x, L)
}

fn m(x: rust_decimal::Decimal) -> String {
    money(x, L)
}
