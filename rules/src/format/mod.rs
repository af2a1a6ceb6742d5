//! Draft format v1: reading a JSON draft strictly, with errors that name the
//! field path ([`read`], [`error`]), and writing it back with its assessment
//! ([`write`]). The errors are worded in the text module (`text`).

mod error;
mod read;
mod write;

pub use error::{DraftError, JsonType, Problem};
pub use read::{criterion_maximum, parse_draft, DraftFile};
pub use write::{draft_json, export_draft};

/// The `format` value every draft carries.
pub const FORMAT: &str = "booster-ia-draft";
/// The format version this code reads and writes.
pub const VERSION: u64 = 1;
/// Largest draft file, in bytes (5 MB).
pub const MAX_FILE_BYTES: usize = 5_000_000;
/// Most partners in one draft.
pub const MAX_PARTNERS: usize = 200;
/// Most budget lines in one draft.
pub const MAX_BUDGET_LINES: usize = 5_000;
/// Longest text field, in characters.
pub const MAX_TEXT_CHARS: usize = 5_000;
