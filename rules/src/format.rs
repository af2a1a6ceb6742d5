//! Draft format v1: reading a JSON draft strictly, with errors that name the
//! field path, and writing it back with its assessment.

use crate::assess::Assessment;
use crate::date::Date;
use crate::draft::*;
use crate::money::{format_amount, parse_amount, AmountError, Lang};
use crate::rules::Criterion;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::fmt;

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
    /// A version this code does not read.
    WrongVersion { found: String },
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
    /// A string or `null`.
    StringOrNull,
    /// An object or `null`.
    ObjectOrNull,
}

/// A draft rejected as invalid: where, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftError {
    /// The field path, `budget[2].amount`; empty for the file as a whole.
    pub path: String,
    /// What is wrong there.
    pub problem: Problem,
}

impl DraftError {
    fn at(path: &str, problem: Problem) -> DraftError {
        DraftError {
            path: path.to_string(),
            problem,
        }
    }

    /// The problem alone, in `lang` (worded in [`crate::text`]).
    pub fn problem_text(&self, lang: Lang) -> String {
        crate::text::draft_problem(&self.problem, lang)
    }

    /// `path: problem`, in one language.
    pub fn message(&self, lang: Lang) -> String {
        crate::text::draft_error(self, lang)
    }
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DraftError {}

/// A draft read from a file, with the assessment it carried (never trusted).
#[derive(Clone, Debug, PartialEq)]
pub struct DraftFile {
    /// The draft.
    pub draft: Draft,
    /// The `assessment` object written at export, if the file had one.
    pub stated_assessment: Option<Value>,
}

/// Reads a draft file, checking size, shape, values, ids and limits.
pub fn parse_draft(text: &str) -> Result<DraftFile, DraftError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(DraftError::at(
            "",
            Problem::FileTooLarge { bytes: text.len() },
        ));
    }
    // serde_json stops at 128 levels of nesting, so a hostile file cannot
    // exhaust the stack; it reports that as a recursion limit.
    let root: Value = serde_json::from_str(text).map_err(|e| {
        if e.to_string().contains("recursion limit") {
            DraftError::at("", Problem::TooDeep)
        } else {
            DraftError::at(
                "",
                Problem::NotJson {
                    line: e.line(),
                    column: e.column(),
                },
            )
        }
    })?;
    read_root(&root)
}

/// A JSON object being read, with its path.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn object<'a>(value: &'a Value, path: &str) -> Result<Obj<'a>, DraftError> {
    match value {
        Value::Object(map) => Ok(Obj {
            map,
            path: path.to_string(),
        }),
        _ => Err(DraftError::at(
            path,
            Problem::WrongType {
                expected: JsonType::Object,
            },
        )),
    }
}

fn text_of(value: &Value, path: &str) -> Result<String, DraftError> {
    let text = value.as_str().ok_or_else(|| {
        DraftError::at(
            path,
            Problem::WrongType {
                expected: JsonType::String,
            },
        )
    })?;
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(DraftError::at(
            path,
            Problem::TextTooLong {
                limit: MAX_TEXT_CHARS,
            },
        ));
    }
    Ok(text.to_string())
}

impl<'a> Obj<'a> {
    /// Rejects unknown keys and absent required ones.
    fn keys(&self, required: &[&str], optional: &[&str]) -> Result<(), DraftError> {
        for key in self.map.keys() {
            if !required.contains(&key.as_str()) && !optional.contains(&key.as_str()) {
                return Err(DraftError::at(&child(&self.path, key), Problem::Unknown));
            }
        }
        for key in required {
            if !self.map.contains_key(*key) {
                return Err(DraftError::at(&child(&self.path, key), Problem::Missing));
            }
        }
        Ok(())
    }

    fn value(&self, key: &str) -> (&'a Value, String) {
        (
            self.map.get(key).unwrap_or(&Value::Null),
            child(&self.path, key),
        )
    }

    fn text(&self, key: &str) -> Result<String, DraftError> {
        let (value, path) = self.value(key);
        text_of(value, &path)
    }

    fn id(&self, key: &str) -> Result<String, DraftError> {
        let id = self.text(key)?;
        if id.trim().is_empty() {
            return Err(DraftError::at(&child(&self.path, key), Problem::BlankId));
        }
        Ok(id)
    }

    fn flag(&self, key: &str) -> Result<bool, DraftError> {
        let (value, path) = self.value(key);
        value.as_bool().ok_or_else(|| {
            DraftError::at(
                &path,
                Problem::WrongType {
                    expected: JsonType::Bool,
                },
            )
        })
    }

    fn object(&self, key: &str) -> Result<Obj<'a>, DraftError> {
        let (value, path) = self.value(key);
        object(value, &path)
    }

    fn array(
        &self,
        key: &str,
        limit: Option<usize>,
    ) -> Result<(&'a Vec<Value>, String), DraftError> {
        let (value, path) = self.value(key);
        let items = value.as_array().ok_or_else(|| {
            DraftError::at(
                &path,
                Problem::WrongType {
                    expected: JsonType::Array,
                },
            )
        })?;
        if let Some(limit) = limit {
            if items.len() > limit {
                return Err(DraftError::at(&path, Problem::TooMany { limit }));
            }
        }
        Ok((items, path))
    }

    fn code<T: Copy>(
        &self,
        key: &str,
        from_code: fn(&str) -> Option<T>,
        all: &[T],
        code: fn(T) -> &'static str,
    ) -> Result<T, DraftError> {
        let (value, path) = self.value(key);
        let text = value.as_str().ok_or_else(|| {
            DraftError::at(
                &path,
                Problem::WrongType {
                    expected: JsonType::String,
                },
            )
        })?;
        from_code(text).ok_or_else(|| {
            let allowed = all.iter().map(|v| code(*v)).collect::<Vec<_>>().join(", ");
            DraftError::at(&path, Problem::UnknownValue { allowed })
        })
    }

    fn date(&self, key: &str) -> Result<Option<Date>, DraftError> {
        let (value, path) = self.value(key);
        match value {
            Value::Null => Ok(None),
            Value::String(text) => Date::parse(text)
                .map(Some)
                .ok_or_else(|| DraftError::at(&path, Problem::Date)),
            _ => Err(DraftError::at(&path, Problem::Date)),
        }
    }

    fn score(&self, key: &str, max: u32) -> Result<Option<u32>, DraftError> {
        let (value, path) = self.value(key);
        match value {
            Value::Null => Ok(None),
            // A whole number written with a decimal point (`10.0`) is still a whole mark.
            Value::Number(n) => match n.as_u64().or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= max as f64)
                    .map(|f| f as u64)
            }) {
                Some(mark) if mark <= max as u64 => Ok(Some(mark as u32)),
                _ => Err(DraftError::at(&path, Problem::Score { max })),
            },
            _ => Err(DraftError::at(&path, Problem::Score { max })),
        }
    }
}

fn read_root(root: &Value) -> Result<DraftFile, DraftError> {
    let obj = object(root, "").map_err(|_| DraftError::at("", Problem::WrongFormat))?;
    // Format and version first: a file of another kind gets that message,
    // not a list of missing fields.
    if obj.map.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DraftError::at("format", Problem::WrongFormat));
    }
    match obj.map.get("version") {
        Some(v) if v.as_u64() == Some(VERSION) => {}
        Some(v) => {
            return Err(DraftError::at(
                "version",
                Problem::WrongVersion {
                    found: v.to_string(),
                },
            ))
        }
        None => return Err(DraftError::at("version", Problem::Missing)),
    }
    obj.keys(
        &[
            "format",
            "version",
            "project",
            "partners",
            "budget",
            "timeline",
            "indicators",
            "commons",
            "commitments",
            "self_assessment",
            "advance",
        ],
        &["assessment"],
    )?;
    let project = read_project(&obj.object("project")?)?;
    let partners = read_partners(&obj)?;
    let budget = read_budget(&obj, &partners)?;
    let timeline = read_timeline(&obj.object("timeline")?)?;
    let indicators = read_indicators(&obj)?;
    let commons = {
        let o = obj.object("commons")?;
        o.keys(&["experience_report", "tools_or_content", "open_data"], &[])?;
        Commons {
            experience_report: o.flag("experience_report")?,
            tools_or_content: o.text("tools_or_content")?,
            open_data: o.text("open_data")?,
        }
    };
    let commitments = {
        let o = obj.object("commitments")?;
        o.keys(&["report_indicators", "collective_review"], &[])?;
        Commitments {
            report_indicators: o.flag("report_indicators")?,
            collective_review: o.flag("collective_review")?,
        }
    };
    let self_assessment = read_self_assessment(&obj.object("self_assessment")?)?;
    let advance = {
        let o = obj.object("advance")?;
        o.keys(&["requested", "justification"], &[])?;
        AdvanceRequest {
            requested: o.flag("requested")?,
            justification: o.text("justification")?,
        }
    };
    let stated_assessment = match obj.map.get("assessment") {
        None | Some(Value::Null) => None,
        Some(v @ Value::Object(_)) => Some(v.clone()),
        Some(_) => {
            return Err(DraftError::at(
                "assessment",
                Problem::WrongType {
                    expected: JsonType::ObjectOrNull,
                },
            ))
        }
    };
    Ok(DraftFile {
        draft: Draft {
            project,
            partners,
            budget,
            timeline,
            indicators,
            commons,
            commitments,
            self_assessment,
            advance,
        },
        stated_assessment,
    })
}

fn read_project(o: &Obj) -> Result<Project, DraftError> {
    o.keys(
        &["title", "summary", "ai_use", "data_used", "s3_domain"],
        &[],
    )?;
    let (domain, path) = o.value("s3_domain");
    let s3_domain = match domain {
        Value::Null => None,
        _ => Some(
            o.code(
                "s3_domain",
                S3Domain::from_code,
                S3Domain::ALL,
                S3Domain::code,
            )
            .map_err(|e| match e.problem {
                Problem::WrongType { .. } => DraftError::at(
                    &path,
                    Problem::WrongType {
                        expected: JsonType::StringOrNull,
                    },
                ),
                _ => e,
            })?,
        ),
    };
    Ok(Project {
        title: o.text("title")?,
        summary: o.text("summary")?,
        ai_use: o.text("ai_use")?,
        data_used: o.text("data_used")?,
        s3_domain,
    })
}

fn read_partners(root: &Obj) -> Result<Vec<Partner>, DraftError> {
    let (items, path) = root.array("partners", Some(MAX_PARTNERS))?;
    let mut seen = HashSet::new();
    let mut partners = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let o = object(item, &format!("{path}[{i}]"))?;
        o.keys(
            &["id", "name", "kind", "postcode", "role", "new_to_datalab"],
            &["siret"],
        )?;
        let id = o.id("id")?;
        if !seen.insert(id.clone()) {
            return Err(DraftError::at(
                &child(&o.path, "id"),
                Problem::DuplicateId { id },
            ));
        }
        let (siret_value, siret_path) = o.value("siret");
        let siret = match siret_value {
            Value::Null => None,
            Value::String(text) => Some(
                Siret::parse_strict(text)
                    .ok_or_else(|| DraftError::at(&siret_path, Problem::Siret))?,
            ),
            _ => return Err(DraftError::at(&siret_path, Problem::Siret)),
        };
        partners.push(Partner {
            id,
            name: o.text("name")?,
            kind: o.code(
                "kind",
                PartnerKind::from_code,
                PartnerKind::ALL,
                PartnerKind::code,
            )?,
            siret,
            postcode: o.text("postcode")?,
            role: o.code("role", Role::from_code, Role::ALL, Role::code)?,
            new_to_datalab: o.flag("new_to_datalab")?,
        });
    }
    Ok(partners)
}

fn read_budget(root: &Obj, partners: &[Partner]) -> Result<Vec<BudgetLine>, DraftError> {
    let (items, path) = root.array("budget", Some(MAX_BUDGET_LINES))?;
    let partner_ids: HashSet<&str> = partners.iter().map(|p| p.id.as_str()).collect();
    let mut seen = HashSet::new();
    let mut lines = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let o = object(item, &format!("{path}[{i}]"))?;
        o.keys(
            &[
                "id",
                "partner",
                "category",
                "label",
                "amount",
                "permanent_staff",
            ],
            &[],
        )?;
        let id = o.id("id")?;
        if !seen.insert(id.clone()) {
            return Err(DraftError::at(
                &child(&o.path, "id"),
                Problem::DuplicateId { id },
            ));
        }
        // An empty partner means "not chosen yet"; any other must exist.
        let partner = o.text("partner")?;
        if !partner.is_empty() && !partner_ids.contains(partner.as_str()) {
            return Err(DraftError::at(
                &child(&o.path, "partner"),
                Problem::DanglingPartner { id: partner },
            ));
        }
        let (amount_value, amount_path) = o.value("amount");
        let amount = match amount_value {
            Value::String(text) if text.is_empty() => None,
            Value::String(text) => Some(
                parse_amount(text).map_err(|e| DraftError::at(&amount_path, Problem::Amount(e)))?,
            ),
            _ => {
                return Err(DraftError::at(
                    &amount_path,
                    Problem::WrongType {
                        expected: JsonType::String,
                    },
                ))
            }
        };
        lines.push(BudgetLine {
            id,
            partner,
            category: o.code(
                "category",
                Category::from_code,
                Category::ALL,
                Category::code,
            )?,
            label: o.text("label")?,
            amount,
            permanent_staff: o.flag("permanent_staff")?,
        });
    }
    Ok(lines)
}

fn read_timeline(o: &Obj) -> Result<Timeline, DraftError> {
    o.keys(&["submission", "start", "end", "milestones"], &[])?;
    let (items, path) = o.array("milestones", None)?;
    let mut milestones = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let m = object(item, &format!("{path}[{i}]"))?;
        m.keys(&["label", "date"], &[])?;
        milestones.push(Milestone {
            label: m.text("label")?,
            date: m.date("date")?,
        });
    }
    Ok(Timeline {
        submission: o.date("submission")?,
        start: o.date("start")?,
        end: o.date("end")?,
        milestones,
    })
}

fn read_indicators(root: &Obj) -> Result<Vec<Indicator>, DraftError> {
    let (items, path) = root.array("indicators", None)?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let o = object(item, &format!("{path}[{i}]"))?;
            o.keys(&["label", "target"], &[])?;
            Ok(Indicator {
                label: o.text("label")?,
                target: o.text("target")?,
            })
        })
        .collect()
}

/// The highest mark the draft format accepts for `criterion`: its maximum in
/// the latest version of the scheme. The form keeps to it too.
pub fn criterion_maximum(criterion: Criterion) -> u32 {
    criterion.maximum(&crate::params::current())
}

fn read_self_assessment(o: &Obj) -> Result<SelfAssessment, DraftError> {
    o.keys(&Criterion::ALL.map(Criterion::code), &[])?;
    let mark = |c: Criterion| o.score(c.code(), criterion_maximum(c));
    Ok(SelfAssessment {
        quality: mark(Criterion::Quality)?,
        feasibility: mark(Criterion::Feasibility)?,
        regional_interest: mark(Criterion::RegionalInterest)?,
        responsible_digital: mark(Criterion::ResponsibleDigital)?,
        security: mark(Criterion::Security)?,
        reproducibility: mark(Criterion::Reproducibility)?,
    })
}

// ---- Writing ---------------------------------------------------------------

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    project: ProjectOut<'a>,
    partners: Vec<PartnerOut<'a>>,
    budget: Vec<LineOut<'a>>,
    timeline: TimelineOut<'a>,
    indicators: Vec<IndicatorOut<'a>>,
    commons: CommonsOut<'a>,
    commitments: CommitmentsOut,
    self_assessment: ScoresOut,
    advance: AdvanceOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    assessment: Option<&'a Assessment>,
}

#[derive(Serialize)]
struct ProjectOut<'a> {
    title: &'a str,
    summary: &'a str,
    ai_use: &'a str,
    data_used: &'a str,
    s3_domain: Option<&'static str>,
}

#[derive(Serialize)]
struct PartnerOut<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'static str,
    siret: Option<&'a str>,
    postcode: &'a str,
    role: &'static str,
    new_to_datalab: bool,
}

#[derive(Serialize)]
struct LineOut<'a> {
    id: &'a str,
    partner: &'a str,
    category: &'static str,
    label: &'a str,
    amount: String,
    permanent_staff: bool,
}

#[derive(Serialize)]
struct TimelineOut<'a> {
    submission: Option<String>,
    start: Option<String>,
    end: Option<String>,
    milestones: Vec<MilestoneOut<'a>>,
}

#[derive(Serialize)]
struct MilestoneOut<'a> {
    label: &'a str,
    date: Option<String>,
}

#[derive(Serialize)]
struct IndicatorOut<'a> {
    label: &'a str,
    target: &'a str,
}

#[derive(Serialize)]
struct CommonsOut<'a> {
    experience_report: bool,
    tools_or_content: &'a str,
    open_data: &'a str,
}

#[derive(Serialize)]
struct CommitmentsOut {
    report_indicators: bool,
    collective_review: bool,
}

#[derive(Serialize)]
struct ScoresOut {
    quality: Option<u32>,
    feasibility: Option<u32>,
    regional_interest: Option<u32>,
    responsible_digital: Option<u32>,
    security: Option<u32>,
    reproducibility: Option<u32>,
}

#[derive(Serialize)]
struct AdvanceOut<'a> {
    requested: bool,
    justification: &'a str,
}

/// Writes the draft as format v1 JSON (two-space indented), with its assessment.
pub fn export_draft(draft: &Draft, assessment: &Assessment) -> String {
    let mut text = serde_json::to_string_pretty(&file_out(draft, Some(assessment)))
        .expect("plain data always serialises");
    text.push('\n');
    text
}

/// Writes the draft as compact format v1 JSON without an assessment (for share links).
pub fn draft_json(draft: &Draft) -> String {
    serde_json::to_string(&file_out(draft, None)).expect("plain data always serialises")
}

fn file_out<'a>(draft: &'a Draft, assessment: Option<&'a Assessment>) -> FileOut<'a> {
    let date = |d: Option<Date>| d.map(|d| d.to_string());
    let s = &draft.self_assessment;
    FileOut {
        format: FORMAT,
        version: VERSION,
        project: ProjectOut {
            title: &draft.project.title,
            summary: &draft.project.summary,
            ai_use: &draft.project.ai_use,
            data_used: &draft.project.data_used,
            s3_domain: draft.project.s3_domain.map(S3Domain::code),
        },
        partners: draft
            .partners
            .iter()
            .map(|p| PartnerOut {
                id: &p.id,
                name: &p.name,
                kind: p.kind.code(),
                siret: p.siret.as_ref().map(Siret::as_str),
                postcode: &p.postcode,
                role: p.role.code(),
                new_to_datalab: p.new_to_datalab,
            })
            .collect(),
        budget: draft
            .budget
            .iter()
            .map(|l| LineOut {
                id: &l.id,
                partner: &l.partner,
                category: l.category.code(),
                label: &l.label,
                amount: l.amount.map(format_amount).unwrap_or_default(),
                permanent_staff: l.permanent_staff,
            })
            .collect(),
        timeline: TimelineOut {
            submission: date(draft.timeline.submission),
            start: date(draft.timeline.start),
            end: date(draft.timeline.end),
            milestones: draft
                .timeline
                .milestones
                .iter()
                .map(|m| MilestoneOut {
                    label: &m.label,
                    date: date(m.date),
                })
                .collect(),
        },
        indicators: draft
            .indicators
            .iter()
            .map(|i| IndicatorOut {
                label: &i.label,
                target: &i.target,
            })
            .collect(),
        commons: CommonsOut {
            experience_report: draft.commons.experience_report,
            tools_or_content: &draft.commons.tools_or_content,
            open_data: &draft.commons.open_data,
        },
        commitments: CommitmentsOut {
            report_indicators: draft.commitments.report_indicators,
            collective_review: draft.commitments.collective_review,
        },
        self_assessment: ScoresOut {
            quality: s.quality,
            feasibility: s.feasibility,
            regional_interest: s.regional_interest,
            responsible_digital: s.responsible_digital,
            security: s.security,
            reproducibility: s.reproducibility,
        },
        advance: AdvanceOut {
            requested: draft.advance.requested,
            justification: &draft.advance.justification,
        },
        assessment,
    }
}
