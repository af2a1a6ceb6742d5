//! The comparison of scenarios.

use super::*;
use crate::compare::ParameterId;
use crate::compare::{Detail, LineMove, Source};
use crate::text::compared_line;
use crate::text::plural;

/// "Rule “Maximum duration”", "Parameter “Advance rate”", "Budget lines".
pub(in crate::text) fn source_heading(source: Source) -> String {
    match source {
        Source::Rule(id) => format!("Rule “{}”", rule_title(id)),
        Source::Parameter(id) => format!("Parameter “{}”", parameter_title(id)),
        Source::Lines => lines_title().into(),
    }
}

pub(in crate::text) fn detail(d: &Detail) -> String {
    match d {
        Detail::Check { scenario, check: c } => {
            format!("{scenario}: {} — {}", status_label(c.status), check(c))
        }
        Detail::Derivation {
            scenario,
            assessment,
            what,
        } => format!("{scenario}: {}", derivation(*what, assessment)),
        Detail::Line {
            line,
            change,
            amounts,
        } => {
            let amounts = amounts
                .iter()
                .map(|(scenario, a)| format!("{} in {scenario}", m(*a)))
                .collect::<Vec<_>>()
                .join(", ");
            let line = compared_line(line, L);
            match change {
                LineMove::Added(r#in) => format!("{line} added in {}: {amounts}", r#in.join(", ")),
                LineMove::Removed(r#in) => {
                    format!("{line} removed in {}: {amounts}", r#in.join(", "))
                }
                LineMove::Amount => format!("{line}, amount changed: {amounts}"),
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
                "pending an answer in"
            } else {
                "excluded in"
            },
            amounts
                .iter()
                .map(|(scenario, a)| format!("{scenario} ({})", m(*a)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Detail::MoreLines(n) => format!("and {n} more {}", plural(L, *n, "line", "lines")),
    }
}

/// A parameter's short name, where a comparison names it.
pub(in crate::text) fn parameter_title(id: ParameterId) -> &'static str {
    match id {
        ParameterId::GrantRate => "Grant rate and cap",
        ParameterId::GrantCap => "Grant cap",
        ParameterId::AdvanceRate => "Advance rate",
    }
}

/// The budget lines, as the cause of a difference.
pub(in crate::text) fn lines_title() -> &'static str {
    "Budget lines"
}

/// The verdict, as a row of a comparison or a report names it.
pub(in crate::text) fn verdict_title() -> &'static str {
    "Verdict"
}
