//! Les conseils : ce que le porteur peut changer.

use super::*;
use crate::advice::{Advice, Suggestion};
use crate::text::{partner_name, plural};

pub(in crate::text) fn suggestion(s: &Suggestion) -> String {
    match &s.advice {
        Advice::MakeLead { partner } => format!(
            "Désignez comme porteur {}, implanté en Normandie.",
            partner_name(partner, L)
        ),
        Advice::FindNormandyLead => "Confiez le portage à une entreprise, une association, un établissement ou une collectivité implanté en Normandie.".into(),
        Advice::KeepOneLead { first } => format!(
            "Ne gardez qu’un porteur (par exemple {}).",
            partner_name(first, L)
        ),
        Advice::AddNormandyStructures {
            missing,
            departments,
        } => format!(
            "Ajoutez {missing} {} en Normandie (code postal {}), d’un autre SIREN que les partenaires actuels.",
            plural(L, *missing, "structure implantée", "structures implantées"),
            departments.join(", ")
        ),
        Advice::EndAfterStart { start } => {
            format!("Indiquez une fin après le début ({}).", d(*start))
        }
        Advice::EndBy { last } => format!("Terminez le projet le {} au plus tard.", d(*last)),
        Advice::WeakCriterion {
            criterion: which,
            mark,
            max,
        } => format!(
            "Point faible ({mark}/{max}) — la Région regarde : « {} ». Renforcez cet aspect du projet.",
            criterion(*which)
        ),
        Advice::Satisfy(c) => check(c),
        Advice::LineNotEligible {
            line,
            amount,
            reason: why,
        } => format!(
            "La ligne « {} » ({}) n’est pas éligible : {}",
            crate::text::line_name(line, L),
            m(*amount),
            why.as_ref().map(reason).unwrap_or_default()
        ),
        Advice::CapReachedExactly { cap } => format!(
            "Le plafond de {} est atteint tout juste : une dépense éligible de plus n’apporterait aucune aide supplémentaire.",
            m(*cap)
        ),
        Advice::CostsBeyondCap { beyond, cap } => format!(
            "{} de dépenses éligibles n’apportent aucune aide supplémentaire : le plafond de {} est atteint.",
            m(*beyond),
            m(*cap)
        ),
        Advice::RoomUnderCap { room, cap } => format!(
            "Les dépenses éligibles peuvent encore croître de {} avant que l’aide n’atteigne {}.",
            m(*room),
            m(*cap)
        ),
    }
}
