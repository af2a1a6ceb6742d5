//! « Les dépenses éligibles »: which budget lines count, who must bear them,
//! whether the budget is complete, and « 12 500 € HT » (amounts excluding VAT).

use super::beneficiaries::{Location, BENEFICIARIES_IN_NORMANDY, BENEFICIARIES_IN_NORMANDY_EN};
use super::{partner_ref, Check, Exclusion, Finding, LineRef, Reason, Rule, RuleId, Status};
use crate::draft::{BudgetLine, Category, Draft, Partner};
use crate::params::Parameters;
use rust_decimal::Decimal;

const ELIGIBLE_EXPENSES: &str = "Les dépenses éligibles du projet faisant intervenir au moins deux structures normandes : - Les frais de personnel : stagiaires, chercheurs, techniciens et autres personnels d’appui s’ils sont employés pour le projet et à l’exclusion du personnel permanent des établissements publics, - Les frais de prestations intellectuelles, les licences d’utilisation, - Les prestations, - Les consommables supportés directement du fait du projet.";
const ELIGIBLE_EXPENSES_EN: &str = "Eligible expenses of a project involving at least two Normandy structures: personnel costs (interns, researchers, technicians and other support staff employed for the project, excluding permanent staff of public establishments); intellectual services and user licences; services; consumables borne directly by the project.";

/// The budget has at least one eligible expense.
pub static ELIGIBLE_COSTS: Rule = Rule {
    citation: ELIGIBLE_EXPENSES,
    citation_en: ELIGIBLE_EXPENSES_EN,
};

/// Every budget line has an amount and a partner bearing it.
pub static BUDGET_LINES_COMPLETE: Rule = Rule {
    citation: ELIGIBLE_EXPENSES,
    citation_en: ELIGIBLE_EXPENSES_EN,
};

/// Only the listed categories of expense are eligible.
pub static COST_CATEGORY: Rule = Rule {
    citation: ELIGIBLE_EXPENSES,
    citation_en: ELIGIBLE_EXPENSES_EN,
};

/// Permanent staff of public bodies is not eligible.
pub static PERMANENT_PUBLIC_STAFF: Rule = Rule {
    citation: "Les frais de personnel : stagiaires, chercheurs, techniciens et autres personnels d’appui s’ils sont employés pour le projet et à l’exclusion du personnel permanent des établissements publics",
    citation_en: "Personnel costs: interns, researchers, technicians and other support staff employed for the project, excluding permanent staff of public establishments.",
};

/// Costs are borne by admissible structures in Normandy.
pub static COST_BEARER: Rule = Rule {
    citation: BENEFICIARIES_IN_NORMANDY,
    citation_en: BENEFICIARIES_IN_NORMANDY_EN,
};

/// Tests only: a hypothetical rule in force from 2027-07-01 (the dated-rule
/// fixture), which no text of the Région states.
#[cfg(feature = "second-version-fixture")]
pub static LICENCES_SHARE: Rule = Rule {
    citation: "Hypothèse de test : les licences comptent au plus pour 30 % des dépenses éligibles.",
    citation_en: "Test hypothesis: licences count for at most 30% of eligible costs.",
};

/// Tests only (hypothetical): the eligible lines of user licences
/// (`licences`, « les licences d’utilisation ») count for at most the
/// parameter's share of eligible costs; exactly that share passes.
#[cfg(feature = "second-version-fixture")]
pub fn licences_share(
    draft: &Draft,
    lines: &[LineAssessment],
    eligible: Decimal,
    p: &Parameters,
) -> Check {
    let licences: Decimal = draft
        .budget
        .iter()
        .zip(lines)
        .filter(|(line, la)| la.eligible && line.category == Category::Licences)
        .map(|(_, la)| la.amount)
        .sum();
    // Present whenever the rule is in force (its declaration's date is the
    // parameter's first: tested); all of eligible costs otherwise.
    let max_share = p
        .later
        .licences_max_share
        .as_ref()
        .map_or(Decimal::ONE, |m| m.value);
    // The most licences may count: exact, as the text compares (shown rounded).
    let ceiling = eligible * max_share;
    let status = if licences <= ceiling {
        Status::Pass
    } else {
        Status::Fail
    };
    Check::new(
        RuleId::LicencesShare,
        status,
        Finding::LicencesShare {
            licences,
            eligible,
            max_share,
            ceiling,
        },
    )
}

/// « Les dépenses éligibles […] » list: only these categories.
pub fn cost_category(line: &BudgetLine) -> Option<Exclusion> {
    (!line.category.is_eligible()).then_some(Exclusion {
        rule: RuleId::CostCategory,
        reason: Reason::CategoryNotEligible {
            category: line.category,
        },
    })
}

/// Whether the text distinguishes this line by its person being permanent
/// staff: a personnel line borne by a public body. Only there is the question
/// asked, and only there does its answer change anything.
pub fn asks_permanent_staff(line: &BudgetLine, bearer: Option<&Partner>) -> bool {
    line.category == Category::Personnel && bearer.is_some_and(|b| b.kind.is_public())
}

/// « à l’exclusion du personnel permanent des établissements publics »: a
/// public body's personnel line is left out when its person is permanent
/// staff, and while that is not said yet (pending, never assumed).
pub fn permanent_public_staff(line: &BudgetLine, bearer: Option<&Partner>) -> Option<Exclusion> {
    if !asks_permanent_staff(line, bearer) {
        return None;
    }
    let reason = match line.permanent_staff {
        Some(false) => return None,
        Some(true) => Reason::PermanentPublicStaff,
        None => Reason::PermanentStaffNotSaid,
    };
    Some(Exclusion {
        rule: RuleId::PermanentPublicStaff,
        reason,
    })
}

/// Whether a line's only reason to be left out is that its person is not
/// said yet to be permanent staff: it counts once answered « no » (pending).
pub fn only_waits_for_staff_answer(exclusions: &[Exclusion]) -> bool {
    matches!(exclusions, [e] if e.reason == Reason::PermanentStaffNotSaid)
}

/// The partner a line names, as the budget rules need it: its index among the
/// partners, the partner, and where its postcode places it (worked out once
/// per partner, not once per line).
#[derive(Clone, Copy, Debug)]
pub struct Bearer<'a> {
    /// Its index among the partners, from 0.
    pub index: usize,
    /// The partner.
    pub partner: &'a Partner,
    /// Where its postcode places it.
    pub location: &'a Location,
}

/// A cost counts only when borne by an admissible structure in Normandy.
pub fn cost_bearer(line: &BudgetLine, bearer: Option<Bearer>) -> Option<Exclusion> {
    let reason = match bearer {
        None if line.partner.is_empty() => Reason::NoBearer,
        None => Reason::BearerNotFound {
            partner: line.partner.clone(),
        },
        Some(b) if !b.partner.kind.is_admissible() => Reason::BearerNotAdmissible {
            partner: partner_ref(b.partner, b.index),
        },
        Some(b) => match b.location {
            Location::Normandy(_) => return None,
            Location::Unknown | Location::Incomplete => Reason::BearerPostcodeMissing {
                partner: partner_ref(b.partner, b.index),
            },
            Location::OtherFrench { .. } | Location::Abroad { .. } | Location::Elsewhere => {
                Reason::BearerOutsideNormandy {
                    partner: partner_ref(b.partner, b.index),
                }
            }
        },
    };
    Some(Exclusion {
        rule: RuleId::CostBearer,
        reason,
    })
}

/// Every reason the line is left out, in the order of the rules. `bearer` is
/// the partner the line names, if it exists.
pub fn exclusions(line: &BudgetLine, bearer: Option<Bearer>) -> Vec<Exclusion> {
    // Pushed one by one: an eligible line allocates nothing.
    let mut out = Vec::new();
    out.extend(cost_category(line));
    out.extend(permanent_public_staff(line, bearer.map(|b| b.partner)));
    out.extend(cost_bearer(line, bearer));
    out
}

/// Sums up how one per-line rule applied across the budget.
/// `lines[i]` is how line `i` of `budget` fares.
pub fn line_rule_summary(rule: RuleId, budget: &[BudgetLine], lines: &[LineAssessment]) -> Check {
    let lines_where = |wanted: &dyn Fn(&Exclusion) -> bool| -> (Vec<LineRef>, Decimal) {
        let hits: Vec<(usize, &BudgetLine)> = budget
            .iter()
            .enumerate()
            .zip(lines)
            .filter(|(_, l)| l.exclusions.iter().any(|e| e.rule == rule && wanted(e)))
            .map(|(line, _)| line)
            .collect();
        let total = hits
            .iter()
            .filter_map(|(_, l)| l.amount)
            .fold(Decimal::ZERO, |a, b| a + b);
        (
            hits.iter().map(|(i, l)| LineRef::of(l, *i)).collect(),
            total,
        )
    };
    // A question not answered yet comes first: the verdict waits for it.
    let (lines, total) = lines_where(&|e| e.reason == Reason::PermanentStaffNotSaid);
    if !lines.is_empty() {
        return Check::new(
            rule,
            Status::Missing,
            Finding::PermanentStaffNotSaid { lines, total },
        );
    }
    let (lines, total) = lines_where(&|_| true);
    if lines.is_empty() {
        return Check::new(rule, Status::Pass, Finding::NoLineExcluded);
    }
    Check::new(
        rule,
        Status::Warning,
        Finding::LinesExcluded { lines, total },
    )
}

/// Every budget line has an amount and a partner bearing it.
pub fn budget_lines_complete(draft: &Draft, _p: &Parameters) -> Check {
    let incomplete: Vec<LineRef> = draft
        .budget
        .iter()
        .enumerate()
        .filter(|(_, l)| l.amount.is_none() || l.partner.is_empty())
        .map(|(i, l)| LineRef::of(l, i))
        .collect();
    let (status, finding) = if draft.budget.is_empty() {
        (Status::Missing, Finding::NoBudgetLines)
    } else if incomplete.is_empty() {
        (Status::Pass, Finding::LinesComplete)
    } else {
        (
            Status::Missing,
            Finding::LinesIncomplete { lines: incomplete },
        )
    };
    Check::new(RuleId::BudgetLinesComplete, status, finding)
}

/// At least one eligible line with a positive amount.
pub fn eligible_costs(draft: &Draft, eligible_total: Decimal) -> Check {
    let (status, finding) = if eligible_total > Decimal::ZERO {
        (
            Status::Pass,
            Finding::EligibleCosts {
                amount: eligible_total,
            },
        )
    } else if draft.budget.is_empty() {
        (Status::Missing, Finding::NoCost)
    } else {
        (Status::Missing, Finding::NoEligibleCost)
    };
    Check::new(RuleId::EligibleCosts, status, finding)
}

/// How one budget line fares.
#[derive(Clone, Debug, PartialEq)]
pub struct LineAssessment {
    /// The line's id.
    pub id: String,
    /// Whether it counts in eligible costs.
    pub eligible: bool,
    /// Its amount (0 when not given yet).
    pub amount: Decimal,
    /// Why it is left out, if it is.
    pub exclusions: Vec<Exclusion>,
    /// Whether the line asks if its person is permanent staff: a personnel
    /// line borne by a public body ([`asks_permanent_staff`]).
    pub asks_staff: bool,
    /// Whether it only waits for that answer before it counts (pending, not
    /// excluded: [`only_waits_for_staff_answer`]).
    pub pending: bool,
    /// What the payment request will need for it (eligible lines only).
    pub payment_documents: &'static [Document],
}

/// A document the payment request will need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    /// « bulletins de paie »
    Payslips,
    /// « contrats de travail et lettres de mission »
    EmploymentContracts,
    /// « feuilles de temps signées de l’employé et du représentant légal de la structure »
    SignedTimesheets,
    /// « factures acquittées »
    PaidInvoices,
}

/// « Les justificatifs de frais de personnel (bulletins de paie, contrats de travail et lettres
/// de mission, feuilles de temps signées de l’employé et du représentant légal de la structure…) »
const PERSONNEL_DOCUMENTS: [Document; 3] = [
    Document::Payslips,
    Document::EmploymentContracts,
    Document::SignedTimesheets,
];

/// « Les factures acquittées des prestations réalisées, des licences d’utilisation ou des consommables »
const INVOICE_DOCUMENTS: [Document; 1] = [Document::PaidInvoices];

/// The documents a payment request needs for a line of this category.
pub fn payment_documents(category: Category) -> &'static [Document] {
    if category == Category::Personnel {
        &PERSONNEL_DOCUMENTS
    } else {
        &INVOICE_DOCUMENTS
    }
}
