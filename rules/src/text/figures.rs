//! The money figures: their names, values and derivations; why a line is left out; the advice.

use super::*;
use crate::advice::Suggestion;
use crate::assess::Assessment;
use crate::figures::{Explained, Figure};
use crate::rules::Reason;
use rust_decimal::Decimal;

/// A money figure's name.
pub fn figure_name(figure: Figure, lang: Lang) -> &'static str {
    said!(lang, figure_name(figure))
}

/// How a figure was obtained, with its numbers.
pub fn derivation(what: Explained, a: &Assessment, lang: Lang) -> String {
    said!(lang, derivation(what, a))
}

/// A money figure's value as the page, the print and the reports give it:
/// the advance, which the text says « pourra être versée » on justification,
/// as a maximum (« jusqu’à 3 875,00 € sur justification »); the others as amounts.
pub fn figure_value(figure: Figure, a: &Assessment, lang: Lang) -> String {
    let value = a.money(figure);
    if figure == Figure::Advance && !value.is_zero() {
        on_justification(value, lang)
    } else {
        money(value, lang)
    }
}

/// An advance as the text allows it: `jusqu’à 3 875,00 € sur justification`.
pub fn on_justification(amount: Decimal, lang: Lang) -> String {
    said!(lang, on_justification(amount))
}

/// Why a budget line is left out.
pub fn reason(reason: &Reason, lang: Lang) -> String {
    said!(lang, reason(reason))
}

/// A change the applicant can make.
pub fn suggestion(s: &Suggestion, lang: Lang) -> String {
    said!(lang, suggestion(s))
}

/// The de minimis headroom in one sentence: room left under the ceiling, or
/// how far over, or why it cannot be told yet.
pub fn de_minimis_headroom(a: &Assessment, lang: Lang) -> String {
    said!(lang, de_minimis_headroom(a))
}

/// The VAT-inclusive alternative, marked as information.
pub fn vat_alternative(
    v: &crate::rules::funding::VatAlternative,
    a: &Assessment,
    lang: Lang,
) -> String {
    said!(lang, vat_alternative(v, a))
}

/// The grant if the lines waiting for an answer counted, beside the
/// grant shown: « jusqu’à 10 750,00 € si « X » n’est pas personnel permanent ».
pub fn pending_grant(p: &crate::assess::Pending, lang: Lang) -> String {
    said!(lang, pending_grant(p))
}

/// The costs of the lines waiting for an answer, not counted meanwhile.
pub fn pending_costs(p: &crate::assess::Pending, lang: Lang) -> String {
    said!(lang, pending_costs(p))
}

/// Which sentence derives a figure, decided once for every language from
/// the assessment: each catalogue words the case with its numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Derivation {
    /// The sum of the lines.
    TotalCosts,
    /// Total costs less the excluded and pending ones.
    EligibleCosts,
    /// The rate times the eligible costs, `capped` when the cap binds.
    PotentialGrant {
        /// Whether the cap limits the grant.
        capped: bool,
    },
    /// The potential grant, or none for a project not eligible.
    Grant,
    /// The advance, by the case that applies.
    Advance(AdvanceCase),
    /// The grant less the advance.
    Balance,
    /// The costs less the grant.
    OwnShare,
    /// The potential grant over the eligible costs.
    EffectiveRate,
    /// What eligible costs are left before the cap, `reached` when none.
    RoomUnderCap {
        /// Whether the cap is already reached.
        reached: bool,
    },
}

/// Which of the advance's sentences applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AdvanceCase {
    /// No advance asked for.
    NotRequested,
    /// Asked for without justification: not paid.
    Unjustified,
    /// Asked for and justified, but nothing paid while the project is not
    /// eligible: the sentence says what an eligible project would get
    /// rather than « au plus 0,00 € ».
    UntilEligible,
    /// Asked for, justified and paid.
    Paid,
}

/// The case of `what`'s derivation in `a`.
pub(crate) fn derivation_case(what: Explained, a: &Assessment) -> Derivation {
    match what {
        Explained::TotalCosts => Derivation::TotalCosts,
        Explained::EligibleCosts => Derivation::EligibleCosts,
        Explained::PotentialGrant => Derivation::PotentialGrant {
            capped: a.cap_binds,
        },
        Explained::Grant => Derivation::Grant,
        Explained::Advance => {
            Derivation::Advance(match (a.advance_requested, a.advance_justified) {
                (false, _) => AdvanceCase::NotRequested,
                (true, false) => AdvanceCase::Unjustified,
                (true, true) if a.grant.is_zero() && !a.potential_advance.is_zero() => {
                    AdvanceCase::UntilEligible
                }
                (true, true) => AdvanceCase::Paid,
            })
        }
        Explained::Balance => Derivation::Balance,
        Explained::OwnShare => Derivation::OwnShare,
        Explained::EffectiveRate => Derivation::EffectiveRate,
        Explained::RoomUnderCap => Derivation::RoomUnderCap {
            reached: a.cap_binds || a.eligible_costs >= a.costs_at_cap,
        },
    }
}
