//! Draft format v3 (v1 and v2 read as v3): reading a JSON draft strictly, with errors that name the
//! field path (`read`, `error`), and writing it back with its assessment
//! (`write`). The errors are worded in the text module (`text`), with
//! those of a budget lines' spreadsheet ([`LineProblem`]), kept here so the
//! text module stays below the CSV it words. The family's other file, a
//! partner's part, is named here ([`PART_FORMAT`]) and read and written by
//! `consortium::part`, which stands on this module, never the reverse.

mod error;
pub(crate) mod read;
pub(crate) mod write;

pub use error::{DraftError, JsonType, LineColumn, LineProblem, LineProblemKind, Problem};
pub use read::{criterion_maximum, parse_draft, DraftFile};
pub use write::{draft_json, export_draft};

/// The `format` value every draft carries.
pub const FORMAT: &str = "booster-ia-draft";
/// The format version this code writes.
pub const VERSION: u64 = 3;
/// The format versions this code reads (a v1 draft reads as v2 with the
/// additions not known yet; v3 is v2 where `permanent_staff` may be `null`,
/// not said yet, so a v1 or v2 line always carries an answer).
pub const READS: [u64; 3] = [1, 2, 3];
/// The first version where a budget line's `permanent_staff` may be `null`.
pub const STAFF_NULL_FROM: u64 = 3;
/// The `format` value every partner's part carries (a file of the same
/// family as a draft: read and written by [`crate::consortium::part`]).
pub const PART_FORMAT: &str = "booster-ia-part";
/// The part format version this code writes: v1 where a line's
/// `permanent_staff` may also be `null` (not said yet), as in drafts v3.
pub const PART_VERSION: u64 = 2;
/// The part format versions this code reads (a v1 line always carries an answer).
pub const PART_READS: [u64; 2] = [1, 2];
/// Most de minimis aids in one draft.
pub const MAX_DE_MINIMIS_AIDS: usize = 100;
/// Most other fundings in one draft.
pub const MAX_OTHER_FUNDING: usize = 100;
/// Largest draft file, in bytes (5 MB).
pub const MAX_FILE_BYTES: usize = 5_000_000;
/// Most partners in one draft.
pub const MAX_PARTNERS: usize = 200;
/// Most budget lines in one draft.
pub const MAX_BUDGET_LINES: usize = 5_000;
/// Longest text field, in characters.
pub const MAX_TEXT_CHARS: usize = 5_000;

/// A file's text without the UTF-8 byte-order mark some editors write first
/// (Windows Notepad): the page's browser drops it when it reads a file, so
/// every reader of drafts, parts and spreadsheets drops it here too, and the
/// same file reads the same on the page and in the checker.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}
