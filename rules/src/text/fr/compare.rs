//! La comparaison des scénarios.

use super::*;
use crate::compare::ParameterId;
use crate::compare::{Detail, LineMove, Source};
use crate::text::compared_line;
use crate::text::plural;

/// « Règle « Durée maximale » », « Paramètre « Taux de l’avance » », « Lignes du budget ».
pub(in crate::text) fn source_heading(source: Source) -> String {
    match source {
        Source::Rule(id) => format!("Règle « {} »", rule_title(id)),
        Source::Parameter(id) => format!("Paramètre « {} »", parameter_title(id)),
        Source::Lines => lines_title().into(),
    }
}

pub(in crate::text) fn detail(d: &Detail) -> String {
    match d {
        Detail::Check { scenario, check: c } => {
            format!("{scenario} : {} — {}", status_label(c.status), check(c))
        }
        Detail::Derivation {
            scenario,
            assessment,
            what,
        } => format!("{scenario} : {}", derivation(*what, assessment)),
        Detail::Line {
            line,
            change,
            amounts,
        } => {
            let amounts = amounts
                .iter()
                .map(|(scenario, a)| format!("{} en {scenario}", m(*a)))
                .collect::<Vec<_>>()
                .join(", ");
            let line = compared_line(line, L);
            match change {
                LineMove::Added(r#in) => {
                    format!("{line} ajoutée en {} : {amounts}", r#in.join(", "))
                }
                LineMove::Removed(r#in) => {
                    format!("{line} retirée en {} : {amounts}", r#in.join(", "))
                }
                LineMove::Amount => format!("{line}, montant modifié : {amounts}"),
            }
        }
        Detail::LineExcluded {
            line,
            waiting,
            amounts,
        } => format!(
            "{} {} {}",
            compared_line(line, L),
            if *waiting {
                "en attente d’une réponse en"
            } else {
                "exclue en"
            },
            amounts
                .iter()
                .map(|(scenario, a)| format!("{scenario} ({})", m(*a)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Detail::MoreLines(n) => format!("et {n} {}", plural(L, *n, "autre ligne", "autres lignes")),
    }
}

/// Le nom court d’un paramètre, là où une comparaison le cite.
pub(in crate::text) fn parameter_title(id: ParameterId) -> &'static str {
    match id {
        ParameterId::GrantRate => "Taux et plafond de l’aide",
        ParameterId::GrantCap => "Plafond de l’aide",
        ParameterId::AdvanceRate => "Taux de l’avance",
    }
}

/// Les lignes du budget, comme cause d’une différence.
pub(in crate::text) fn lines_title() -> &'static str {
    "Lignes du budget"
}

/// Le verdict, comme une ligne de comparaison ou un rapport le nomme.
pub(in crate::text) fn verdict_title() -> &'static str {
    "Verdict"
}
