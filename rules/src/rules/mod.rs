//! The eligibility rules, grouped as the scheme's text is: beneficiaries,
//! project, timeline, costs, appraisal, commitments. Each rule has a stable id
//! ([`RuleId`]), the sentence it implements quoted ([`Rule`]) and a function of
//! the same name that returns a [`Check`]: a status and typed facts
//! ([`Finding`]), never a sentence. The words live in the text module (`text`).

pub mod appraisal;
pub mod beneficiaries;
pub mod commitments;
pub mod costs;
pub mod funding;
pub mod project;
pub mod timeline;

use crate::date::Date;
use crate::draft::{BudgetLine, Partner, PartnerKind, S3Domain};
pub use beneficiaries::Department;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

pub use appraisal::Criterion;
pub use beneficiaries::{locate, Location};

/// Defines [`RuleId`] with its spelling and its place in the order of the checks.
macro_rules! rule_ids {
    ($($variant:ident = $code:literal,)+) => {
        /// The stable id of a rule, spelled as in the draft format (`one-lead`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId { $($variant),+ }

        impl RuleId {
            /// Every rule, in the order the checks are listed.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),+];

            /// The id as written in the draft format and the reports.
            pub fn code(self) -> &'static str {
                match self { $(RuleId::$variant => $code),+ }
            }

            /// The rule spelled `code`.
            pub fn from_code(code: &str) -> Option<RuleId> {
                match code { $($code => Some(RuleId::$variant),)+ _ => None }
            }
        }
    };
}

rule_ids! {
    OneLead = "one-lead",
    LeadKind = "lead-kind",
    LeadInNormandy = "lead-in-normandy",
    Postcodes = "postcodes",
    TwoNormandyStructures = "two-normandy-structures",
    AiAndData = "ai-and-data",
    Duration = "duration",
    Milestones = "milestones",
    Commons = "commons",
    Indicators = "indicators",
    Commitments = "commitments",
    SelfAssessment = "self-assessment",
    EligibleCosts = "eligible-costs",
    BudgetLinesComplete = "budget-lines-complete",
    CostCategory = "cost-category",
    PermanentPublicStaff = "permanent-public-staff",
    CostBearer = "cost-bearer",
    Advance = "advance",
    IncentiveEffect = "incentive-effect",
    ExclVat = "excl-vat",
    S3Domain = "s3-domain",
    DeMinimis = "de-minimis",
    FinancingPlan = "financing-plan",
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl RuleId {
    /// The sentence of the scheme this rule implements.
    pub fn rule(self) -> &'static Rule {
        match self {
            RuleId::OneLead => &beneficiaries::ONE_LEAD,
            RuleId::LeadKind => &beneficiaries::LEAD_KIND,
            RuleId::LeadInNormandy => &beneficiaries::LEAD_IN_NORMANDY,
            RuleId::Postcodes => &beneficiaries::POSTCODES,
            RuleId::TwoNormandyStructures => &beneficiaries::TWO_NORMANDY_STRUCTURES,
            RuleId::AiAndData => &project::AI_AND_DATA,
            RuleId::Duration => &timeline::DURATION,
            RuleId::Milestones => &timeline::MILESTONES,
            RuleId::Commons => &commitments::COMMONS,
            RuleId::Indicators => &commitments::INDICATORS,
            RuleId::Commitments => &commitments::COMMITMENTS,
            RuleId::SelfAssessment => &appraisal::SELF_ASSESSMENT,
            RuleId::EligibleCosts => &costs::ELIGIBLE_COSTS,
            RuleId::BudgetLinesComplete => &costs::BUDGET_LINES_COMPLETE,
            RuleId::CostCategory => &costs::COST_CATEGORY,
            RuleId::PermanentPublicStaff => &costs::PERMANENT_PUBLIC_STAFF,
            RuleId::CostBearer => &costs::COST_BEARER,
            RuleId::Advance => &commitments::ADVANCE,
            RuleId::IncentiveEffect => &project::INCENTIVE_EFFECT,
            RuleId::ExclVat => &funding::EXCL_VAT,
            RuleId::S3Domain => &project::S3_DOMAIN,
            RuleId::DeMinimis => &funding::DE_MINIMIS,
            RuleId::FinancingPlan => &funding::FINANCING_PLAN,
        }
    }
}

/// A rule of the scheme: the sentence it implements. Its short name and our
/// reading of an ambiguous text are words, in the text module (`text`).
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// The sentence of the scheme, in French, as written (`[…]` marks words left out).
    pub citation: &'static str,
    /// An English gloss of the citation.
    pub citation_en: &'static str,
}

/// The outcome of one check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Satisfied.
    Pass,
    /// Not satisfied: the project is not eligible.
    Fail,
    /// Information not given yet.
    Missing,
    /// Worth attention, does not decide eligibility.
    Warning,
    /// For information.
    Info,
}

impl Status {
    /// The draft format's spelling.
    pub fn code(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Missing => "missing",
            Status::Warning => "warning",
            Status::Info => "info",
        }
    }
}

/// A partner as a fact names it: its id, its place in the list (from 1), its name.
///
/// Two references are equal when a sentence names them the same: by name
/// when they have one, by place when not. A partner moved in the list, its
/// name unchanged, changes no fact (the comparison of scenarios relies on it).
#[derive(Clone, Debug)]
pub struct PartnerRef {
    /// The partner's id.
    pub id: String,
    /// Its position among the partners, from 1 (how the form numbers it).
    pub position: usize,
    /// Its name, trimmed; empty when not given yet.
    pub name: String,
}

/// A budget line as a fact names it. Equal, like [`PartnerRef`], when a
/// sentence names two the same: by label, or by place when unlabelled.
#[derive(Clone, Debug)]
pub struct LineRef {
    /// The line's id.
    pub id: String,
    /// Its position in the budget, from 1 (how the form numbers it).
    pub position: usize,
    /// Its label, trimmed; empty when not given yet.
    pub label: String,
}

impl PartialEq for PartnerRef {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && (!self.name.is_empty() || self.position == other.position)
    }
}

impl Eq for PartnerRef {}

impl PartialEq for LineRef {
    fn eq(&self, other: &Self) -> bool {
        self.label == other.label && (!self.label.is_empty() || self.position == other.position)
    }
}

impl Eq for LineRef {}

impl LineRef {
    /// The line at `index` (from 0) of the budget.
    pub fn of(line: &BudgetLine, index: usize) -> LineRef {
        LineRef {
            id: line.id.clone(),
            position: index + 1,
            label: line.label.trim().to_string(),
        }
    }
}

/// What a check found, as typed values. Each variant belongs to one or more
/// rules; the status of the check says which way it went where one variant
/// serves both (for example [`Finding::NormandyStructures`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// No partner is marked as lead (`one-lead`).
    NoLead,
    /// The one lead.
    Lead { lead: PartnerRef },
    /// Several partners are marked as lead.
    SeveralLeads { leads: Vec<PartnerRef> },
    /// No lead yet, so the lead's kind or place cannot be checked.
    NoLeadYet,
    /// The lead is of a kind the text lists.
    LeadKindAdmissible { kind: PartnerKind },
    /// These leads are of a kind the text does not list.
    LeadKindNotAdmissible { leads: Vec<PartnerRef> },
    /// These leads have a postcode outside Normandy (the first one's postcode).
    LeadOutsideNormandy {
        leads: Vec<PartnerRef>,
        postcode: String,
    },
    /// The lead's postcode is not given yet.
    LeadPostcodeMissing { lead: PartnerRef },
    /// The lead is in this department of Normandy.
    LeadInNormandy { department: Department },
    /// No partner yet.
    NoPartners,
    /// Every partner gave its postcode.
    PostcodesGiven,
    /// These partners have not given their postcode.
    PostcodesMissing { partners: Vec<PartnerRef> },
    /// Distinct Normandy structures counted, and how many the text needs.
    NormandyStructures { counted: usize, needed: usize },
    /// Whether the use of AI and the data are described.
    AiAndData {
        ai_described: bool,
        data_described: bool,
    },
    /// The smart specialisation domain chosen, if any.
    S3Domain { domain: Option<S3Domain> },
    /// The submission or start date is missing.
    IncentiveDatesMissing,
    /// When work starts against when the application is filed.
    WorkStarts { start: Date, submission: Date },
    /// The start or end date (or both) is missing.
    DatesMissing { start: bool, end: bool },
    /// The end is before the start.
    EndBeforeStart { start: Date, end: Date },
    /// The project's dates against the last allowed end.
    Duration {
        start: Date,
        end: Date,
        last_allowed_end: Date,
        months: u32,
        days_over: i64,
    },
    /// The start date is beyond the calendar the simulator computes with.
    StartOutsideCalendar,
    /// No milestone (optional).
    NoMilestone,
    /// Milestones are checked once both dates are known.
    MilestonesAwaitDates,
    /// Every dated milestone is within the project.
    MilestonesWithin { count: usize },
    /// These milestones (label, date) fall outside the project.
    MilestonesOutside { milestones: Vec<(String, Date)> },
    /// The contributions to the commons given.
    Commons {
        experience_report: bool,
        tools_or_content: bool,
        open_data: bool,
    },
    /// Progress indicators with a label.
    Indicators { count: usize },
    /// The two undertakings the text asks of winners.
    Commitments {
        report_indicators: bool,
        collective_review: bool,
    },
    /// An advance, requested or not, justified or not.
    Advance { requested: bool, justified: bool },
    /// A mark above its criterion's maximum.
    MarkAboveMaximum {
        criterion: Criterion,
        mark: u32,
        max: u32,
    },
    /// Not every criterion is marked yet.
    MarksMissing {
        given: usize,
        criteria: usize,
        total: u32,
        out_of: u32,
    },
    /// The estimated total against the lowest admissible one.
    Marks {
        total: u32,
        minimum: u32,
        out_of: u32,
    },
    /// The eligible costs, positive.
    EligibleCosts { amount: Decimal },
    /// No budget line at all.
    NoCost,
    /// Lines, but none eligible with an amount.
    NoEligibleCost,
    /// No budget line yet (`budget-lines-complete`).
    NoBudgetLines,
    /// Every line has an amount and a bearer.
    LinesComplete,
    /// These lines lack an amount or a bearer.
    LinesIncomplete { lines: Vec<LineRef> },
    /// No line excluded by this per-line rule.
    NoLineExcluded,
    /// These lines are excluded by this per-line rule, for this total.
    LinesExcluded { lines: Vec<LineRef>, total: Decimal },
    /// Personnel lines of public bodies, for this total, whose person is not
    /// said yet to be permanent staff or not (`permanent-public-staff`).
    PermanentStaffNotSaid { lines: Vec<LineRef>, total: Decimal },
    /// Every amount excludes VAT; the cap in force.
    AmountsExclVat {
        cap: Decimal,
        not_recovering: Vec<PartnerRef>,
        unknown: Vec<PartnerRef>,
    },
    /// Every partner bearing an eligible line recovers VAT.
    VatRecovered { cap: Decimal },
    /// The de minimis aids with this grant fit under the ceiling (the
    /// figures are in the assessment's `de_minimis`; a comparison then shows
    /// no change here for every change of the grant).
    DeMinimisFits { ceiling: Decimal },
    /// They exceed it, by `over_by`.
    DeMinimisOver {
        with_this_grant: Decimal,
        ceiling: Decimal,
        over_by: Decimal,
    },
    /// The list of de minimis aids is not declared complete yet.
    DeMinimisNotDeclared,
    /// This many aids lack their date or amount.
    DeMinimisIncomplete { aids: usize },
    /// Public funding exceeds the costs by `by`.
    OverFunded { by: Decimal },
    /// Public funding does not exceed the costs (the plan's figures are in
    /// the assessment's `financing`).
    FinancingBalanced,
}

/// The result of applying one rule to a draft: its id, its status, its facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// The rule.
    pub id: RuleId,
    /// The outcome.
    pub status: Status,
    /// What it found.
    pub finding: Finding,
}

impl Check {
    /// A check of rule `id`.
    pub fn new(id: RuleId, status: Status, finding: Finding) -> Check {
        Check {
            id,
            status,
            finding,
        }
    }

    /// The sentence of the scheme behind it.
    pub fn rule(&self) -> &'static Rule {
        self.id.rule()
    }
}

/// Why a budget line is left out of eligible costs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Its category is not on the list of eligible expenses.
    CategoryNotEligible { category: crate::draft::Category },
    /// Permanent staff of a public body.
    PermanentPublicStaff,
    /// A public body's personnel line, not said yet to be permanent staff or
    /// not: left out until answered (pending).
    PermanentStaffNotSaid,
    /// No partner bears it yet.
    NoBearer,
    /// The partner it names does not exist.
    BearerNotFound { partner: String },
    /// Borne by a partner of kind `other`.
    BearerNotAdmissible { partner: PartnerRef },
    /// Borne by a partner whose postcode is not given yet.
    BearerPostcodeMissing { partner: PartnerRef },
    /// Borne by a partner outside Normandy.
    BearerOutsideNormandy { partner: PartnerRef },
}

/// A rule that leaves a budget line out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exclusion {
    /// The rule that excludes it.
    pub rule: RuleId,
    /// Why.
    pub reason: Reason,
}

/// Whether a text is empty once trimmed.
pub(crate) fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// The partner at `index` (from 0) as a fact names it.
pub(crate) fn partner_ref(partner: &Partner, index: usize) -> PartnerRef {
    PartnerRef {
        id: partner.id.clone(),
        position: index + 1,
        name: partner.name.trim().to_string(),
    }
}
