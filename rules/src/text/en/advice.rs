//! The advice: what the applicant can change.

use super::*;
use crate::advice::{Advice, Suggestion};
use crate::text::{partner_name, plural};

pub(in crate::text) fn suggestion(s: &Suggestion) -> String {
    match &s.advice {
        Advice::MakeLead { partner } => format!(
            "Make {} the lead: it is established in Normandy.",
            partner_name(partner, L)
        ),
        Advice::FindNormandyLead => "Have a company, association, establishment or local authority established in Normandy lead the project.".into(),
        Advice::KeepOneLead { first } => format!(
            "Keep a single lead (for example {}).",
            partner_name(first, L)
        ),
        Advice::AddNormandyStructures {
            missing,
            departments,
        } => format!(
            "Add {missing} {} established in Normandy (postcode {}), with another SIREN than the current partners.",
            plural(L, *missing, "structure", "structures"),
            departments.join(", ")
        ),
        Advice::EndAfterStart { start } => format!("Give an end after the start ({}).", d(*start)),
        Advice::EndBy { last } => format!("End the project by {} at the latest.", d(*last)),
        Advice::WeakCriterion {
            criterion: which,
            mark,
            max,
        } => format!(
            "Weak point ({mark}/{max}) — the Région looks at: “{}”. Strengthen this part of the project.",
            criterion(*which)
        ),
        Advice::Satisfy(c) => check(c),
        Advice::LineNotEligible {
            line,
            amount,
            reason: why,
        } => format!(
            "The line “{}” ({}) is not eligible: {}",
            crate::text::line_name(line, L),
            m(*amount),
            why.as_ref().map(reason).unwrap_or_default()
        ),
        Advice::CapReachedExactly { cap } => format!(
            "The {} cap is reached exactly: any further eligible cost would bring no extra grant.",
            m(*cap)
        ),
        Advice::CostsBeyondCap { beyond, cap } => format!(
            "{} of eligible costs bring no extra grant: the {} cap is reached.",
            m(*beyond),
            m(*cap)
        ),
        Advice::RoomUnderCap { room, cap } => format!(
            "Eligible costs can grow by {} before the grant reaches {}.",
            m(*room),
            m(*cap)
        ),
    }
}
