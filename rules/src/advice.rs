//! The path to eligibility and to the cap: for every failed or missing check,
//! the smallest concrete change that satisfies it, as facts. Worded in
//! the text module (`text::suggestion`).

use crate::date::Date;
use crate::draft::{Draft, Role};
use crate::params::Parameters;
use crate::rules::appraisal::Marks;
use crate::rules::beneficiaries::{in_normandy, normandy_structures};
use crate::rules::costs::LineAssessment;
use crate::rules::{
    partner_ref, Check, Criterion, Finding, LineRef, PartnerRef, Reason, RuleId, Status,
};
use rust_decimal::Decimal;

/// What a suggestion is about: a check, or the room under the cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// The check of this rule.
    Rule(RuleId),
    /// The cap of the grant.
    Cap,
}

impl Topic {
    /// The rule's id, or `cap`.
    pub fn code(self) -> &'static str {
        match self {
            Topic::Rule(id) => id.code(),
            Topic::Cap => "cap",
        }
    }
}

/// A change the applicant can make, as facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Advice {
    /// Make this partner, established in Normandy, the lead.
    MakeLead { partner: PartnerRef },
    /// No partner can lead: find one established in Normandy.
    FindNormandyLead,
    /// Keep one lead, for example the first.
    KeepOneLead { first: PartnerRef },
    /// Add this many structures in Normandy (with these department codes).
    AddNormandyStructures {
        missing: usize,
        departments: Vec<&'static str>,
    },
    /// Give an end after the start.
    EndAfterStart { start: Date },
    /// End by this date.
    EndBy { last: Date },
    /// A weak criterion, with what the Région looks for.
    WeakCriterion {
        criterion: Criterion,
        mark: u32,
        max: u32,
    },
    /// Do what the check asks (its own message says it).
    Satisfy(Check),
    /// This line is not eligible, for the first of its reasons.
    LineNotEligible {
        line: LineRef,
        amount: Decimal,
        reason: Option<Reason>,
    },
    /// The cap is reached exactly.
    CapReachedExactly { cap: Decimal },
    /// These eligible costs bring no grant: the cap is reached.
    CostsBeyondCap { beyond: Decimal, cap: Decimal },
    /// Eligible costs can still grow by `room` before the grant reaches `cap`.
    RoomUnderCap { room: Decimal, cap: Decimal },
}

/// A change the applicant can make, and what it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The check it satisfies, or the cap.
    pub topic: Topic,
    /// What to do.
    pub advice: Advice,
}

/// What the advice is worked out from: the checks and figures the engine
/// found for the draft (the advice is part of the assessment, so it takes its
/// parts rather than the whole).
#[derive(Clone, Copy, Debug)]
pub struct Grounds<'a> {
    /// Every check, in the order of the rules.
    pub checks: &'a [Check],
    /// Each budget line's outcome.
    pub lines: &'a [LineAssessment],
    /// The estimated marks.
    pub marks: &'a Marks,
    /// The last day the project may end, once its start is known.
    pub last_allowed_end: Option<Date>,
    /// Sum of the eligible lines.
    pub eligible_costs: Decimal,
    /// How much eligible costs can grow before the cap.
    pub room_under_cap: Decimal,
    /// Eligible costs beyond the cap.
    pub costs_beyond_cap: Decimal,
}

/// Every change that would turn a failed or missing check to pass, then the
/// excluded lines and the room under the cap.
pub fn path_to_eligibility(draft: &Draft, a: Grounds, p: &Parameters) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let mut add = |topic: Topic, advice: Advice| out.push(Suggestion { topic, advice });
    let normandy_candidate = draft
        .partners
        .iter()
        .enumerate()
        .find(|(_, q)| q.kind.is_admissible() && in_normandy(q, p) && q.role != Role::Lead);

    let mut out_findings: Vec<&Finding> = Vec::new();
    for check in a.checks {
        if !matches!(check.status, Status::Fail | Status::Missing) {
            continue;
        }
        let topic = Topic::Rule(check.id);
        let failed = check.status == Status::Fail;
        match check.id {
            RuleId::LeadInNormandy | RuleId::LeadKind if failed => match normandy_candidate {
                Some((i, q)) => add(
                    topic,
                    Advice::MakeLead {
                        partner: partner_ref(q, i),
                    },
                ),
                None => add(topic, Advice::FindNormandyLead),
            },
            RuleId::OneLead if failed => {
                if let Some((i, q)) = draft
                    .partners
                    .iter()
                    .enumerate()
                    .find(|(_, q)| q.role == Role::Lead)
                {
                    add(
                        topic,
                        Advice::KeepOneLead {
                            first: partner_ref(q, i),
                        },
                    );
                }
            }
            RuleId::TwoNormandyStructures if failed => add(
                topic,
                Advice::AddNormandyStructures {
                    missing: p
                        .min_normandy_structures
                        .value
                        .saturating_sub(normandy_structures(draft, p)),
                    departments: p.normandy_departments.value.to_vec(),
                },
            ),
            RuleId::Duration if failed => {
                if let (Some(start), Some(end)) = (draft.timeline.start, draft.timeline.end) {
                    if end < start {
                        add(topic, Advice::EndAfterStart { start });
                    } else if let Some(last) = a.last_allowed_end {
                        add(topic, Advice::EndBy { last });
                    }
                }
            }
            RuleId::SelfAssessment if failed => {
                // The weakest criteria relative to their maximum, with what the Région looks for:
                // strengthening the project, not typing higher numbers.
                let mut marks: Vec<(Criterion, u32, u32)> = a
                    .marks
                    .criteria
                    .iter()
                    .filter_map(|m| m.mark.map(|v| (m.criterion, v, m.max)))
                    .collect();
                // The two lowest shares, ties in the criteria's order (the first
                // minimum each time: as a stable sort would, without its code).
                let lower = |x: &(Criterion, u32, u32), y: &(Criterion, u32, u32)| {
                    (x.1 * y.2).cmp(&(y.1 * x.2))
                };
                for _ in 0..2 {
                    let Some(at) = (0..marks.len()).min_by(|&i, &j| lower(&marks[i], &marks[j]))
                    else {
                        break;
                    };
                    let (criterion, mark, max) = marks.remove(at);
                    add(
                        topic,
                        Advice::WeakCriterion {
                            criterion,
                            mark,
                            max,
                        },
                    );
                }
            }
            // Two checks waiting for the same fact (no lead yet for its kind and
            // its place) are one thing to do: said once, at the first.
            _ if out_findings.contains(&&check.finding) => {}
            _ => {
                out_findings.push(&check.finding);
                add(topic, Advice::Satisfy(check.clone()))
            }
        }
    }

    for (i, (line, la)) in draft.budget.iter().zip(a.lines).enumerate() {
        // A line waiting for an answer is asked by its check, said once above.
        if la.eligible || la.amount.is_zero() || la.pending {
            continue;
        }
        let first = la.exclusions.first();
        add(
            Topic::Rule(first.map_or(RuleId::EligibleCosts, |e| e.rule)),
            Advice::LineNotEligible {
                line: LineRef::of(line, i),
                amount: la.amount,
                reason: first.map(|e| e.reason.clone()),
            },
        );
    }

    let cap = p.grant_cap.value;
    // Reached from exactly cap ÷ rate of eligible costs: no room left.
    if a.room_under_cap.is_zero()
        && a.costs_beyond_cap.is_zero()
        && a.eligible_costs > Decimal::ZERO
    {
        add(Topic::Cap, Advice::CapReachedExactly { cap });
    } else if a.costs_beyond_cap > Decimal::ZERO {
        add(
            Topic::Cap,
            Advice::CostsBeyondCap {
                beyond: a.costs_beyond_cap,
                cap,
            },
        );
    } else if a
        .checks
        .iter()
        .any(|c| c.id == RuleId::EligibleCosts && c.status == Status::Pass)
    {
        add(
            Topic::Cap,
            Advice::RoomUnderCap {
                room: a.room_under_cap,
                cap,
            },
        );
    }
    out
}
