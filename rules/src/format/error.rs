//! What is wrong with a draft file, and where (its field path). Worded, and
//! displayed, in the text module (`text`).

use crate::money::AmountError;

/// What is wrong with a draft file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is larger than the format allows.
    FileTooLarge { bytes: usize },
    /// Not JSON at all: where the reading stopped (from 1).
    NotJson { line: usize, column: usize },
    /// JSON nested deeper than any draft is.
    TooDeep,
    /// Not a Booster IA draft.
    WrongFormat,
    /// A partner's part given where a draft is expected.
    PartNotDraft,
    /// Not a partner's part (a whole draft, or another file).
    NotAPart {
        /// Whether it is a whole draft.
        draft: bool,
    },
    /// A version this code does not read.
    WrongVersion { found: String },
    /// A version of the part format this code does not read.
    WrongPartVersion { found: String },
    /// A required key is absent.
    Missing,
    /// A key the format does not have.
    Unknown,
    /// A value of the wrong JSON type.
    WrongType { expected: JsonType },
    /// A code outside its list.
    UnknownValue { allowed: String },
    /// An amount that cannot be read.
    Amount(AmountError),
    /// Not a real `YYYY-MM-DD` date.
    Date,
    /// A mark outside 0..max.
    Score { max: u32 },
    /// Not 14 digits passing the Luhn check.
    Siret,
    /// Not two capital letters (ISO 3166-1 alpha-2).
    Country,
    /// De minimis aids listed while the list is not declared complete.
    AidsNotDeclared,
    /// An id used twice.
    DuplicateId { id: String },
    /// A reference to a partner that does not exist.
    DanglingPartner { id: String },
    /// An empty id.
    BlankId,
    /// More items than the format allows.
    TooMany { limit: usize },
    /// A text longer than the format allows.
    TextTooLong { limit: usize },
}

/// The JSON type a field of the format expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// A string.
    String,
    /// An object.
    Object,
    /// An array.
    Array,
    /// `true` or `false`.
    Bool,
    /// `true`, `false` or `null`.
    BoolOrNull,
    /// A string or `null`.
    StringOrNull,
    /// An object or `null`.
    ObjectOrNull,
}

/// A draft rejected as invalid: where, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftError {
    /// The field path, `budget[2].amount` (`partner.siret` in a partner's
    /// part); empty for the file as a whole.
    pub path: String,
    /// What is wrong there.
    pub problem: Problem,
}

impl DraftError {
    pub(crate) fn at(path: &str, problem: Problem) -> DraftError {
        DraftError {
            path: path.to_string(),
            problem,
        }
    }
}

impl std::error::Error for DraftError {}

/// A column of the budget lines' spreadsheet (CSV), in the order written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LineColumn {
    /// Who bears the line: the partner's name (or id).
    Partner,
    /// The category.
    Category,
    /// The label.
    Label,
    /// The amount excluding VAT.
    Amount,
    /// Permanent staff: yes or no.
    PermanentStaff,
}

impl LineColumn {
    /// Every column, in the order written.
    pub const ALL: [LineColumn; 5] = [
        LineColumn::Partner,
        LineColumn::Category,
        LineColumn::Label,
        LineColumn::Amount,
        LineColumn::PermanentStaff,
    ];
}

/// What is wrong with one line of a budget lines' spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineProblemKind {
    /// Nothing at all, not even the header row.
    Empty,
    /// The CSV cannot be read there.
    Unreadable,
    /// The header row lacks a column.
    MissingColumn {
        /// The column.
        column: LineColumn,
    },
    /// A row with another number of cells than the header.
    WrongColumnCount {
        /// Cells in the header.
        expected: usize,
        /// Cells in this row.
        found: usize,
    },
    /// An amount that cannot be read.
    UnreadableAmount {
        /// The cell.
        text: String,
        /// Why.
        error: AmountError,
    },
    /// Not a category of the list, in either language.
    UnknownCategory {
        /// The cell.
        text: String,
    },
    /// No partner of the draft has this name or id.
    UnknownPartner {
        /// The cell.
        text: String,
    },
    /// Several partners of the draft have this name.
    AmbiguousPartner {
        /// The cell.
        text: String,
    },
    /// Neither yes nor no.
    UnreadableYesNo {
        /// The cell.
        text: String,
    },
    /// A text longer than the format allows.
    TextTooLong {
        /// The column.
        column: LineColumn,
        /// The most characters allowed.
        limit: usize,
    },
    /// More lines than a draft holds: the rest is not read.
    TooManyLines {
        /// The most lines allowed.
        limit: usize,
    },
}

/// A line of a budget lines' spreadsheet that could not be read: where, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineProblem {
    /// The line in the file, from 1 (the header is line 1; a quoted cell
    /// over several lines counts them all).
    pub line: usize,
    /// What is wrong there.
    pub kind: LineProblemKind,
}
