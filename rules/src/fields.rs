//! The fields of a draft that answer each check: what a form marks when a
//! check fails or is missing (or, for the advance, is asked without what it
//! needs). Facts only — which field, for which rule, whether it is simply
//! unanswered; the reason under the field is worded by `text::field_reason`.
//! A field a passing check reads is never named here.

use crate::assess::Assessment;
use crate::draft::Draft;
use crate::rules::{Check, Criterion, Finding, Location, PartnerRef, RuleId, Status};
use std::collections::HashSet;

/// A field of the draft, as the form shows it: the partner's or line's id
/// where there is one per partner or per line.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The project's use of AI.
    AiUse,
    /// The data the project puts to use.
    DataUsed,
    /// A partner's kind of structure.
    PartnerKind(String),
    /// A partner's establishment postcode.
    PartnerPostcode(String),
    /// A partner's establishment country.
    PartnerCountry(String),
    /// The partner bearing a budget line.
    LineBearer(String),
    /// A budget line's amount.
    LineAmount(String),
    /// Whether a public body's personnel line is permanent staff (the
    /// question the page asks on the line).
    LineStaff(String),
    /// The start date.
    Start,
    /// The end date.
    End,
    /// The experience report offered to the commons.
    CommonsExperience,
    /// Tools or content shared.
    CommonsTools,
    /// Open data produced.
    CommonsOpenData,
    /// The first progress indicator's label.
    FirstIndicator,
    /// The undertaking to report the indicators.
    CommitReport,
    /// The undertaking to join the collective review.
    CommitReview,
    /// Why the advance is needed.
    AdvanceJustification,
    /// The estimated mark of a criterion.
    Mark(Criterion),
}

/// A field a check marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    /// The field.
    pub field: Field,
    /// The rule whose check marks it.
    pub rule: RuleId,
    /// Whether the check only waits for an answer (`missing`), as opposed to
    /// one given that does not do (a failure, an advance without its reason).
    pub unanswered: bool,
}

/// Every field the assessment's checks mark, in the order of the checks; a
/// field marked by two checks keeps the first (the lead's postcode is the
/// lead's before it is one of the postcodes).
pub fn marked(draft: &Draft, a: &Assessment) -> Vec<Marked> {
    let mut out: Vec<Marked> = Vec::new();
    // A budget of thousands of incomplete lines marks thousands of fields.
    let mut seen: HashSet<Field> = HashSet::new();
    for check in &a.checks {
        // The staff question appears only once a line's bearer and category
        // make it a public body's personnel line: it follows answers already
        // given, so it is marked at once, like a failure.
        let unanswered =
            check.status == Status::Missing && check.id != RuleId::PermanentPublicStaff;
        for field in fields_of(check, draft, a) {
            if seen.insert(field.clone()) {
                out.push(Marked {
                    field,
                    rule: check.id,
                    unanswered,
                });
            }
        }
    }
    out
}

/// Where a partner's place is decided: its country when it is abroad, else its postcode.
fn place_of(partner: &PartnerRef, a: &Assessment) -> Field {
    match a.partner_location(&partner.id) {
        Some(Location::Abroad { .. }) => Field::PartnerCountry(partner.id.clone()),
        _ => Field::PartnerPostcode(partner.id.clone()),
    }
}

/// The fields a check marks: none when it passes, informs or only warns
/// (except the advance asked without a justification, which is then not paid).
pub fn fields_of(check: &Check, draft: &Draft, a: &Assessment) -> Vec<Field> {
    let marks = match check.status {
        Status::Fail | Status::Missing => true,
        Status::Warning => check.id == RuleId::Advance,
        Status::Pass | Status::Info => false,
    };
    if !marks {
        return Vec::new();
    }
    let partners = |refs: &[PartnerRef], field: fn(String) -> Field| -> Vec<Field> {
        refs.iter().map(|p| field(p.id.clone())).collect()
    };
    match (check.id, &check.finding) {
        (RuleId::LeadKind, Finding::LeadKindNotAdmissible { leads }) => {
            partners(leads, Field::PartnerKind)
        }
        (RuleId::LeadInNormandy, Finding::LeadOutsideNormandy { leads, .. }) => {
            leads.iter().map(|l| place_of(l, a)).collect()
        }
        (RuleId::LeadInNormandy, Finding::LeadPostcodeMissing { lead }) => {
            vec![Field::PartnerPostcode(lead.id.clone())]
        }
        (RuleId::Postcodes, Finding::PostcodesMissing { partners: refs }) => {
            partners(refs, Field::PartnerPostcode)
        }
        // Too few Normandy structures: the partners that do not count, by
        // their place or their kind (those not placed yet are the postcodes' check).
        (RuleId::TwoNormandyStructures, _) if check.status == Status::Fail => draft
            .partners
            .iter()
            .enumerate()
            .filter_map(|(i, q)| {
                let at = a.partner_location(&q.id)?;
                let r = crate::rules::partner_ref(q, i);
                if !q.kind.is_admissible() {
                    Some(Field::PartnerKind(r.id))
                } else if !matches!(at, Location::Normandy(_)) && !at.is_pending() {
                    Some(place_of(&r, a))
                } else {
                    None
                }
            })
            .collect(),
        (
            RuleId::AiAndData,
            Finding::AiAndData {
                ai_described,
                data_described,
            },
        ) => [
            (!ai_described, Field::AiUse),
            (!data_described, Field::DataUsed),
        ]
        .into_iter()
        .filter_map(|(yes, f)| yes.then_some(f))
        .collect(),
        (RuleId::Duration, Finding::DatesMissing { start, end }) => {
            [(*start, Field::Start), (*end, Field::End)]
                .into_iter()
                .filter_map(|(yes, f)| yes.then_some(f))
                .collect()
        }
        (RuleId::Duration, Finding::StartOutsideCalendar) => vec![Field::Start],
        (RuleId::Duration, _) => vec![Field::End],
        (RuleId::Commons, _) => vec![
            Field::CommonsExperience,
            Field::CommonsTools,
            Field::CommonsOpenData,
        ],
        (RuleId::Indicators, _) if !draft.indicators.is_empty() => vec![Field::FirstIndicator],
        (
            RuleId::Commitments,
            Finding::Commitments {
                report_indicators,
                collective_review,
            },
        ) => [
            (!report_indicators, Field::CommitReport),
            (!collective_review, Field::CommitReview),
        ]
        .into_iter()
        .filter_map(|(yes, f)| yes.then_some(f))
        .collect(),
        (RuleId::SelfAssessment, Finding::MarkAboveMaximum { criterion, .. }) => {
            vec![Field::Mark(*criterion)]
        }
        (RuleId::SelfAssessment, Finding::MarksMissing { .. }) => a
            .marks
            .criteria
            .iter()
            .filter(|m| m.mark.is_none())
            .map(|m| Field::Mark(m.criterion))
            .collect(),
        // Below the minimum: every mark makes the total.
        (RuleId::SelfAssessment, _) => Criterion::ALL.map(Field::Mark).to_vec(),
        (RuleId::BudgetLinesComplete, Finding::LinesIncomplete { lines }) => {
            let named: HashSet<&str> = lines.iter().map(|r| r.id.as_str()).collect();
            draft
                .budget
                .iter()
                .filter(|l| named.contains(l.id.as_str()))
                .flat_map(|l| {
                    [
                        l.partner
                            .is_empty()
                            .then(|| Field::LineBearer(l.id.clone())),
                        l.amount.is_none().then(|| Field::LineAmount(l.id.clone())),
                    ]
                })
                .flatten()
                .collect()
        }
        (RuleId::Advance, _) => vec![Field::AdvanceJustification],
        (RuleId::PermanentPublicStaff, Finding::PermanentStaffNotSaid { lines, .. }) => lines
            .iter()
            .map(|l| Field::LineStaff(l.id.clone()))
            .collect(),
        // No one field answers the others: who leads is a choice among the
        // partners (the reducer keeps one), an empty list is filled by its
        // « add » button, eligible costs are the budget's sum; lines left out
        // by a rule, or a dossier's warning: the row or the results say why,
        // the answer itself is not wrong. A new rule that marks fields says
        // which here; its section and controls are in its declaration.
        _ => Vec::new(),
    }
}
