//! Format errors: draft, amount, computation.

use crate::assess::AssessError;
use crate::format::DraftError;
use crate::format::{JsonType, Problem, FORMAT, VERSION};
use crate::money::{max_line_amount, AmountError};

pub(in crate::text) fn assess_error(e: &AssessError) -> String {
    match e {
        AssessError::AmountTooLarge { line } => format!(
            "budget line {line}: amount above {} €, too large to compute with",
            max_line_amount()
        ),
        AssessError::NegativeAmount { line } => format!("budget line {line}: negative amount"),
    }
}

pub(in crate::text) fn amount_error(e: AmountError) -> &'static str {
    match e {
        AmountError::Malformed => "unreadable amount: digits, with at most two decimals",
        AmountError::Negative => "an amount cannot be negative",
        AmountError::TooManyDecimals => "at most two decimals (cents)",
        AmountError::TooLarge => "amount too large to compute with",
    }
}

fn json_type(t: JsonType) -> &'static str {
    match t {
        JsonType::String => "a string",
        JsonType::Object => "an object",
        JsonType::Array => "an array",
        JsonType::Bool => "true or false",
        JsonType::BoolOrNull => "true, false or null",
        JsonType::StringOrNull => "a string or null",
        JsonType::ObjectOrNull => "an object or null",
    }
}

pub(in crate::text) fn draft_problem(p: &Problem) -> String {
    match p {
        Problem::FileTooLarge { bytes } => format!("file too large ({bytes} bytes; 5 MB at most)"),
        Problem::NotJson { line, column } => {
            format!("not valid JSON (line {line}, column {column})")
        }
        Problem::TooDeep => "JSON nested too deeply to be a draft".into(),
        Problem::WrongFormat => format!("not a Booster IA draft (\"format\" must be \"{FORMAT}\")"),
        Problem::WrongVersion { found } => {
            format!("version {found} is not supported: this simulator reads versions 1 to {VERSION}")
        }
        Problem::PartNotDraft => "this is a partner's part, not a draft: merge it into the lead's draft".into(),
        Problem::NotAPart { draft: true } => "this is a whole draft, not a partner's part: open it as a draft".into(),
        Problem::NotAPart { draft: false } => format!(
            "not a Booster IA partner's part (\"format\" must be \"{}\")",
            crate::format::PART_FORMAT
        ),
        Problem::WrongPartVersion { found } => format!(
            "part version {found} is not supported: this simulator reads versions 1 and {}",
            crate::format::PART_VERSION
        ),
        Problem::Missing => "required field missing".into(),
        Problem::Unknown => "field unknown to the format".into(),
        Problem::WrongType { expected } => format!("wrong type: {} expected", json_type(*expected)),
        Problem::UnknownValue { allowed } => format!("unknown value; allowed: {allowed}"),
        Problem::Amount(e) => amount_error(*e).into(),
        Problem::Date => "impossible or malformed date (YYYY-MM-DD expected, or null)".into(),
        Problem::Score { max } => format!("a whole mark from 0 to {max} expected, or null"),
        Problem::AidsNotDeclared => "de minimis aids are listed while the list is not declared complete (\"declared\" is false)".into(),
        Problem::Country => {
            "invalid country: two capital letters (ISO 3166-1 code, \"BE\"), or absent for France"
                .into()
        }
        Problem::Siret => "invalid SIRET: 14 digits passing the Luhn check, or null".into(),
        Problem::DuplicateId { id } => format!("id \"{id}\" used twice"),
        Problem::DanglingPartner { id } => format!("no partner has id \"{id}\""),
        Problem::BlankId => "empty id".into(),
        Problem::TooMany { limit } => format!("too many items ({limit} at most)"),
        Problem::TextTooLong { limit } => format!("text too long ({limit} characters at most)"),
    }
}

/// What is wrong with a draft and where: "path: problem".
pub(in crate::text) fn draft_error(e: &DraftError) -> String {
    let problem = draft_problem(&e.problem);
    match e.path.is_empty() {
        true => problem,
        false => format!("{}: {problem}", e.path),
    }
}
