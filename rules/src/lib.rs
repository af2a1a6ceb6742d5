//! Booster IA (Région Normandie): the rules, the draft format v1 and the
//! assessment, with no web dependency. The app and the `booster-ia` checker
//! both stand on this crate; neither computes a figure itself.
//!
//! The path of a draft: [`format`] parses it into a [`Draft`]; [`assess`]
//! picks the [`params`] in force on its submission date, runs the [`rules`]
//! (facts, no sentences) and sums, caps and rounds into an [`Assessment`];
//! [`text`] words the facts in the language asked; [`json`] and [`report`]
//! render them for the checker; [`compare`] sets assessments side by side.
//!
//! A consortium's way of working ([`consortium`]): `part` writes and reads
//! one partner's part (its identity and budget lines), `merge` plans and does
//! the merge of parts into the lead's draft (conflicts as facts); `lines_csv`
//! (feature `csv`) takes budget lines to and from a spreadsheet.

pub mod advice;
pub mod assess;
pub mod compare;
pub mod consortium;
pub mod date;
pub mod draft;
pub mod fields;
pub mod figures;
pub mod format;
mod json;
#[cfg(feature = "csv")]
pub mod lines_csv;
pub mod locale;
pub mod money;
pub mod params;
pub mod report;
pub mod rules;
pub mod sent;
pub mod text;

pub use assess::{assess, assess_with, AssessError, Assessment, Verdict};
pub use date::Date;
pub use draft::Draft;
pub use figures::Figure;
pub use format::{export_draft, parse_draft, DraftError, DraftFile};
pub use json::{check_json, CheckReport};
pub use locale::Lang;
pub use rules::{Check, RuleId, Status};
pub use text::Text;
