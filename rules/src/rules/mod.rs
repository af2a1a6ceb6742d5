//! The eligibility rules, grouped as the scheme's text is: beneficiaries,
//! project, timeline, costs, appraisal, commitments. Each rule is declared
//! once, in [`RULES`] (`declare_rules!`): its stable id ([`RuleId`]), the
//! sentence it implements quoted ([`Rule`]), the parameters it reads, where
//! the form answers it, the dates it is in force, and its function, which
//! returns a [`Check`]: a status and typed facts ([`Finding`]), never a
//! sentence. The words live in the text module (`text`).

pub mod appraisal;
pub mod beneficiaries;
pub mod commitments;
pub mod costs;
pub mod funding;
pub mod project;
pub mod timeline;

use crate::date::Date;
use crate::draft::{BudgetLine, Draft, Partner, PartnerKind, S3Domain};
use crate::params::Parameters;
use appraisal::Marks;
pub use beneficiaries::Department;
use costs::LineAssessment;
use funding::{DeMinimisFigures, Financing};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

pub use appraisal::Criterion;
pub use beneficiaries::{locate, Location};

/// Declares the rules, each once, in the order the checks are listed: its id
/// as the draft format spells it, the sentence it implements, the parameters
/// it reads, where in the form it is answered, the dates it is in force and
/// the function that checks it. [`RuleId`], [`RuleId::ALL`], the ids in the
/// JSON, the order of the checks, the page's "go to" and the TypeScript union
/// of ids (`js/booster-ia.d.ts`, checked by a test) all follow from [`RULES`].
macro_rules! declare_rules {
    ($(
        $(#[cfg($cfg:meta)])?
        $variant:ident = $code:literal {
            quote: $quote:expr,
            reads: [$($param:literal),* $(,)?],
            answered_in: $section:ident [$($control:literal),* $(,)?],
            in_force: $in_force:expr,
            check: $check:expr $(,)?
        }
    )+) => {
        /// The stable id of a rule, spelled as in the draft format (`one-lead`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId { $($(#[cfg($cfg)])? $variant),+ }

        impl RuleId {
            /// Every rule, in the order the checks are listed.
            pub const ALL: &'static [RuleId] = &[$($(#[cfg($cfg)])? RuleId::$variant),+];

            /// The id as written in the draft format and the reports.
            pub fn code(self) -> &'static str {
                match self { $($(#[cfg($cfg)])? RuleId::$variant => $code),+ }
            }

            /// The rule spelled `code`.
            pub fn from_code(code: &str) -> Option<RuleId> {
                match code { $($(#[cfg($cfg)])? $code => Some(RuleId::$variant),)+ _ => None }
            }
        }

        /// Every rule's declaration, in the order of [`RuleId::ALL`].
        pub static RULES: &[RuleDecl] = &[$(
            $(#[cfg($cfg)])?
            RuleDecl {
                id: RuleId::$variant,
                quote: $quote,
                reads: &[$($param),*],
                answered_in: Answered { section: Section::$section, controls: &[$($control),*] },
                in_force: $in_force,
                check: $check,
            }
        ),+];
    };
}

declare_rules! {
    OneLead = "one-lead" {
        quote: &beneficiaries::ONE_LEAD,
        reads: [],
        answered_in: Partners [],
        in_force: InForce::ALWAYS,
        check: |i| beneficiaries::one_lead(i.draft, i.p),
    }
    LeadKind = "lead-kind" {
        quote: &beneficiaries::LEAD_KIND,
        reads: [],
        answered_in: Partners [],
        in_force: InForce::ALWAYS,
        check: |i| beneficiaries::lead_kind(i.draft, i.p),
    }
    LeadInNormandy = "lead-in-normandy" {
        quote: &beneficiaries::LEAD_IN_NORMANDY,
        reads: ["normandy_departments"],
        answered_in: Partners [],
        in_force: InForce::ALWAYS,
        check: |i| beneficiaries::lead_in_normandy(i.draft, i.p),
    }
    Postcodes = "postcodes" {
        quote: &beneficiaries::POSTCODES,
        reads: [],
        answered_in: Partners [],
        in_force: InForce::ALWAYS,
        check: |i| beneficiaries::postcodes(i.draft, i.p),
    }
    TwoNormandyStructures = "two-normandy-structures" {
        quote: &beneficiaries::TWO_NORMANDY_STRUCTURES,
        reads: ["min_normandy_structures", "normandy_departments"],
        answered_in: Partners [],
        in_force: InForce::ALWAYS,
        check: |i| beneficiaries::two_normandy_structures(i.draft, i.p),
    }
    AiAndData = "ai-and-data" {
        quote: &project::AI_AND_DATA,
        reads: [],
        answered_in: Project ["project-ai-use", "project-data-used"],
        in_force: InForce::ALWAYS,
        check: |i| project::ai_and_data(i.draft, i.p),
    }
    Duration = "duration" {
        quote: &timeline::DURATION,
        reads: ["max_duration_months"],
        answered_in: Timeline ["date-start", "date-end"],
        in_force: InForce::ALWAYS,
        check: |i| timeline::duration(i.draft, i.p),
    }
    Milestones = "milestones" {
        quote: &timeline::MILESTONES,
        reads: [],
        answered_in: Timeline ["milestone-0-label", "milestone-0-date", "add-milestone"],
        in_force: InForce::ALWAYS,
        check: |i| timeline::milestones(i.draft, i.p),
    }
    Commons = "commons" {
        quote: &commitments::COMMONS,
        reads: [],
        answered_in: Follow ["commons-experience", "commons-tools", "commons-open-data"],
        in_force: InForce::ALWAYS,
        check: |i| commitments::commons(i.draft, i.p),
    }
    Indicators = "indicators" {
        quote: &commitments::INDICATORS,
        reads: [],
        answered_in: Follow ["indicator-0-label", "indicator-0-target", "add-indicator"],
        in_force: InForce::ALWAYS,
        check: |i| commitments::indicators(i.draft, i.p),
    }
    Commitments = "commitments" {
        quote: &commitments::COMMITMENTS,
        reads: [],
        answered_in: Follow ["commit-report", "commit-review"],
        in_force: InForce::ALWAYS,
        check: |i| commitments::commitments(i.draft, i.p),
    }
    SelfAssessment = "self-assessment" {
        quote: &appraisal::SELF_ASSESSMENT,
        reads: ["min_total_score", "criteria_maxima"],
        answered_in: Scores [],
        in_force: InForce::ALWAYS,
        check: |i| appraisal::self_assessment(i.marks),
    }
    EligibleCosts = "eligible-costs" {
        quote: &costs::ELIGIBLE_COSTS,
        reads: [],
        answered_in: Budget [],
        in_force: InForce::ALWAYS,
        check: |i| costs::eligible_costs(i.draft, i.eligible_costs),
    }
    BudgetLinesComplete = "budget-lines-complete" {
        quote: &costs::BUDGET_LINES_COMPLETE,
        reads: [],
        answered_in: Budget [],
        in_force: InForce::ALWAYS,
        check: |i| costs::budget_lines_complete(i.draft, i.p),
    }
    CostCategory = "cost-category" {
        quote: &costs::COST_CATEGORY,
        reads: [],
        answered_in: Budget [],
        in_force: InForce::ALWAYS,
        check: |i| costs::line_rule_summary(RuleId::CostCategory, &i.draft.budget, i.lines),
    }
    PermanentPublicStaff = "permanent-public-staff" {
        quote: &costs::PERMANENT_PUBLIC_STAFF,
        reads: [],
        answered_in: Budget [],
        in_force: InForce::ALWAYS,
        check: |i| costs::line_rule_summary(RuleId::PermanentPublicStaff, &i.draft.budget, i.lines),
    }
    CostBearer = "cost-bearer" {
        quote: &costs::COST_BEARER,
        reads: ["normandy_departments"],
        answered_in: Budget [],
        in_force: InForce::ALWAYS,
        check: |i| costs::line_rule_summary(RuleId::CostBearer, &i.draft.budget, i.lines),
    }
    #[cfg(feature = "second-version-fixture")]
    LicencesShare = "licences-share" {
        quote: &costs::LICENCES_SHARE,
        reads: ["licences_max_share"],
        answered_in: Budget [],
        in_force: InForce::from(Date::declared(2027, 7, 1)),
        check: |i| costs::licences_share(i.draft, i.lines, i.eligible_costs, i.p),
    }
    Advance = "advance" {
        quote: &commitments::ADVANCE,
        reads: ["advance_rate"],
        answered_in: Follow ["advance-justification"],
        in_force: InForce::ALWAYS,
        check: |i| commitments::advance(i.draft, i.p),
    }
    IncentiveEffect = "incentive-effect" {
        quote: &project::INCENTIVE_EFFECT,
        reads: [],
        answered_in: Timeline ["date-submission"],
        in_force: InForce::ALWAYS,
        check: |i| project::incentive_effect(i.draft, i.p),
    }
    ExclVat = "excl-vat" {
        quote: &funding::EXCL_VAT,
        reads: ["grant_cap"],
        answered_in: Funding [],
        in_force: InForce::ALWAYS,
        check: |i| funding::excl_vat(i.draft, i.lines, i.p),
    }
    S3Domain = "s3-domain" {
        quote: &project::S3_DOMAIN,
        reads: [],
        answered_in: Project [],
        in_force: InForce::ALWAYS,
        check: |i| project::s3_domain(i.draft, i.p),
    }
    DeMinimis = "de-minimis" {
        quote: &funding::DE_MINIMIS,
        reads: ["de_minimis_ceiling", "de_minimis_period_years"],
        answered_in: Funding [],
        in_force: InForce::ALWAYS,
        check: |i| funding::de_minimis(i.draft, i.de_minimis),
    }
    FinancingPlan = "financing-plan" {
        quote: &funding::FINANCING_PLAN,
        reads: ["grant_rate", "grant_cap"],
        answered_in: Funding [],
        in_force: InForce::ALWAYS,
        check: |i| funding::financing_plan(i.financing),
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl RuleId {
    /// Its declaration.
    pub fn decl(self) -> &'static RuleDecl {
        // RULES lists the rules in the order of the enum (tested).
        &RULES[self as usize]
    }

    /// The sentence of the scheme this rule implements.
    pub fn rule(self) -> &'static Rule {
        self.decl().quote
    }
}

/// One rule, declared once (see `declare_rules!`).
#[derive(Debug)]
pub struct RuleDecl {
    /// Its id.
    pub id: RuleId,
    /// The sentence of the scheme it implements.
    pub quote: &'static Rule,
    /// The fields of the parameter table it reads.
    pub reads: &'static [&'static str],
    /// Where in the form it is answered.
    pub answered_in: Answered,
    /// When it is in force.
    pub in_force: InForce,
    /// The check: a status and facts.
    pub check: fn(&CheckInputs) -> Check,
}

/// A section of the form, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// The project.
    Project,
    /// The partners.
    Partners,
    /// The budget.
    Budget,
    /// The timeline.
    Timeline,
    /// Follow-up, commons and commitments.
    Follow,
    /// Other aid and funding: VAT, de minimis, other public funding.
    Funding,
    /// The self-assessment.
    Scores,
}

/// Where the facts a rule reads are entered: its section, and the ids of the
/// controls that answer it when the section holds several kinds of answer
/// (empty: the section's first empty field).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answered {
    /// The section.
    pub section: Section,
    /// The page's controls that answer it, in the order they are gone to.
    pub controls: &'static [&'static str],
}

/// The days a rule is in force, both ends included; `None`: no bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InForce {
    /// The first day it applies to an application filed then.
    pub from: Option<Date>,
    /// The last day.
    pub until: Option<Date>,
}

impl InForce {
    /// In force for every application.
    pub const ALWAYS: InForce = InForce {
        from: None,
        until: None,
    };

    /// In force for applications filed on or after `date`.
    pub const fn from(date: Date) -> InForce {
        InForce {
            from: Some(date),
            until: None,
        }
    }

    /// Whether it applies to an application filed on `submission`. Without
    /// that date the latest version of the scheme applies (as for the
    /// parameters): a rule in force with no end.
    pub fn covers(self, submission: Option<Date>) -> bool {
        match submission {
            Some(day) => {
                self.from.is_none_or(|from| from <= day)
                    && self.until.is_none_or(|until| day <= until)
            }
            None => self.until.is_none(),
        }
    }
}

/// What the checks read: the draft, the parameters in force, and what the
/// assessment worked out before them (each line's outcome, the marks, the
/// dossier's figures).
#[derive(Clone, Copy, Debug)]
pub struct CheckInputs<'a> {
    /// The draft.
    pub draft: &'a Draft,
    /// The parameters in force.
    pub p: &'a Parameters,
    /// Each budget line's outcome, in the order of the budget.
    pub lines: &'a [LineAssessment],
    /// Sum of the eligible lines.
    pub eligible_costs: Decimal,
    /// The estimated marks.
    pub marks: &'a Marks,
    /// The de minimis aids with the potential grant.
    pub de_minimis: &'a DeMinimisFigures,
    /// The financing plan.
    pub financing: &'a Financing,
}

/// The rules in force for an application filed on `submission`, in order.
pub fn in_force(submission: Option<Date>) -> impl Iterator<Item = &'static RuleDecl> {
    RULES.iter().filter(move |r| r.in_force.covers(submission))
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
    /// Tests only (hypothetical rule): the eligible licences against the
    /// most they may count of eligible costs.
    #[cfg(feature = "second-version-fixture")]
    LicencesShare {
        licences: Decimal,
        eligible: Decimal,
        max_share: Decimal,
        /// The most they may count: `eligible × max_share`.
        ceiling: Decimal,
    },
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
