//! The assessment as the checker prints it and the draft export carries it:
//! the same keys, ids, statuses and figures as format v1 has always had, with
//! each sentence rendered here, at the edge, in both languages.

use crate::assess::{Assessment, CostGroup, LineAssessment};
use crate::figures::Explained;
use crate::figures::{Figure, Json, FIGURES};
use crate::money::format_amount;
use crate::report::Difference;
use crate::rules::Check;
use crate::text::{self, Text};
use rust_decimal::Decimal;
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

/// An amount in the draft format's spelling (`"7750.00"`).
struct Amount(Decimal);

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format_amount(self.0))
    }
}

impl Serialize for Check {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let reading = Text::both_opt(|lang| text::reading(self.id, lang));
        let mut out = s.serialize_struct("Check", if reading.is_some() { 6 } else { 5 })?;
        out.serialize_field("id", &self.id)?;
        out.serialize_field("status", &self.status)?;
        out.serialize_field(
            "message",
            &Text::both(|lang| text::check_message(self, lang)),
        )?;
        out.serialize_field("citation", self.rule().citation)?;
        out.serialize_field("citation_en", self.rule().citation_en)?;
        if let Some(reading) = reading {
            out.serialize_field("reading", &reading)?;
        }
        out.end()
    }
}

#[derive(Serialize)]
struct ExclusionOut {
    rule: crate::rules::RuleId,
    reason: Text,
}

#[derive(Serialize)]
struct LineOut<'a> {
    id: &'a str,
    eligible: bool,
    amount: Amount,
    exclusions: Vec<ExclusionOut>,
    payment_documents: Vec<Text>,
}

impl<'a> LineOut<'a> {
    fn of(l: &'a LineAssessment) -> LineOut<'a> {
        LineOut {
            id: &l.id,
            eligible: l.eligible,
            amount: Amount(l.amount),
            exclusions: l
                .exclusions
                .iter()
                .map(|e| ExclusionOut {
                    rule: e.rule,
                    reason: Text::both(|lang| text::reason(&e.reason, lang)),
                })
                .collect(),
            payment_documents: l
                .payment_documents
                .iter()
                .map(|d| Text::both(|lang| text::document(*d, lang).to_string()))
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct GroupOut<'a> {
    key: &'a str,
    total: Amount,
    eligible: Amount,
}

fn groups(g: &[CostGroup]) -> Vec<GroupOut<'_>> {
    g.iter()
        .map(|g| GroupOut {
            key: &g.key,
            total: Amount(g.total),
            eligible: Amount(g.eligible),
        })
        .collect()
}

#[derive(Serialize)]
struct DerivationOut {
    figure: &'static str,
    text: Text,
}

/// The advance once justified, in our reading and to the letter of the text.
#[derive(Serialize)]
struct AdvanceReadingsOut {
    ours: Amount,
    letter: Amount,
}

/// The lines waiting for an answer (format v3): their total, the grant if
/// they counted, their ids.
#[derive(Serialize)]
struct PendingOut<'a> {
    costs: Amount,
    grant_if_counted: Amount,
    lines: Vec<&'a str>,
}

/// The de minimis figures, keys as the draft format v2 documents them.
#[derive(Serialize)]
struct DeMinimisOut {
    counted: Amount,
    with_this_grant: Amount,
    ceiling: Amount,
    headroom: Amount,
    fits: Option<bool>,
}

#[derive(Serialize)]
struct FinancingOut {
    uses: Amount,
    booster_ia: Amount,
    other_public_funding: Amount,
    own_funds: Amount,
    over_funding: Amount,
}

#[derive(Serialize)]
struct VatAlternativeOut {
    eligible_costs: Amount,
    potential_grant: Amount,
}

/// The assessment's JSON, key for key as format v1 writes it: the verdict,
/// the figures declared `Json::Head`, `cap_binds`, the checks, the figures
/// declared `Json::Body` in their order, then the rest; the figures declared
/// `Json::Nested` within their objects.
impl Serialize for Assessment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let figures = |place: Json| FIGURES.iter().filter(move |d| d.json == place);
        let count = FIGURES.iter().filter(|d| d.json != Json::Nested).count();
        // The verdict, `cap_binds`, `checks`, `effective_rate` and ten objects and lists.
        let mut out = s.serialize_struct("Assessment", count + 14)?;
        out.serialize_field("verdict", self.verdict.code())?;
        for d in figures(Json::Head) {
            out.serialize_field(d.key, &Amount((d.value)(self)))?;
        }
        out.serialize_field("cap_binds", &self.cap_binds)?;
        out.serialize_field("checks", &self.checks)?;
        for d in figures(Json::Body) {
            out.serialize_field(d.key, &Amount((d.value)(self)))?;
            // v1 writes the rate right after the potential grant it divides.
            if d.figure == Figure::PotentialGrant {
                let rate = self.effective_rate.map(|r| r.normalize().to_string());
                out.serialize_field("effective_rate", &rate)?;
            }
        }
        out.serialize_field("costs_by_category", &groups(&self.costs_by_category))?;
        out.serialize_field("costs_by_partner", &groups(&self.costs_by_partner))?;
        let lines: Vec<LineOut> = self.lines.iter().map(LineOut::of).collect();
        out.serialize_field("lines", &lines)?;
        let derivations: Vec<DerivationOut> = Explained::all()
            .map(|what| DerivationOut {
                figure: what.code(),
                text: Text::both(|lang| text::derivation(what, self, lang)),
            })
            .collect();
        out.serialize_field("derivations", &derivations)?;
        out.serialize_field("rules_version", &self.rules_version().to_string())?;
        out.serialize_field(
            "de_minimis",
            &DeMinimisOut {
                counted: Amount(self.de_minimis.counted),
                with_this_grant: Amount(self.de_minimis.with_this_grant),
                ceiling: Amount(self.de_minimis.ceiling),
                headroom: Amount(self.de_minimis.headroom),
                fits: self.de_minimis.fits,
            },
        )?;
        out.serialize_field(
            "financing",
            &FinancingOut {
                uses: Amount(self.financing.uses),
                booster_ia: Amount(self.financing.booster_ia),
                other_public_funding: Amount(self.financing.other_public_funding),
                own_funds: Amount(self.financing.own_funds),
                over_funding: Amount(self.financing.over_funding),
            },
        )?;
        let vat = self.vat_alternative.as_ref().map(|v| VatAlternativeOut {
            eligible_costs: Amount(v.eligible_costs),
            potential_grant: Amount(v.potential_grant),
        });
        out.serialize_field("vat_alternative", &vat)?;
        out.serialize_field(
            "advance_readings",
            &AdvanceReadingsOut {
                ours: Amount(self.advance_readings.ours),
                letter: Amount(self.advance_readings.letter),
            },
        )?;
        out.serialize_field(
            "pending",
            &PendingOut {
                costs: Amount(self.pending.costs),
                grant_if_counted: Amount(self.pending.grant_if_counted),
                lines: self.pending.lines.iter().map(|l| l.id.as_str()).collect(),
            },
        )?;
        out.end()
    }
}

/// What `booster-ia check` prints: the assessment with `differences_from_draft`,
/// the figures where the assessment the draft carried differs from the rules.
#[derive(Serialize)]
pub struct CheckReport<'a> {
    #[serde(flatten)]
    assessment: &'a Assessment,
    differences_from_draft: &'a [Difference],
}

impl<'a> CheckReport<'a> {
    /// The report of `assessment`, with its differences from the draft's own.
    pub fn new(assessment: &'a Assessment, differences: &'a [Difference]) -> CheckReport<'a> {
        CheckReport {
            assessment,
            differences_from_draft: differences,
        }
    }
}

/// The check report as the checker prints it: a `serde_json::Value`, so its
/// keys are sorted at every level, as they have always been. Serialised
/// directly instead (the JavaScript package), it is the same object with the
/// keys in declaration order.
pub fn check_json(assessment: &Assessment, differences: &[Difference]) -> serde_json::Value {
    serde_json::to_value(CheckReport::new(assessment, differences)).expect("plain data")
}

#[derive(Serialize)]
struct CauseOut {
    kind: crate::compare::SourceKind,
    source: &'static str,
    title: Text,
    citation: Option<&'static str>,
    citation_en: Option<&'static str>,
    details: Vec<Text>,
}

#[derive(Serialize)]
struct RowOut<'r> {
    kind: crate::compare::RowKind,
    key: &'static str,
    title: Text,
    values: &'r [crate::compare::Value<'r>],
    /// Each value as the page shows it: a check whose status is unchanged
    /// but whose facts differ shows the facts.
    cells: Vec<Text>,
    differs: bool,
    causes: Vec<CauseOut>,
}

/// The comparison as `booster-ia compare` prints it: every sentence in both languages.
impl Serialize for crate::compare::Comparison<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let rows: Vec<RowOut> = self
            .rows
            .iter()
            .map(|row| RowOut {
                kind: row.key.kind(),
                key: row.key.code(),
                title: Text::both(|lang| text::row_title(row.key, lang).to_string()),
                values: &row.values,
                cells: row
                    .values
                    .iter()
                    .map(|v| Text::both(|lang| text::cell(v, lang)))
                    .collect(),
                differs: row.differs,
                causes: row
                    .causes
                    .iter()
                    .map(|c| CauseOut {
                        kind: c.source.kind(),
                        source: c.source.code(),
                        title: Text::both(|lang| text::source_title(c.source, lang).to_string()),
                        citation: c.citation,
                        citation_en: c.citation_en,
                        details: c
                            .details
                            .iter()
                            .map(|d| Text::both(|lang| text::detail(d, lang)))
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let mut out = s.serialize_struct("Comparison", 2)?;
        out.serialize_field("scenarios", &self.scenarios)?;
        out.serialize_field("rows", &rows)?;
        out.end()
    }
}
