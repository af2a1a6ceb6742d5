//! A partner's part: what one partner of a consortium sends the lead — its
//! identity and its budget lines, with the draft's title and the day it was
//! exported. Written and read like a draft (the same keys, the same strict
//! reading with field paths, the same limits); merged into the lead's draft
//! by [`super::merge`]. Its format's name and versions sit with the draft's
//! ([`crate::format::PART_FORMAT`]), so a draft's reader tells a part apart
//! without naming this module.

use crate::date::Date;
use crate::draft::{BudgetLine, Draft, Partner};
use crate::format::read::{object, parse_json, read_line, read_partner, LinePartner};
use crate::format::write::{partner_out, PartnerOut};
use crate::format::{DraftError, Problem, MAX_BUDGET_LINES, PART_FORMAT, PART_READS, PART_VERSION};
use crate::money::format_amount;
use serde::Serialize;
use serde_json::Value;
use std::collections::HashSet;

/// A partner's part read from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct PartFile {
    /// The title of the draft it was exported from.
    pub title: String,
    /// The day it was exported (`None`: not said).
    pub exported: Option<Date>,
    /// The partner, as its own draft describes it.
    pub partner: Partner,
    /// Its budget lines, each borne by `partner.id`.
    pub lines: Vec<BudgetLine>,
}

#[derive(Serialize)]
struct PartOut<'a> {
    format: &'static str,
    version: u64,
    title: &'a str,
    exported: String,
    partner: PartnerOut<'a>,
    budget: Vec<PartLineOut<'a>>,
}

/// A budget line without its `partner` key: in a part, every line is the partner's.
#[derive(Serialize)]
struct PartLineOut<'a> {
    id: &'a str,
    category: &'static str,
    label: &'a str,
    amount: String,
    permanent_staff: Option<bool>,
}

/// The part of partner `partner_id` of `draft`, as JSON (two-space indented);
/// `None` when the draft has no such partner.
pub fn part_json(draft: &Draft, partner_id: &str, exported: Date) -> Option<String> {
    let partner = draft.partner(partner_id)?;
    let out = PartOut {
        format: PART_FORMAT,
        version: PART_VERSION,
        title: &draft.project.title,
        exported: exported.to_string(),
        partner: partner_out(partner),
        budget: draft
            .budget
            .iter()
            .filter(|l| l.partner == partner.id)
            .map(|l| PartLineOut {
                id: &l.id,
                category: l.category.code(),
                label: &l.label,
                amount: l.amount.map(format_amount).unwrap_or_default(),
                permanent_staff: l.permanent_staff,
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&out).expect("plain data always serialises");
    text.push('\n');
    Some(text)
}

/// Reads a partner's part strictly, each problem with its field path
/// (`partner.siret`, `budget[2].amount`).
pub fn parse_part(text: &str) -> Result<PartFile, DraftError> {
    let root = parse_json(text)?;
    let obj =
        object(&root, "").map_err(|_| DraftError::at("", Problem::NotAPart { draft: false }))?;
    // Format and version first, as for a draft: a file of another kind gets
    // that message, not a list of missing fields.
    match obj.map.get("format").and_then(Value::as_str) {
        Some(PART_FORMAT) => {}
        Some(crate::format::FORMAT) => {
            return Err(DraftError::at("format", Problem::NotAPart { draft: true }))
        }
        _ => return Err(DraftError::at("format", Problem::NotAPart { draft: false })),
    }
    let version = match obj.map.get("version") {
        Some(v) if v.as_u64().is_some_and(|n| PART_READS.contains(&n)) => {
            v.as_u64().unwrap_or(PART_VERSION)
        }
        Some(v) => {
            return Err(DraftError::at(
                "version",
                Problem::WrongPartVersion {
                    found: v.to_string(),
                },
            ))
        }
        None => return Err(DraftError::at("version", Problem::Missing)),
    };
    obj.keys(
        &[
            "format", "version", "title", "exported", "partner", "budget",
        ],
        &[],
    )?;
    let title = obj.text("title")?;
    let exported = obj.date("exported")?;
    // A part is written by the code that writes drafts: every key of a v2 partner.
    let partner = read_partner(&obj.object("partner")?, crate::format::VERSION)?;
    let (items, path) = obj.array("budget", Some(MAX_BUDGET_LINES))?;
    let mut seen = HashSet::new();
    let mut lines = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let line = read_line(
            &object(item, &item_path)?,
            LinePartner::Fixed(&partner.id),
            version >= 2,
        )?;
        if !seen.insert(line.id.clone()) {
            return Err(DraftError::at(
                &format!("{item_path}.id"),
                Problem::DuplicateId { id: line.id },
            ));
        }
        lines.push(line);
    }
    Ok(PartFile {
        title,
        exported,
        partner,
        lines,
    })
}
