//! The stages of [`assess_with`](super::assess_with), in the order it runs
//! them: each line's outcome (lines), the amounts from eligible costs, the
//! dossier's figures (de minimis, financing plan, VAT), the checks of the
//! rules in force, what is paid once the verdict is known, the assessment
//! put together, then the advice.

use super::{AdvanceReadings, AssessError, Assessment, CostGroup, PartnerPlace, Pending, Verdict};
use crate::advice;
use crate::draft::{Category, Draft};
use crate::money::max_line_amount;
use crate::params::Parameters;
use crate::rules::appraisal::Marks;
use crate::rules::costs::{self, Bearer, LineAssessment};
use crate::rules::funding::{self, DeMinimisFigures, Financing, VatAlternative};
use crate::rules::{beneficiaries, commitments, timeline};
use crate::rules::{in_force, Check, CheckInputs, LineRef};
use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::HashMap;

/// `value` toward zero to the cent: a grant must never exceed what the text allows.
fn to_cent(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::ToZero)
}

/// The grant `eligible_costs` bring once every check passes: rate, cap,
/// toward zero to the cent. The one formula, for the potential grant and for
/// the grant if the pending lines counted.
fn capped_grant(eligible_costs: Decimal, p: &Parameters) -> Decimal {
    to_cent((p.grant_rate.value * eligible_costs).min(p.grant_cap.value))
}

/// Refuses a line whose amount is negative or beyond what the simulator
/// computes with, so that the sums below cannot overflow `Decimal`.
pub(super) fn refuse_out_of_range(draft: &Draft) -> Result<(), AssessError> {
    let Some(line) = draft.budget.iter().find(|l| {
        l.amount
            .is_some_and(|a| a > max_line_amount() || a < Decimal::ZERO)
    }) else {
        return Ok(());
    };
    let line_id = line.id.clone();
    Err(if line.amount.is_some_and(|a| a < Decimal::ZERO) {
        AssessError::NegativeAmount { line: line_id }
    } else {
        AssessError::AmountTooLarge { line: line_id }
    })
}

/// The budget once each line's outcome is known.
pub(super) struct Budget {
    /// Where each partner is, in the order of the partners.
    pub partners: Vec<PartnerPlace>,
    /// The index of the partner bearing each line, if it exists.
    pub bearers: Vec<Option<usize>>,
    /// Each line's outcome.
    pub lines: Vec<LineAssessment>,
    /// Sum of every line.
    pub total_costs: Decimal,
    /// Sum of the eligible lines.
    pub eligible_costs: Decimal,
    /// The lines waiting for the staff question's answer.
    pub pending_lines: Vec<LineRef>,
    /// Their sum.
    pub pending_costs: Decimal,
}

/// The index of each line's bearer among the partners: the first partner of
/// that id, as a search would find it (the format refuses duplicates). A few
/// partners are searched in place; many through a map.
fn bearers(draft: &Draft) -> Vec<Option<usize>> {
    let partner_map: Option<HashMap<&str, usize>> = (draft.partners.len() > 16).then(|| {
        let mut map = HashMap::with_capacity(draft.partners.len());
        for (i, q) in draft.partners.iter().enumerate() {
            map.entry(q.id.as_str()).or_insert(i);
        }
        map
    });
    let partner_of = |id: &str| match &partner_map {
        Some(map) => map.get(id).copied(),
        None => draft.partners.iter().position(|q| q.id == id),
    };
    draft
        .budget
        .iter()
        .map(|l| partner_of(&l.partner))
        .collect()
}

/// Stage 1: where each partner is, once; each line's outcome under the cost
/// rules; the totals and the lines waiting for an answer.
pub(super) fn lines(draft: &Draft, p: &Parameters) -> Budget {
    let partners: Vec<PartnerPlace> = draft
        .partners
        .iter()
        .map(|q| PartnerPlace {
            id: q.id.clone(),
            location: beneficiaries::locate(&q.postcode, q.country, p),
        })
        .collect();
    let bearers = bearers(draft);
    let bearer_at = |index: usize| Bearer {
        index,
        partner: &draft.partners[index],
        location: &partners[index].location,
    };
    let mut lines = Vec::with_capacity(draft.budget.len());
    let mut total_costs = Decimal::ZERO;
    let mut eligible_costs = Decimal::ZERO;
    for (line, bearer) in draft.budget.iter().zip(&bearers) {
        let value = line.amount.unwrap_or(Decimal::ZERO);
        let reasons = costs::exclusions(line, bearer.map(bearer_at));
        let asks_staff =
            costs::asks_permanent_staff(line, bearer.map(|index| &draft.partners[index]));
        let pending = costs::only_waits_for_staff_answer(&reasons);
        total_costs += value;
        let eligible = reasons.is_empty();
        if eligible {
            eligible_costs += value;
        }
        lines.push(LineAssessment {
            id: line.id.clone(),
            eligible,
            amount: value,
            exclusions: reasons,
            asks_staff,
            pending,
            payment_documents: if eligible {
                costs::payment_documents(line.category)
            } else {
                &[]
            },
        });
    }
    let (pending_lines, pending_costs) = draft
        .budget
        .iter()
        .zip(&lines)
        .enumerate()
        .filter(|(_, (_, l))| l.pending)
        .fold(
            (Vec::new(), Decimal::ZERO),
            |(mut refs, sum), (i, (line, l))| {
                refs.push(LineRef::of(line, i));
                (refs, sum + l.amount)
            },
        );
    Budget {
        partners,
        bearers,
        lines,
        total_costs,
        eligible_costs,
        pending_lines,
        pending_costs,
    }
}

/// The amounts eligible costs bring, apart from eligibility.
pub(super) struct Amounts {
    /// Rate × eligible costs, before the cap.
    pub uncapped: Decimal,
    /// Whether the cap binds.
    pub cap_binds: bool,
    /// The grant once every check passes.
    pub potential_grant: Decimal,
    /// Potential grant ÷ eligible costs.
    pub effective_rate: Option<Decimal>,
    /// Eligible costs at which the grant reaches the cap.
    pub costs_at_cap: Decimal,
    /// How much eligible costs can grow before the cap.
    pub room_under_cap: Decimal,
    /// Eligible costs beyond the cap.
    pub costs_beyond_cap: Decimal,
    /// The pending lines' total and the grant if they counted.
    pub grant_if_pending_counted: Decimal,
}

/// Stage 2: the potential grant and the cap's figures.
pub(super) fn amounts(eligible_costs: Decimal, pending_costs: Decimal, p: &Parameters) -> Amounts {
    let rate = p.grant_rate.value;
    let cap = p.grant_cap.value;
    let uncapped = rate * eligible_costs;
    let potential_grant = capped_grant(eligible_costs, p);
    // Eligible costs at which the grant reaches the cap: cap ÷ rate.
    let costs_at_cap = cap / rate;
    Amounts {
        uncapped,
        cap_binds: uncapped > cap,
        potential_grant,
        effective_rate: (eligible_costs > Decimal::ZERO).then(|| {
            (potential_grant / eligible_costs).round_dp_with_strategy(4, RoundingStrategy::ToZero)
        }),
        costs_at_cap,
        room_under_cap: (costs_at_cap - eligible_costs).max(Decimal::ZERO),
        costs_beyond_cap: (eligible_costs - costs_at_cap).max(Decimal::ZERO),
        grant_if_pending_counted: capped_grant(eligible_costs + pending_costs, p),
    }
}

/// The rest of the dossier, from the potential grant.
pub(super) struct Dossier {
    /// The de minimis aids with this grant.
    pub de_minimis: DeMinimisFigures,
    /// The financing plan.
    pub financing: Financing,
    /// The grant if non-recoverable VAT counted.
    pub vat_alternative: Option<VatAlternative>,
}

/// Stage 3: de minimis, the financing plan and the VAT alternative.
pub(super) fn dossier(
    draft: &Draft,
    budget: &Budget,
    potential_grant: Decimal,
    p: &Parameters,
) -> Dossier {
    Dossier {
        de_minimis: funding::de_minimis_figures(draft, potential_grant, p),
        financing: funding::financing(draft, budget.total_costs, potential_grant),
        vat_alternative: funding::vat_alternative(draft, &budget.lines, budget.eligible_costs, p),
    }
}

/// Stage 4: the check of every rule in force on the submission date, in the
/// order of the declarations. The dossier's checks (de minimis, financing
/// plan) only pass or warn, so they never move the verdict.
pub(super) fn checks(inputs: &CheckInputs) -> Vec<Check> {
    in_force(inputs.draft.timeline.submission)
        .map(|rule| (rule.check)(inputs))
        .collect()
}

/// What is paid once the verdict is known.
pub(super) struct Paid {
    /// What the checks conclude.
    pub verdict: Verdict,
    /// The grant: the potential grant if eligible, else 0.
    pub grant: Decimal,
    /// The advance paid.
    pub advance: Decimal,
    /// The advance the potential grant would allow.
    pub potential_advance: Decimal,
    /// Whether it is asked with a justification.
    pub advance_justified: bool,
    /// The most the advance may be, two readings.
    pub advance_readings: AdvanceReadings,
}

/// Stage 5: the grant and the advance, combined with the verdict at the end.
pub(super) fn paid(
    draft: &Draft,
    verdict: Verdict,
    eligible_costs: Decimal,
    amounts: &Amounts,
    p: &Parameters,
) -> Paid {
    let grant = if verdict == Verdict::Eligible {
        amounts.potential_grant
    } else {
        Decimal::ZERO
    };
    let advance_justified = commitments::advance_justified(draft);
    let advance_of = |g: Decimal| {
        if advance_justified {
            to_cent(g * p.advance_rate.value)
        } else {
            Decimal::ZERO
        }
    };
    Paid {
        verdict,
        grant,
        advance: advance_of(grant),
        potential_advance: advance_of(amounts.potential_grant),
        advance_justified,
        advance_readings: AdvanceReadings {
            ours: to_cent(grant * p.advance_rate.value),
            letter: to_cent(eligible_costs * p.advance_rate.value).min(grant),
        },
    }
}

/// Groups the lines' amounts by key, in the order of `keys`, leaving out
/// empty groups. `key_of[i]` is the index in `keys` of line `i`'s key, if any.
/// One pass over the lines whatever the number of keys.
fn group_costs(
    keys: &[&str],
    key_of: &[Option<usize>],
    lines: &[LineAssessment],
) -> Vec<CostGroup> {
    let mut sums = vec![(Decimal::ZERO, Decimal::ZERO); keys.len()];
    for (line, key) in lines.iter().zip(key_of) {
        if let Some(&k) = key.as_ref() {
            let (total, eligible) = &mut sums[k];
            *total += line.amount;
            if line.eligible {
                *eligible += line.amount;
            }
        }
    }
    keys.iter()
        .zip(sums)
        .filter(|(_, (total, _))| !total.is_zero())
        .map(|(key, (total, eligible))| CostGroup {
            key: key.to_string(),
            total,
            eligible,
        })
        .collect()
}

/// Costs by category (in the order of the draft format) and by bearing partner.
fn cost_groups(draft: &Draft, budget: &Budget) -> (Vec<CostGroup>, Vec<CostGroup>) {
    let category_keys: Vec<&str> = Category::ALL.iter().map(|c| c.code()).collect();
    // Category::ALL lists the variants in their order of declaration.
    let category_of: Vec<Option<usize>> = draft
        .budget
        .iter()
        .map(|l| Some(l.category as usize))
        .collect();
    let partner_keys: Vec<&str> = draft.partners.iter().map(|q| q.id.as_str()).collect();
    (
        group_costs(&category_keys, &category_of, &budget.lines),
        group_costs(&partner_keys, &budget.bearers, &budget.lines),
    )
}

/// Stage 6: the assessment put together from the stages (advice still empty).
#[allow(clippy::too_many_arguments)]
pub(super) fn assemble(
    draft: &Draft,
    p: &Parameters,
    budget: Budget,
    amounts: Amounts,
    dossier: Dossier,
    marks: Marks,
    checks: Vec<Check>,
    paid: Paid,
) -> Assessment {
    let (costs_by_category, costs_by_partner) = cost_groups(draft, &budget);
    let cap = p.grant_cap.value;
    Assessment {
        verdict: paid.verdict,
        total_costs: budget.total_costs,
        eligible_costs: budget.eligible_costs,
        grant: paid.grant,
        advance: paid.advance,
        cap_binds: amounts.cap_binds,
        checks,
        // Left out by a rule: pending lines are neither counted nor excluded.
        excluded_costs: budget.total_costs - budget.eligible_costs - budget.pending_costs,
        uncapped_grant: to_cent(amounts.uncapped),
        potential_grant: amounts.potential_grant,
        effective_rate: amounts.effective_rate,
        potential_advance: paid.potential_advance,
        balance: paid.grant - paid.advance,
        own_share: budget.total_costs - paid.grant,
        pending: Pending {
            costs: budget.pending_costs,
            grant_if_counted: amounts.grant_if_pending_counted,
            lines: budget.pending_lines,
        },
        costs_at_cap: amounts.costs_at_cap,
        room_under_cap: amounts.room_under_cap,
        costs_beyond_cap: amounts.costs_beyond_cap,
        grant_below_cap: cap - amounts.potential_grant,
        advance_requested: draft.advance.requested,
        advance_justified: paid.advance_justified,
        advance_readings: paid.advance_readings,
        costs_by_category,
        costs_by_partner,
        lines: budget.lines,
        partners: budget.partners,
        marks,
        last_allowed_end: draft
            .timeline
            .start
            .and_then(|start| timeline::last_allowed_end(start, p)),
        advice: Vec::new(),
        de_minimis: dossier.de_minimis,
        financing: dossier.financing,
        vat_alternative: dossier.vat_alternative,
        parameters: p.clone(),
        scheme_opened: p.effective,
    }
}

/// Stage 7: the path to eligibility, from the checks and figures.
pub(super) fn advice(
    draft: &Draft,
    a: &Assessment,
    p: &Parameters,
) -> Vec<crate::advice::Suggestion> {
    let grounds = advice::Grounds {
        checks: &a.checks,
        lines: &a.lines,
        marks: &a.marks,
        last_allowed_end: a.last_allowed_end,
        eligible_costs: a.eligible_costs,
        room_under_cap: a.room_under_cap,
        costs_beyond_cap: a.costs_beyond_cap,
    };
    advice::path_to_eligibility(draft, grounds, p)
}
