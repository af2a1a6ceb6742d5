//! Reading a draft file strictly: size, shape, values, ids and limits, each
//! problem with the path of the field it is in.

use super::error::{DraftError, JsonType, Problem};
use super::*;
use crate::date::Date;
use crate::draft::*;
use crate::money::parse_amount;
use crate::rules::Criterion;
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use std::collections::HashSet;

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
    read_root(&parse_json(text)?)
}

/// The JSON of a file of the format's family (a draft, a partner's part),
/// refused when over the size limit, not JSON or nested too deep.
pub(crate) fn parse_json(text: &str) -> Result<Value, DraftError> {
    let text = without_bom(text);
    if text.len() > MAX_FILE_BYTES {
        return Err(DraftError::at(
            "",
            Problem::FileTooLarge { bytes: text.len() },
        ));
    }
    // serde_json stops at 128 levels of nesting, so a hostile file cannot
    // exhaust the stack; it reports that as a recursion limit.
    serde_json::from_str(text).map_err(|e| {
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
    })
}

/// A JSON object being read, with its path.
pub(crate) struct Obj<'a> {
    pub(crate) map: &'a Map<String, Value>,
    pub(crate) path: String,
}

/// The path of `key` inside the object at `path`.
pub(crate) fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The object at `path`, or a wrong-type error there.
pub(crate) fn object<'a>(value: &'a Value, path: &str) -> Result<Obj<'a>, DraftError> {
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
    pub(crate) fn keys(&self, required: &[&str], optional: &[&str]) -> Result<(), DraftError> {
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

    pub(crate) fn value(&self, key: &str) -> (&'a Value, String) {
        (
            self.map.get(key).unwrap_or(&Value::Null),
            child(&self.path, key),
        )
    }

    pub(crate) fn text(&self, key: &str) -> Result<String, DraftError> {
        let (value, path) = self.value(key);
        text_of(value, &path)
    }

    pub(crate) fn id(&self, key: &str) -> Result<String, DraftError> {
        let id = self.text(key)?;
        if id.trim().is_empty() {
            return Err(DraftError::at(&child(&self.path, key), Problem::BlankId));
        }
        Ok(id)
    }

    pub(crate) fn flag(&self, key: &str) -> Result<bool, DraftError> {
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

    pub(crate) fn object(&self, key: &str) -> Result<Obj<'a>, DraftError> {
        let (value, path) = self.value(key);
        object(value, &path)
    }

    pub(crate) fn array(
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

    /// An amount as the format writes it: a string, `""` while not known.
    pub(crate) fn amount(&self, key: &str) -> Result<Option<Decimal>, DraftError> {
        let (value, path) = self.value(key);
        match value {
            Value::String(text) if text.is_empty() => Ok(None),
            Value::String(text) => parse_amount(text)
                .map(Some)
                .map_err(|e| DraftError::at(&path, Problem::Amount(e))),
            _ => Err(DraftError::at(
                &path,
                Problem::WrongType {
                    expected: JsonType::String,
                },
            )),
        }
    }

    /// `true`, `false` or `null` (not known yet).
    pub(crate) fn maybe_flag(&self, key: &str) -> Result<Option<bool>, DraftError> {
        let (value, path) = self.value(key);
        match value {
            Value::Null => Ok(None),
            Value::Bool(b) => Ok(Some(*b)),
            _ => Err(DraftError::at(
                &path,
                Problem::WrongType {
                    expected: JsonType::BoolOrNull,
                },
            )),
        }
    }

    pub(crate) fn date(&self, key: &str) -> Result<Option<Date>, DraftError> {
        let (value, path) = self.value(key);
        match value {
            Value::Null => Ok(None),
            Value::String(text) => Date::parse(text)
                .map(Some)
                .ok_or_else(|| DraftError::at(&path, Problem::Date)),
            _ => Err(DraftError::at(&path, Problem::Date)),
        }
    }

    pub(crate) fn score(&self, key: &str, max: u32) -> Result<Option<u32>, DraftError> {
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
    match obj.map.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        // A partner's part is not a draft: it is merged into one.
        Some(PART_FORMAT) => return Err(DraftError::at("format", Problem::PartNotDraft)),
        _ => return Err(DraftError::at("format", Problem::WrongFormat)),
    }
    let version = match obj.map.get("version") {
        Some(v) if v.as_u64().is_some_and(|n| READS.contains(&n)) => v.as_u64().unwrap_or(VERSION),
        Some(v) => {
            return Err(DraftError::at(
                "version",
                Problem::WrongVersion {
                    found: v.to_string(),
                },
            ))
        }
        None => return Err(DraftError::at("version", Problem::Missing)),
    };
    let mut keys = vec![
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
    ];
    if version >= 2 {
        keys.extend(["de_minimis", "other_funding"]);
    }
    obj.keys(&keys, &["assessment"])?;
    let project = read_project(&obj.object("project")?)?;
    let partners = read_partners(&obj, version)?;
    let budget = read_budget(&obj, &partners, version)?;
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
    // A v1 draft has none of these: not known yet, which changes no figure.
    let (de_minimis, other_funding) = if version >= 2 {
        (
            read_de_minimis(&obj.object("de_minimis")?)?,
            read_other_funding(&obj)?,
        )
    } else {
        (DeMinimis::default(), Vec::new())
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
            de_minimis,
            other_funding,
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

fn read_partners(root: &Obj, version: u64) -> Result<Vec<Partner>, DraftError> {
    let (items, path) = root.array("partners", Some(MAX_PARTNERS))?;
    let mut seen = HashSet::new();
    let mut partners = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let partner = read_partner(&object(item, &format!("{path}[{i}]"))?, version)?;
        if !seen.insert(partner.id.clone()) {
            return Err(DraftError::at(
                &format!("{path}[{i}].id"),
                Problem::DuplicateId { id: partner.id },
            ));
        }
        partners.push(partner);
    }
    Ok(partners)
}

/// One partner, as a draft of `version` (or a partner's part) writes it.
pub(crate) fn read_partner(o: &Obj, version: u64) -> Result<Partner, DraftError> {
    let mut required = vec!["id", "name", "kind", "postcode", "role", "new_to_datalab"];
    if version >= 2 {
        required.push("vat_recoverable");
    }
    o.keys(&required, &["siret", "country"])?;
    let id = o.id("id")?;
    let (siret_value, siret_path) = o.value("siret");
    let siret = match siret_value {
        Value::Null => None,
        Value::String(text) => Some(
            Siret::parse_strict(text).ok_or_else(|| DraftError::at(&siret_path, Problem::Siret))?,
        ),
        _ => return Err(DraftError::at(&siret_path, Problem::Siret)),
    };
    Ok(Partner {
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
        country: read_country(o)?,
        vat_recoverable: o.maybe_flag("vat_recoverable")?,
        role: o.code("role", Role::from_code, Role::ALL, Role::code)?,
        new_to_datalab: o.flag("new_to_datalab")?,
    })
}

/// The optional `country` of a partner: France when absent (every v1 draft
/// written before the key existed).
fn read_country(o: &Obj) -> Result<Country, DraftError> {
    let (value, path) = o.value("country");
    match value {
        Value::Null => Ok(Country::FRANCE),
        Value::String(code) => {
            Country::parse(code).ok_or_else(|| DraftError::at(&path, Problem::Country))
        }
        _ => Err(DraftError::at(&path, Problem::Country)),
    }
}

/// The de minimis aids: a list is only given once declared complete.
fn read_de_minimis(o: &Obj) -> Result<DeMinimis, DraftError> {
    o.keys(&["declared", "aids"], &[])?;
    let declared = o.flag("declared")?;
    let (items, path) = o.array("aids", Some(MAX_DE_MINIMIS_AIDS))?;
    if !declared && !items.is_empty() {
        return Err(DraftError::at(&path, Problem::AidsNotDeclared));
    }
    let mut aids = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let a = object(item, &format!("{path}[{i}]"))?;
        a.keys(&["funder", "granted_on", "amount"], &[])?;
        aids.push(DeMinimisAid {
            funder: a.text("funder")?,
            granted_on: a.date("granted_on")?,
            amount: a.amount("amount")?,
        });
    }
    Ok(DeMinimis { declared, aids })
}

/// Other public funding of the project.
fn read_other_funding(root: &Obj) -> Result<Vec<OtherFunding>, DraftError> {
    let (items, path) = root.array("other_funding", Some(MAX_OTHER_FUNDING))?;
    let mut funding = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let f = object(item, &format!("{path}[{i}]"))?;
        f.keys(&["funder", "amount", "status"], &[])?;
        funding.push(OtherFunding {
            funder: f.text("funder")?,
            amount: f.amount("amount")?,
            status: f.code(
                "status",
                FundingStatus::from_code,
                FundingStatus::ALL,
                FundingStatus::code,
            )?,
        });
    }
    Ok(funding)
}

fn read_budget(
    root: &Obj,
    partners: &[Partner],
    version: u64,
) -> Result<Vec<BudgetLine>, DraftError> {
    let (items, path) = root.array("budget", Some(MAX_BUDGET_LINES))?;
    let partner_ids: HashSet<&str> = partners.iter().map(|p| p.id.as_str()).collect();
    let mut seen = HashSet::new();
    let mut lines = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let line = read_line(
            &object(item, &format!("{path}[{i}]"))?,
            LinePartner::Key(&partner_ids),
            version >= STAFF_NULL_FROM,
        )?;
        if !seen.insert(line.id.clone()) {
            return Err(DraftError::at(
                &format!("{path}[{i}].id"),
                Problem::DuplicateId { id: line.id },
            ));
        }
        lines.push(line);
    }
    Ok(lines)
}

/// Who bears the budget lines being read.
pub(crate) enum LinePartner<'a> {
    /// A draft's line: its `partner` key, empty or one of these ids.
    Key(&'a HashSet<&'a str>),
    /// A partner's part: no `partner` key, every line is this partner's.
    Fixed(&'a str),
}

/// One budget line, with or without its `partner` key; `staff_may_be_null`
/// where the file's version allows `permanent_staff: null` (not said yet).
pub(crate) fn read_line(
    o: &Obj,
    bearer: LinePartner,
    staff_may_be_null: bool,
) -> Result<BudgetLine, DraftError> {
    let mut keys = vec!["id", "category", "label", "amount", "permanent_staff"];
    if let LinePartner::Key(_) = bearer {
        keys.insert(1, "partner");
    }
    o.keys(&keys, &[])?;
    let id = o.id("id")?;
    let partner = match bearer {
        // An empty partner means "not chosen yet"; any other must exist.
        LinePartner::Key(ids) => {
            let partner = o.text("partner")?;
            if !partner.is_empty() && !ids.contains(partner.as_str()) {
                return Err(DraftError::at(
                    &child(&o.path, "partner"),
                    Problem::DanglingPartner { id: partner },
                ));
            }
            partner
        }
        LinePartner::Fixed(id) => id.to_string(),
    };
    let amount = o.amount("amount")?;
    Ok(BudgetLine {
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
        permanent_staff: if staff_may_be_null {
            o.maybe_flag("permanent_staff")?
        } else {
            // Before v3, `false` is an answer and `null` is refused here.
            Some(o.flag("permanent_staff")?)
        },
    })
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
