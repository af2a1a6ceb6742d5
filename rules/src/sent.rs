//! What an embedded simulator sends its host, built once: the message the
//! consent lists (by walking it, [`items`]), shows (its exact JSON text) and
//! posts (that same text, parsed). By default only what a contact form needs
//! (title, verdict, the figures); with the details, each line, each
//! partner's totals and each check in the page's language.

use crate::assess::Assessment;
use crate::draft::Draft;
use crate::figures::Figure;
use crate::figures::Shown;
use crate::money::format_amount;
use crate::rules::{Check, Status};
use serde::Serialize;
use serde_json::Value;

/// The `type` of the message the host receives.
pub const MESSAGE_TYPE: &str = "booster-ia:assessment";

/// A key of the message, each named in both languages by `text::sent_key`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SentKey {
    /// The message's kind, [`MESSAGE_TYPE`].
    Type,
    /// The project's title.
    Title,
    /// The verdict's code.
    Verdict,
    /// The figures.
    Figures,
    /// One of the figures.
    Figure(Figure),
    /// The budget lines.
    Lines,
    /// The partners with costs.
    Partners,
    /// The checks.
    Checks,
    /// A line's label.
    Label,
    /// The name of the partner (bearing the line, or the partner itself).
    Name,
    /// A line's amount.
    Amount,
    /// Whether a line counts.
    Eligible,
    /// A partner's costs.
    Total,
    /// A partner's eligible costs.
    EligibleTotal,
    /// A check's id.
    Id,
    /// A check's status.
    Status,
    /// A check's message.
    Message,
}

/// The figures sent, in order: those declared shown in the consent.
fn sent_figures() -> impl Iterator<Item = Figure> {
    Figure::shown_in(Shown::Consent)
}

impl SentKey {
    /// Every key, in the order the consent lists them.
    pub fn all() -> Vec<SentKey> {
        let head = [
            SentKey::Type,
            SentKey::Title,
            SentKey::Verdict,
            SentKey::Figures,
        ];
        let tail = [
            SentKey::Lines,
            SentKey::Partners,
            SentKey::Checks,
            SentKey::Label,
            SentKey::Name,
            SentKey::Amount,
            SentKey::Eligible,
            SentKey::Total,
            SentKey::EligibleTotal,
            SentKey::Id,
            SentKey::Status,
            SentKey::Message,
        ];
        head.into_iter()
            .chain(sent_figures().map(SentKey::Figure))
            .chain(tail)
            .collect()
    }

    /// Its spelling in the JSON.
    pub fn code(self) -> &'static str {
        match self {
            SentKey::Type => "type",
            SentKey::Title => "title",
            SentKey::Verdict => "verdict",
            SentKey::Figures => "figures",
            SentKey::Figure(f) => f.code(),
            SentKey::Lines => "lines",
            SentKey::Partners => "partners",
            SentKey::Checks => "checks",
            SentKey::Label => "label",
            SentKey::Name => "name",
            SentKey::Amount => "amount",
            SentKey::Eligible => "eligible",
            SentKey::Total => "total",
            SentKey::EligibleTotal => "eligible_total",
            SentKey::Id => "id",
            SentKey::Status => "status",
            SentKey::Message => "message",
        }
    }

    /// The key spelt `code`, if it is one.
    pub fn from_code(code: &str) -> Option<SentKey> {
        SentKey::all().into_iter().find(|k| k.code() == code)
    }
}

#[derive(Serialize)]
struct LineOut<'a> {
    label: &'a str,
    name: &'a str,
    amount: String,
    eligible: bool,
}

#[derive(Serialize)]
struct PartnerOut<'a> {
    name: &'a str,
    total: String,
    eligible_total: String,
}

#[derive(Serialize)]
struct CheckOut {
    id: crate::rules::RuleId,
    status: Status,
    message: String,
}

/// The figures sent, keyed as in the checker's JSON, in the order of their declarations.
struct Figures<'a>(&'a Assessment);

impl Serialize for Figures<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        for f in sent_figures() {
            map.serialize_entry(f.code(), &format_amount(self.0.money(f)))?;
        }
        map.end()
    }
}

/// The message, keys in the order the consent shows them.
#[derive(Serialize)]
struct Message<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'a str,
    verdict: &'static str,
    figures: Figures<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lines: Option<Vec<LineOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    partners: Option<Vec<PartnerOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    checks: Option<Vec<CheckOut>>,
}

/// Whether the draft holds anything to send: a title, a partner's name, a
/// line's label or amount. A blank draft sends nothing.
pub fn has_content(draft: &Draft) -> bool {
    !draft.project.title.trim().is_empty()
        || draft.partners.iter().any(|p| !p.name.trim().is_empty())
        || draft
            .budget
            .iter()
            .any(|l| l.amount.is_some() || !l.label.trim().is_empty())
}

/// The message's exact JSON text (pretty-printed): what the consent shows and
/// what is posted, parsed. `details` adds the lines, partners and checks,
/// each check's sentence as `say` words it (`text::check_message` in the
/// page's language: this module sits below `text`).
pub fn message_json(
    draft: &Draft,
    a: &Assessment,
    details: bool,
    say: impl Fn(&Check) -> String,
) -> String {
    let name_of = |id: &str| {
        draft
            .partners
            .iter()
            .find(|p| p.id == id)
            .map_or("", |p| p.name.as_str())
    };
    let lines = a
        .lines
        .iter()
        .map(|l| {
            let line = draft.budget.iter().find(|b| b.id == l.id);
            LineOut {
                label: line.map_or("", |b| b.label.as_str()),
                name: line.map_or("", |b| name_of(&b.partner)),
                amount: format_amount(l.amount),
                eligible: l.eligible,
            }
        })
        .collect();
    let partners = a
        .costs_by_partner
        .iter()
        .map(|g| PartnerOut {
            name: name_of(&g.key),
            total: format_amount(g.total),
            eligible_total: format_amount(g.eligible),
        })
        .collect();
    let checks = a
        .checks
        .iter()
        .map(|c| CheckOut {
            id: c.id,
            status: c.status,
            message: say(c),
        })
        .collect();
    let message = Message {
        kind: MESSAGE_TYPE,
        title: draft.project.title.trim(),
        verdict: a.verdict.code(),
        figures: Figures(a),
        lines: details.then_some(lines),
        partners: details.then_some(partners),
        checks: details.then_some(checks),
    };
    serde_json::to_string_pretty(&message).expect("plain data")
}

/// One entry of what the consent lists: a key of the message, how many
/// entries it holds (a list), and the keys inside it (a list's entries or an
/// object's), each in the order of [`SentKey::all`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The key, or its raw spelling if it is not a known key.
    pub key: Result<SentKey, String>,
    /// For a list: its length.
    pub count: Option<usize>,
    /// The keys inside.
    pub parts: Vec<Item>,
}

/// What the message holds, by walking it: every key at every level, each
/// list's length; nothing that is not in it.
pub fn items(message: &Value) -> Vec<Item> {
    let Value::Object(map) = message else {
        return Vec::new();
    };
    // The known keys in the consent's order, then any other in the message's.
    let all = SentKey::all();
    let mut keys: Vec<(&String, &Value)> = Vec::with_capacity(map.len());
    for code in all.iter().map(|s| s.code()) {
        if let Some(entry) = map.get_key_value(code) {
            if !keys.iter().any(|(k, _)| *k == entry.0) {
                keys.push(entry);
            }
        }
    }
    keys.extend(
        map.iter()
            .filter(|(k, _)| !all.iter().any(|s| s.code() == k.as_str())),
    );
    keys.into_iter()
        .map(|(key, value)| {
            let (count, parts) = match value {
                Value::Array(list) => {
                    // The union of the entries' keys.
                    let mut all = serde_json::Map::new();
                    for entry in list {
                        if let Value::Object(o) = entry {
                            all.extend(o.iter().map(|(k, v)| (k.clone(), v.clone())));
                        }
                    }
                    (Some(list.len()), items(&Value::Object(all)))
                }
                Value::Object(_) => (None, items(value)),
                _ => (None, Vec::new()),
            };
            Item {
                key: SentKey::from_code(key).ok_or_else(|| key.clone()),
                count,
                parts,
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "sent_tests.rs"]
mod tests;
