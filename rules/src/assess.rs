//! The assessment: checks → verdict; eligible costs → rate → cap → rounding;
//! grant = verdict eligible ? amount : 0, the potential amount still shown.
//! Everything any view shows is here, as facts and figures: the parameters
//! used, the marks, the last allowed end, where each partner is, the advice.
//! Nothing here is a sentence; the text module (`text`) words it.

use crate::advice::{self, Suggestion};
use crate::date::Date;
use crate::draft::{Category, Draft};
use crate::money::max_line_amount;
use crate::params::{self, Parameters};
use crate::rules::appraisal::{self, Marks};
use crate::rules::costs;
use crate::rules::costs::Bearer;
use crate::rules::funding::{self, DeMinimisFigures, Financing, VatAlternative};
use crate::rules::{beneficiaries, commitments, project, timeline};
use crate::rules::{Check, Exclusion, LineRef, Location, RuleId, Status};
use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::HashMap;

/// What the checks conclude.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Every check passes (warnings aside).
    Eligible,
    /// At least one check fails.
    NotEligible,
    /// Nothing fails, but information is missing.
    Incomplete,
}

impl Verdict {
    /// The draft format's spelling.
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::NotEligible => "not_eligible",
            Verdict::Incomplete => "incomplete",
        }
    }
}

/// The verdict the checks give: `not_eligible` if any fails, else `incomplete`
/// if any is missing, else `eligible`.
pub fn verdict(checks: &[Check]) -> Verdict {
    if checks.iter().any(|c| c.status == Status::Fail) {
        Verdict::NotEligible
    } else if checks.iter().any(|c| c.status == Status::Missing) {
        Verdict::Incomplete
    } else {
        Verdict::Eligible
    }
}

/// The money figures and their derivations, each declared once (`figures`).
pub use crate::figures::{Explained, Figure};

/// How one budget line fares: the outcome of the cost rules, kept with them.
pub use crate::rules::costs::LineAssessment;

/// The costs of one category or one partner.
#[derive(Clone, Debug, PartialEq)]
pub struct CostGroup {
    /// The category code or the partner id.
    pub key: String,
    /// All its costs.
    pub total: Decimal,
    /// Those that count in eligible costs.
    pub eligible: Decimal,
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

/// Where one partner's establishment is, from its postcode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerPlace {
    /// The partner's id.
    pub id: String,
    /// Where its postcode places it.
    pub location: Location,
}

/// The advance the text allows on justification, read two ways: « Une avance
/// sur réalisation pourra être versée à hauteur de 50% des dépenses éligibles ».
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AdvanceReadings {
    /// Our reading: the advance rate × the grant, toward zero to the cent.
    pub ours: Decimal,
    /// The letter: the advance rate × eligible costs, toward zero to the
    /// cent, no more than the grant (an advance is paid on the grant).
    pub letter: Decimal,
}

/// The lines waiting for an answer before they count: public bodies'
/// personnel lines whose person is not said yet to be permanent staff, with
/// no other reason to be left out. Never folded into eligible costs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pending {
    /// Their total (0 when none).
    pub costs: Decimal,
    /// The potential grant if every pending line counted: the same rate, cap
    /// and rounding toward zero as [`Assessment::potential_grant`].
    pub grant_if_counted: Decimal,
    /// The lines, in the order of the budget (their ids in the JSON).
    pub lines: Vec<LineRef>,
}

impl Pending {
    /// Whether a line waits for an answer.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// Everything the simulator concludes about a draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// Eligible, not eligible or incomplete.
    pub verdict: Verdict,
    /// Sum of every budget line, excluding VAT.
    pub total_costs: Decimal,
    /// Sum of the eligible lines.
    pub eligible_costs: Decimal,
    /// The grant paid: the potential grant if eligible, else 0.
    pub grant: Decimal,
    /// The advance paid on request with justification.
    pub advance: Decimal,
    /// Whether the rate times eligible costs exceeds the cap.
    pub cap_binds: bool,
    /// Every check, in the order of the rules.
    pub checks: Vec<Check>,
    /// Sum of the lines a rule leaves out (pending lines are apart: `pending`).
    pub excluded_costs: Decimal,
    /// Rate × eligible costs, toward zero to the cent, before the cap.
    pub uncapped_grant: Decimal,
    /// The grant the eligible costs would bring once every check passes.
    pub potential_grant: Decimal,
    /// Potential grant ÷ eligible costs; `None` without eligible costs.
    pub effective_rate: Option<Decimal>,
    /// The advance the potential grant would allow (when requested with justification).
    pub potential_advance: Decimal,
    /// Paid at the end: grant − advance.
    pub balance: Decimal,
    /// What the partners fund themselves: total costs − grant.
    pub own_share: Decimal,
    /// The lines not counted until their person is said to be permanent
    /// staff or not, and the grant if they counted.
    pub pending: Pending,
    /// Eligible costs at which the grant reaches the cap: cap ÷ rate.
    pub costs_at_cap: Decimal,
    /// How much eligible costs can grow before the grant reaches the cap (0 once reached).
    pub room_under_cap: Decimal,
    /// Eligible costs beyond the point where the cap is reached (they bring no extra grant).
    pub costs_beyond_cap: Decimal,
    /// Cap − potential grant: how much more grant the cap would allow (0 once reached).
    pub grant_below_cap: Decimal,
    /// Whether an advance is requested.
    pub advance_requested: bool,
    /// Whether it is requested with a justification (and so paid).
    pub advance_justified: bool,
    /// The most the advance may be once justified, asked for or not: our
    /// reading of the text and its letter, side by side.
    pub advance_readings: AdvanceReadings,
    /// Costs by category, in the order of the draft format (categories with no cost left out).
    pub costs_by_category: Vec<CostGroup>,
    /// Costs by bearing partner, in the order of the partners (partners with no cost left out).
    pub costs_by_partner: Vec<CostGroup>,
    /// Each budget line.
    pub lines: Vec<LineAssessment>,
    /// Each partner's place, in the order of the partners.
    pub partners: Vec<PartnerPlace>,
    /// The estimated marks, their total and the threshold.
    pub marks: Marks,
    /// The last day the project may end, once its start is known.
    pub last_allowed_end: Option<Date>,
    /// What to change to be eligible, and the room under the cap.
    pub advice: Vec<Suggestion>,
    /// The de minimis aids against the ceiling, with this grant.
    pub de_minimis: DeMinimisFigures,
    /// The financing plan: uses against resources.
    pub financing: Financing,
    /// The grant if non-recoverable VAT were eligible (information), when a
    /// partner bearing an eligible line does not recover it.
    pub vat_alternative: Option<VatAlternative>,
    /// The parameters applied: the version in force on the submission date.
    pub parameters: Parameters,
    /// The day the first version of the table took effect: no application before it.
    pub scheme_opened: Date,
}

impl Assessment {
    /// The check of rule `id`.
    pub fn check(&self, id: RuleId) -> Option<&Check> {
        self.checks.iter().find(|c| c.id == id)
    }

    /// The money figure `figure`.
    pub fn money(&self, figure: Figure) -> Decimal {
        figure.of(self)
    }

    /// How many budget lines are left out by a rule (pending ones are apart).
    pub fn excluded_line_count(&self) -> usize {
        self.lines
            .iter()
            .filter(|l| !l.eligible && !costs::only_waits_for_staff_answer(&l.exclusions))
            .count()
    }

    /// The date the parameters applied took effect (`rules_version` in the JSON).
    pub fn rules_version(&self) -> Date {
        self.parameters.effective
    }

    /// Where partner `id` is, if it is a partner of the draft.
    pub fn partner_location(&self, id: &str) -> Option<&Location> {
        self.partners
            .iter()
            .find(|p| p.id == id)
            .map(|p| &p.location)
    }
}

/// A draft the engine cannot compute with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessError {
    /// A line's amount is beyond what the simulator computes with (10^15 €).
    AmountTooLarge {
        /// The line's id.
        line: String,
    },
    /// A line's amount is below zero.
    NegativeAmount {
        /// The line's id.
        line: String,
    },
}

impl std::error::Error for AssessError {}

/// The version of `versions` in force for this draft: on its submission date
/// if given and covered, else the latest.
pub fn parameters_among(versions: &[Parameters], draft: &Draft) -> Parameters {
    draft
        .timeline
        .submission
        .and_then(|d| versions.iter().rev().find(|p| p.effective <= d))
        .or_else(|| versions.last())
        .cloned()
        .expect("at least one version")
}

/// Assesses a draft with the parameters in force for it.
pub fn assess(draft: &Draft) -> Result<Assessment, AssessError> {
    assess_among(&params::versions(), draft)
}

/// Assesses a draft with the version of `versions` in force on its submission
/// date (a table other than the shipped one: tests of a second version).
pub fn assess_among(versions: &[Parameters], draft: &Draft) -> Result<Assessment, AssessError> {
    let mut a = assess_with(draft, &parameters_among(versions, draft))?;
    if let Some(first) = versions.first() {
        a.scheme_opened = first.effective;
    }
    Ok(a)
}

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

/// Assesses a draft with the given parameters.
pub fn assess_with(draft: &Draft, p: &Parameters) -> Result<Assessment, AssessError> {
    // Amounts are bounded so that the sums below cannot overflow `Decimal`.
    if let Some(line) = draft.budget.iter().find(|l| {
        l.amount
            .is_some_and(|a| a > max_line_amount() || a < Decimal::ZERO)
    }) {
        let line_id = line.id.clone();
        return Err(if line.amount.is_some_and(|a| a < Decimal::ZERO) {
            AssessError::NegativeAmount { line: line_id }
        } else {
            AssessError::AmountTooLarge { line: line_id }
        });
    }

    // Where each partner is, once; the lines then find their bearer by id.
    let partners: Vec<PartnerPlace> = draft
        .partners
        .iter()
        .map(|q| PartnerPlace {
            id: q.id.clone(),
            location: beneficiaries::locate(&q.postcode, q.country, p),
        })
        .collect();
    // The first partner of an id, as a search would find it (the format refuses
    // duplicates). A few partners are searched in place; many through a map.
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
    let bearers: Vec<Option<usize>> = draft
        .budget
        .iter()
        .map(|l| partner_of(&l.partner))
        .collect();
    let bearer_at = |index: usize| Bearer {
        index,
        partner: &draft.partners[index],
        location: &partners[index].location,
    };

    // Per-line eligibility.
    let mut lines = Vec::with_capacity(draft.budget.len());
    let mut total_costs = Decimal::ZERO;
    let mut eligible_costs = Decimal::ZERO;
    for (line, bearer) in draft.budget.iter().zip(&bearers) {
        let value = line.amount.unwrap_or(Decimal::ZERO);
        let reasons = costs::exclusions(line, bearer.map(bearer_at));
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
        .filter(|(_, (_, l))| costs::only_waits_for_staff_answer(&l.exclusions))
        .fold(
            (Vec::new(), Decimal::ZERO),
            |(mut refs, sum), (i, (line, l))| {
                refs.push(LineRef::of(line, i));
                (refs, sum + l.amount)
            },
        );
    // Left out by a rule: pending lines are neither counted nor excluded.
    let excluded_costs = total_costs - eligible_costs - pending_costs;
    let reasons: Vec<&[Exclusion]> = lines.iter().map(|l| l.exclusions.as_slice()).collect();
    let marks = appraisal::marks(draft, p);

    // Eligibility, in the order of RuleId::ALL.
    let checks = vec![
        beneficiaries::one_lead(draft, p),
        beneficiaries::lead_kind(draft, p),
        beneficiaries::lead_in_normandy(draft, p),
        beneficiaries::postcodes(draft, p),
        beneficiaries::two_normandy_structures(draft, p),
        project::ai_and_data(draft, p),
        timeline::duration(draft, p),
        timeline::milestones(draft, p),
        commitments::commons(draft, p),
        commitments::indicators(draft, p),
        commitments::commitments(draft, p),
        appraisal::self_assessment(&marks),
        costs::eligible_costs(draft, eligible_costs),
        costs::budget_lines_complete(draft, p),
        costs::line_rule_summary(RuleId::CostCategory, &draft.budget, &reasons),
        costs::line_rule_summary(RuleId::PermanentPublicStaff, &draft.budget, &reasons),
        costs::line_rule_summary(RuleId::CostBearer, &draft.budget, &reasons),
        commitments::advance(draft, p),
        project::incentive_effect(draft, p),
        funding::excl_vat(draft, &lines, p),
        project::s3_domain(draft, p),
    ];
    // The dossier's checks (de minimis, financing plan) only warn: the
    // verdict is the eligibility checks'.
    let verdict = verdict(&checks);
    let mut checks = checks;

    // Amount, apart from eligibility.
    let rate = p.grant_rate.value;
    let cap = p.grant_cap.value;
    let uncapped = rate * eligible_costs;
    let cap_binds = uncapped > cap;
    let potential_grant = capped_grant(eligible_costs, p);
    let pending = Pending {
        costs: pending_costs,
        grant_if_counted: capped_grant(eligible_costs + pending_costs, p),
        lines: pending_lines,
    };
    let effective_rate = (eligible_costs > Decimal::ZERO).then(|| {
        (potential_grant / eligible_costs).round_dp_with_strategy(4, RoundingStrategy::ToZero)
    });
    // Eligible costs at which the grant reaches the cap: cap ÷ rate.
    let costs_at_cap = cap / rate;
    let room_under_cap = (costs_at_cap - eligible_costs).max(Decimal::ZERO);
    let costs_beyond_cap = (eligible_costs - costs_at_cap).max(Decimal::ZERO);

    // Combined at the end.
    let grant = if verdict == Verdict::Eligible {
        potential_grant
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
    let advance = advance_of(grant);
    let potential_advance = advance_of(potential_grant);
    let advance_readings = AdvanceReadings {
        ours: to_cent(grant * p.advance_rate.value),
        letter: to_cent(eligible_costs * p.advance_rate.value).min(grant),
    };

    // The rest of the dossier, from the potential grant.
    let de_minimis = funding::de_minimis_figures(draft, potential_grant, p);
    let financing = funding::financing(draft, total_costs, potential_grant);
    let vat_alternative = funding::vat_alternative(draft, &lines, eligible_costs, p);
    checks.push(funding::de_minimis(draft, &de_minimis));
    checks.push(funding::financing_plan(&financing));

    let category_keys: Vec<&str> = Category::ALL.iter().map(|c| c.code()).collect();
    // Category::ALL lists the variants in their order of declaration.
    let category_of: Vec<Option<usize>> = draft
        .budget
        .iter()
        .map(|l| Some(l.category as usize))
        .collect();
    let costs_by_category = group_costs(&category_keys, &category_of, &lines);
    let partner_keys: Vec<&str> = draft.partners.iter().map(|q| q.id.as_str()).collect();
    let costs_by_partner = group_costs(&partner_keys, &bearers, &lines);
    let mut assessment = Assessment {
        verdict,
        total_costs,
        eligible_costs,
        grant,
        advance,
        cap_binds,
        checks,
        excluded_costs,
        uncapped_grant: to_cent(uncapped),
        potential_grant,
        effective_rate,
        potential_advance,
        balance: grant - advance,
        own_share: total_costs - grant,
        pending,
        costs_at_cap,
        room_under_cap,
        costs_beyond_cap,
        grant_below_cap: cap - potential_grant,
        advance_requested: draft.advance.requested,
        advance_justified,
        advance_readings,
        costs_by_category,
        costs_by_partner,
        lines,
        partners,
        marks,
        last_allowed_end: draft
            .timeline
            .start
            .and_then(|start| timeline::last_allowed_end(start, p)),
        advice: Vec::new(),
        de_minimis,
        financing,
        vat_alternative,
        parameters: p.clone(),
        scheme_opened: p.effective,
    };
    let grounds = advice::Grounds {
        checks: &assessment.checks,
        lines: &assessment.lines,
        marks: &assessment.marks,
        last_allowed_end: assessment.last_allowed_end,
        eligible_costs: assessment.eligible_costs,
        room_under_cap: assessment.room_under_cap,
        costs_beyond_cap: assessment.costs_beyond_cap,
    };
    assessment.advice = advice::path_to_eligibility(draft, grounds, p);
    Ok(assessment)
}
