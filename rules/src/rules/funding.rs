//! The rest of the dossier: the aid regime (de minimis), the financing plan
//! and VAT. None of these decides eligibility: they warn or inform, as the
//! Région may use another regime and checks the plan at instruction.

use super::{partner_ref, Check, Finding, PartnerRef, Rule, RuleId, Status};
use crate::date::Date;
use crate::draft::{Category, Draft};
use crate::params::Parameters;
use crate::rules::costs::LineAssessment;
use rust_decimal::{Decimal, RoundingStrategy};

/// The text's legal basis for the aid regime (its list of regulations).
pub static DE_MINIMIS: Rule = Rule {
    citation: "Règlement (UE) N° 1407/2013 de la Commission du 18 décembre 2013 relatif à l’application des articles 107 et 108 du traité sur le fonctionnement de l’Union européenne aux aides de minimis",
    citation_en: "Commission Regulation (EU) No 1407/2013 of 18 December 2013 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid",
};

/// « 12 500 € HT »: every amount is excluding VAT.
pub static EXCL_VAT: Rule = Rule {
    citation: "L’aide régionale prend la forme d’une subvention proportionnelle de 50% du projet plafonnée à 12 500 € HT.",
    citation_en: "The regional aid is a grant of 50% of the project, capped at €12,500 excluding VAT.",
};

/// « 50% du projet »: the rest of the project is financed by others.
pub static FINANCING_PLAN: Rule = Rule {
    citation: "L’aide régionale prend la forme d’une subvention proportionnelle de 50% du projet plafonnée à 12 500 € HT.",
    citation_en: "The regional aid is a grant of 50% of the project, capped at €12,500 excluding VAT.",
};

fn to_cent(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::ToZero)
}

/// The de minimis aids against the ceiling, with this grant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeMinimisFigures {
    /// Sum of the aids that count (granted after `window_from`, or undated).
    pub counted: Decimal,
    /// Counted + the potential grant.
    pub with_this_grant: Decimal,
    /// The ceiling over the period.
    pub ceiling: Decimal,
    /// Ceiling − with this grant (negative when over).
    pub headroom: Decimal,
    /// Whether it fits; `None` while the list is not declared or an aid lacks
    /// its date or amount.
    pub fits: Option<bool>,
    /// Aids granted on or before this day are out of the period (`None`
    /// without a submission date: every aid counts).
    pub window_from: Option<Date>,
    /// How many aids count.
    pub aids_counted: usize,
}

/// « sur toute période de trois ans » (Reg. 2023/2831 art. 3(2)): an aid
/// counts when granted after the day three years before the submission,
/// clamped to the month's end; one granted later, or undated, counts too.
pub fn de_minimis_figures(
    draft: &Draft,
    potential_grant: Decimal,
    p: &Parameters,
) -> DeMinimisFigures {
    let window_from = draft
        .timeline
        .submission
        .and_then(|d| d.sub_years(p.de_minimis_period_years.value));
    let counts = |granted: Option<Date>| match (granted, window_from) {
        (Some(on), Some(from)) => on > from,
        _ => true,
    };
    let aids = &draft.de_minimis.aids;
    let counting: Vec<_> = aids.iter().filter(|a| counts(a.granted_on)).collect();
    let counted: Decimal = counting.iter().filter_map(|a| a.amount).sum();
    let ceiling = p.de_minimis_ceiling.value;
    let with_this_grant = counted + potential_grant;
    let complete = draft.de_minimis.declared
        && aids
            .iter()
            .all(|a| a.granted_on.is_some() && a.amount.is_some());
    DeMinimisFigures {
        counted,
        with_this_grant,
        ceiling,
        headroom: ceiling - with_this_grant,
        fits: complete.then_some(with_this_grant <= ceiling),
        window_from,
        aids_counted: counting.len(),
    }
}

/// Check `de-minimis`: pass when the aids with this grant fit under the
/// ceiling; a warning otherwise (not declared, incomplete, or over: art. 3(7)
/// then forbids the whole new aid under this regime). Never the verdict.
pub fn de_minimis(draft: &Draft, figures: &DeMinimisFigures) -> Check {
    let (status, finding) = match figures.fits {
        Some(true) => (
            Status::Pass,
            Finding::DeMinimisFits {
                ceiling: figures.ceiling,
            },
        ),
        Some(false) => (
            Status::Warning,
            Finding::DeMinimisOver {
                with_this_grant: figures.with_this_grant,
                ceiling: figures.ceiling,
                over_by: -figures.headroom,
            },
        ),
        None if !draft.de_minimis.declared => (Status::Warning, Finding::DeMinimisNotDeclared),
        None => (
            Status::Warning,
            Finding::DeMinimisIncomplete {
                aids: draft
                    .de_minimis
                    .aids
                    .iter()
                    .filter(|a| a.granted_on.is_none() || a.amount.is_none())
                    .count(),
            },
        ),
    };
    Check::new(RuleId::DeMinimis, status, finding)
}

/// The financing plan: uses against resources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Financing {
    /// Total costs of the project.
    pub uses: Decimal,
    /// The grant the project would get (the potential grant).
    pub booster_ia: Decimal,
    /// Other public funding, requested or granted.
    pub other_public_funding: Decimal,
    /// What the partners fund themselves: max(0, uses − Booster IA − other).
    pub own_funds: Decimal,
    /// Public funding beyond the costs: max(0, Booster IA + other − uses).
    pub over_funding: Decimal,
}

/// The plan from the draft's other funding and the potential grant.
pub fn financing(draft: &Draft, total_costs: Decimal, potential_grant: Decimal) -> Financing {
    let other: Decimal = draft.other_funding.iter().filter_map(|f| f.amount).sum();
    let public = potential_grant + other;
    Financing {
        uses: total_costs,
        booster_ia: potential_grant,
        other_public_funding: other,
        own_funds: (total_costs - public).max(Decimal::ZERO),
        over_funding: (public - total_costs).max(Decimal::ZERO),
    }
}

/// Check `financing-plan`: a warning when public funding exceeds the costs.
pub fn financing_plan(plan: &Financing) -> Check {
    if plan.over_funding > Decimal::ZERO {
        Check::new(
            RuleId::FinancingPlan,
            Status::Warning,
            Finding::OverFunded {
                by: plan.over_funding,
            },
        )
    } else {
        Check::new(
            RuleId::FinancingPlan,
            Status::Pass,
            Finding::FinancingBalanced,
        )
    }
}

/// The partners bearing at least one eligible line, with their VAT status.
fn eligible_bearers(
    draft: &Draft,
    lines: &[LineAssessment],
) -> Vec<(PartnerRef, Option<bool>, usize)> {
    draft
        .partners
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            draft
                .budget
                .iter()
                .zip(lines)
                .any(|(l, la)| la.eligible && l.partner == q.id)
        })
        .map(|(i, q)| (partner_ref(q, i), q.vat_recoverable, i))
        .collect()
}

/// Check `excl-vat`: pass when every partner bearing an eligible line
/// recovers VAT (the amounts excluding VAT are then its real cost); for
/// information otherwise, naming who does not or has not said.
pub fn excl_vat(draft: &Draft, lines: &[LineAssessment], p: &Parameters) -> Check {
    let bearers = eligible_bearers(draft, lines);
    let not_recovering: Vec<PartnerRef> = bearers
        .iter()
        .filter(|(_, vat, _)| *vat == Some(false))
        .map(|(r, ..)| r.clone())
        .collect();
    let unknown: Vec<PartnerRef> = bearers
        .iter()
        .filter(|(_, vat, _)| vat.is_none())
        .map(|(r, ..)| r.clone())
        .collect();
    let cap = p.grant_cap.value;
    if !bearers.is_empty() && not_recovering.is_empty() && unknown.is_empty() {
        return Check::new(RuleId::ExclVat, Status::Pass, Finding::VatRecovered { cap });
    }
    Check::new(
        RuleId::ExclVat,
        Status::Info,
        Finding::AmountsExclVat {
            cap,
            not_recovering,
            unknown,
        },
    )
}

/// What the grant would be if non-recoverable VAT were eligible, as Reg.
/// 651/2014 art. 7(1) and other schemes of the Région read it (information:
/// the simulator keeps the text's rule, excluding VAT).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VatAlternative {
    /// Eligible costs + VAT on the eligible non-personnel lines of the
    /// partners that do not recover it, toward zero to the cent.
    pub eligible_costs: Decimal,
    /// min(rate × that, cap), toward zero to the cent.
    pub potential_grant: Decimal,
}

/// The alternative, when at least one partner bearing an eligible line does
/// not recover VAT.
pub fn vat_alternative(
    draft: &Draft,
    lines: &[LineAssessment],
    eligible_costs: Decimal,
    p: &Parameters,
) -> Option<VatAlternative> {
    let paying: Vec<&str> = eligible_bearers(draft, lines)
        .into_iter()
        .filter(|(_, vat, _)| *vat == Some(false))
        .map(|(.., i)| draft.partners[i].id.as_str())
        .collect();
    if paying.is_empty() {
        return None;
    }
    // Salaries bear no VAT: personnel lines are left as they are.
    let taxed: Decimal = draft
        .budget
        .iter()
        .zip(lines)
        .filter(|(l, la)| {
            la.eligible && l.category != Category::Personnel && paying.contains(&l.partner.as_str())
        })
        .map(|(_, la)| la.amount)
        .sum();
    let eligible_costs = to_cent(eligible_costs + taxed * p.vat_standard_rate.value);
    Some(VatAlternative {
        eligible_costs,
        potential_grant: to_cent((p.grant_rate.value * eligible_costs).min(p.grant_cap.value)),
    })
}
