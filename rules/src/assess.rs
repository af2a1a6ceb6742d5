//! The assessment: checks → verdict; eligible costs → rate → cap → rounding;
//! grant = verdict eligible ? amount : 0, the potential amount still shown.
//! Everything any view shows is here, as facts and figures: the parameters
//! used, the marks, the last allowed end, where each partner is, the advice.
//! Nothing here is a sentence; the text module (`text`) words it.

use crate::advice::Suggestion;
use crate::date::Date;
use crate::draft::Draft;
use crate::params::{self, Parameters};
use crate::rules::appraisal::{self, Marks};
use crate::rules::funding::{DeMinimisFigures, Financing, VatAlternative};
use crate::rules::{Check, CheckInputs, LineRef, Location, RuleId, Status};
use rust_decimal::Decimal;

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

/// How one budget line fares: the outcome of the cost rules, kept with them.
pub use crate::rules::costs::LineAssessment;

mod stages;

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

    /// How many budget lines are left out by a rule (pending ones are apart).
    pub fn excluded_line_count(&self) -> usize {
        self.lines
            .iter()
            .filter(|l| !l.eligible && !l.pending)
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

/// Assesses a draft with the given parameters, stage by stage: each line's
/// outcome, the amounts, the dossier's figures, the checks in force on the
/// submission date (the verdict), what is paid, then the advice.
pub fn assess_with(draft: &Draft, p: &Parameters) -> Result<Assessment, AssessError> {
    stages::refuse_out_of_range(draft)?;
    let budget = stages::lines(draft, p);
    let amounts = stages::amounts(budget.eligible_costs, budget.pending_costs, p);
    let dossier = stages::dossier(draft, &budget, amounts.potential_grant, p);
    let marks = appraisal::marks(draft, p);
    let checks = stages::checks(&CheckInputs {
        draft,
        p,
        lines: &budget.lines,
        eligible_costs: budget.eligible_costs,
        marks: &marks,
        de_minimis: &dossier.de_minimis,
        financing: &dossier.financing,
    });
    let paid = stages::paid(draft, verdict(&checks), budget.eligible_costs, &amounts, p);
    let mut assessment = stages::assemble(draft, p, budget, amounts, dossier, marks, checks, paid);
    assessment.advice = stages::advice(draft, &assessment, p);
    Ok(assessment)
}
