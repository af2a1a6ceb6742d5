//! The money figures: their names, their derivations, and why a line is left out.

use super::*;
use crate::assess::Pending;
use crate::assess::{Assessment, Verdict};
use crate::figures::{Explained, Figure};
use crate::rules::funding::VatAlternative;
use crate::rules::Reason;
use crate::text::quoted_lines;
use crate::text::{derivation_case, AdvanceCase, Derivation};
use crate::text::{partner_name, percent, plural};

pub(in crate::text) fn figure_name(f: Figure) -> &'static str {
    match f {
        Figure::TotalCosts => "Total costs excl. VAT",
        Figure::EligibleCosts => "Eligible costs",
        Figure::ExcludedCosts => "Excluded costs",
        Figure::PotentialGrant => "Potential grant",
        Figure::PotentialAdvance => "Potential advance",
        Figure::Grant => "Regional grant",
        Figure::Advance => "Advance",
        Figure::Balance => "Balance paid at the end",
        Figure::OwnShare => "Partners’ own share",
        Figure::RoomUnderCap => "Room under the cap",
        Figure::CostsBeyondCap => "Costs beyond the cap",
        Figure::GrantBelowCap => "Grant still possible under the cap",
        Figure::DeMinimisWithThisGrant => "De minimis aid over 3 years, this grant included",
        Figure::OtherPublicFunding => "Other public funding",
        Figure::OwnFunds => "Own funds",
        Figure::OverFunding => "Over-funding",
    }
}

/// A figure as a spreadsheet names its column.
pub(in crate::text) fn figure_column(f: Figure) -> &'static str {
    match f {
        Figure::TotalCosts => "total costs",
        Figure::EligibleCosts => "eligible costs",
        Figure::ExcludedCosts => "excluded costs",
        Figure::PotentialGrant => "potential grant",
        Figure::PotentialAdvance => "potential advance",
        Figure::Grant => "grant",
        Figure::Advance => "advance",
        Figure::Balance => "balance",
        Figure::OwnShare => "own share",
        Figure::RoomUnderCap => "room under the cap",
        Figure::CostsBeyondCap => "costs beyond the cap",
        Figure::GrantBelowCap => "grant still possible under the cap",
        Figure::DeMinimisWithThisGrant => "de minimis aid with this grant",
        Figure::OtherPublicFunding => "other public funding",
        Figure::OwnFunds => "own funds",
        Figure::OverFunding => "over-funding",
    }
}

/// An advance as the text allows it: a maximum, paid on justification.
pub(in crate::text) fn on_justification(amount: rust_decimal::Decimal) -> String {
    format!("up to {} on justification", m(amount))
}

pub(in crate::text) fn derivation(what: Explained, a: &Assessment) -> String {
    let p = &a.parameters;
    let rate = p.grant_rate.value;
    let cap = p.grant_cap.value;
    match derivation_case(what, a) {
        Derivation::TotalCosts => format!(
            "Sum of the {} budget {}, excluding VAT: {}",
            a.lines.len(),
            plural(L, a.lines.len(), "line", "lines"),
            m(a.total_costs)
        ),
        Derivation::EligibleCosts => {
            let excluded = a.excluded_line_count();
            let pending = a.pending.lines.len();
            let waiting = if pending == 0 {
                String::new()
            } else {
                format!(
                    " − {} pending ({pending} {})",
                    m(a.pending.costs),
                    plural(L, pending, "line", "lines")
                )
            };
            format!(
                "{} − {} excluded ({excluded} {}){waiting} = {}",
                m(a.total_costs),
                m(a.excluded_costs),
                plural(L, excluded, "line", "lines"),
                m(a.eligible_costs)
            )
        }
        Derivation::PotentialGrant { capped } => {
            let product = format!(
                "{} × {} = {}",
                percent(rate, L),
                m(a.eligible_costs),
                m(a.uncapped_grant)
            );
            if capped {
                format!("{product} — above the cap: grant limited to {}", m(cap))
            } else {
                format!("{product} — below the {} cap", m(cap))
            }
        }
        Derivation::Grant => match a.verdict {
            Verdict::Eligible => format!(
                "Eligible project: the grant is the potential grant, {}",
                m(a.grant)
            ),
            v => format!(
                "{}: grant {} (potential grant once every condition is met: {})",
                verdict_label(v),
                m(a.grant),
                m(a.potential_grant)
            ),
        },
        Derivation::Advance(case) => {
            let r = &a.advance_readings;
            let rate = percent(p.advance_rate.value, L);
            let letter = format!(
                "by the letter of the text, {rate} of eligible costs ({}), at most the grant: {}",
                m(a.eligible_costs),
                m(r.letter)
            );
            match case {
                AdvanceCase::NotRequested => format!(
                    "No advance requested: {}. On a justified request: {} (our reading: {rate} of the grant); {letter}.",
                    m(a.advance),
                    on_justification(r.ours)
                ),
                AdvanceCase::Unjustified => format!(
                    "Advance requested without justification: {}, it is not paid. Once justified: {} (our reading: {rate} of the grant); {letter}.",
                    m(a.advance),
                    on_justification(r.ours)
                ),
                AdvanceCase::UntilEligible => format!(
                    "No advance until the project is eligible: {}. Once eligible: {} (our reading: {rate} of the potential grant); by the letter of the text, {rate} of eligible costs ({}).",
                    m(a.advance),
                    on_justification(a.potential_advance),
                    m(a.eligible_costs)
                ),
                AdvanceCase::Paid => format!(
                    "At most {}, paid on justification. Our reading: {rate} of the grant, {rate} × {} = {}; {letter}.",
                    m(a.advance),
                    m(a.grant),
                    m(r.ours)
                ),
            }
        }
        Derivation::Balance => {
            format!("{} − {} = {}", m(a.grant), m(a.advance), m(a.balance))
        }
        Derivation::OwnShare => {
            format!("{} − {} = {}", m(a.total_costs), m(a.grant), m(a.own_share))
        }
        Derivation::EffectiveRate => match a.effective_rate {
            Some(r) => format!(
                "{} ÷ {} = {}",
                m(a.potential_grant),
                m(a.eligible_costs),
                percent(r, L)
            ),
            None => "No eligible cost".into(),
        },
        Derivation::RoomUnderCap { reached } => {
            let at_cap = a.costs_at_cap;
            if reached {
                format!(
                    "Cap reached from {} of eligible costs: {} beyond it bring no extra grant",
                    m(at_cap),
                    m(a.costs_beyond_cap)
                )
            } else {
                format!(
                    "{} ÷ {} = {} of eligible costs reach the cap; room: {} − {} = {}",
                    m(cap),
                    percent(rate, L),
                    m(at_cap),
                    m(at_cap),
                    m(a.eligible_costs),
                    m(a.room_under_cap)
                )
            }
        }
    }
}

pub(in crate::text) fn reason(r: &Reason) -> String {
    match r {
        Reason::CategoryNotEligible { category } => format!(
            "{}: not a category of eligible expenses.",
            crate::text::category(*category, L)
        ),
        Reason::PermanentPublicStaff => "Permanent staff of a public body: excluded.".into(),
        Reason::PermanentStaffNotSaid => "Not counted until you say whether the person is permanent staff of the public body bearing it.".into(),
        Reason::NoBearer => "No partner bears this cost yet.".into(),
        Reason::BearerNotFound { partner } => format!("Partner “{partner}” not found."),
        Reason::BearerNotAdmissible { partner } => format!(
            "Borne by {}, of kind “other”, which is not a beneficiary structure.",
            partner_name(partner, L)
        ),
        Reason::BearerPostcodeMissing { partner } => {
            format!("Postcode of {} not given yet.", partner_name(partner, L))
        }
        Reason::BearerOutsideNormandy { partner } => {
            format!("Borne by {}, outside Normandy.", partner_name(partner, L))
        }
    }
}

/// The de minimis headroom in one sentence.
pub(in crate::text) fn de_minimis_headroom(a: &Assessment) -> String {
    let d = &a.de_minimis;
    let (room, ceiling) = (m(d.headroom.abs()), m(d.ceiling));
    match d.fits {
        Some(true) => format!("De minimis: {room} of headroom under the ceiling of {ceiling}."),
        Some(false) => format!("De minimis: {room} over the ceiling of {ceiling}."),
        None => format!("De minimis: headroom to be known (ceiling {ceiling}) once the aids are declared, dated and given amounts."),
    }
}

/// The VAT-inclusive reading, for information.
pub(in crate::text) fn vat_alternative(v: &VatAlternative, a: &Assessment) -> String {
    format!(
        "For information, if non-recoverable VAT ({}) were eligible: eligible costs {}, potential grant {} (the simulator keeps the text's rule, excluding VAT).",
        percent(a.parameters.vat_standard_rate.value, L),
        m(v.eligible_costs),
        m(v.potential_grant)
    )
}

/// The grant if the lines waiting for an answer counted.
pub(in crate::text) fn pending_grant(p: &Pending) -> String {
    let names = quoted_lines(&p.lines, L);
    let up_to = m(p.grant_if_counted);
    match p.lines.len() {
        1 => format!("up to {up_to} if {names} is not permanent staff"),
        _ => format!("up to {up_to} if {names} are not permanent staff"),
    }
}

/// The costs of the lines waiting for an answer.
pub(in crate::text) fn pending_costs(p: &Pending) -> String {
    format!(
        "{} awaiting an answer (permanent staff or not), not counted",
        m(p.costs)
    )
}
