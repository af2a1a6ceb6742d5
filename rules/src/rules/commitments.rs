//! What the lead gives and undertakes: contributions to the data commons,
//! progress indicators, the two commitments, and the justified advance.

use super::{blank, Check, Finding, Rule, RuleId, Status};
use crate::draft::Draft;
use crate::params::Parameters;

/// The proposal says what it gives to the data commons.
pub static COMMONS: Rule = Rule {
    citation: "Il est attendu des candidats que leur proposition fasse état des éléments et actions qu’ils sont disposés à mettre à disposition de ces communs, qui peuvent être constitués de : - Retours d’expérience sur les projets - D’outils et de contenus sous toute forme que ce soit […] - Le cas échéant, la production de données ouvertes",
    citation_en: "Applicants are expected to state what they are willing to give to these commons: experience reports; tools and content in any form; where relevant, open data.",
};

/// The proposal presents progress indicators.
pub static INDICATORS: Rule = Rule {
    citation: "les porteurs lauréats s’engagent à faire remonter au terme de la durée du projet de preuve de concept, les indicateurs d’avancée du projet préalablement présentés dans la candidature.",
    citation_en: "Winning leads undertake to report, at the end of the proof of concept, the progress indicators presented beforehand in the application.",
};

/// The lead commits to report indicators and join the collective review.
pub static COMMITMENTS: Rule = Rule {
    citation: "les porteurs lauréats s’engagent à faire remonter au terme de la durée du projet de preuve de concept, les indicateurs d’avancée du projet […] Les porteurs bénéficiaires s’engagent également à participer à une revue de projets collective dans le cadre du plan d’action du DataLab Normandie.",
    citation_en: "Winning leads undertake to report the progress indicators at the end of the proof of concept, and to take part in a collective project review within the DataLab Normandie's action plan.",
};

/// An advance needs a justification.
pub static ADVANCE: Rule = Rule {
    citation: "Une avance sur réalisation pourra être versée à hauteur de 50% des dépenses éligibles. Pour cela, le porteur devra dûment justifier la nécessité de verser une telle avance.",
    citation_en: "An advance may be paid up to 50% of eligible expenses. The lead must duly justify why such an advance is needed.",
};

/// « Il est attendu des candidats que leur proposition fasse état des éléments
/// et actions qu’ils sont disposés à mettre à disposition de ces communs ».
pub fn commons(draft: &Draft, _p: &Parameters) -> Check {
    let c = &draft.commons;
    let experience_report = c.experience_report;
    let tools_or_content = !blank(&c.tools_or_content);
    let open_data = !blank(&c.open_data);
    let status = if experience_report || tools_or_content || open_data {
        Status::Pass
    } else {
        Status::Missing
    };
    Check::new(
        RuleId::Commons,
        status,
        Finding::Commons {
            experience_report,
            tools_or_content,
            open_data,
        },
    )
}

/// « les indicateurs d’avancée du projet préalablement présentés dans la candidature ».
pub fn indicators(draft: &Draft, _p: &Parameters) -> Check {
    let count = draft.indicators.iter().filter(|i| !blank(&i.label)).count();
    let status = if count == 0 {
        Status::Missing
    } else {
        Status::Pass
    };
    Check::new(RuleId::Indicators, status, Finding::Indicators { count })
}

/// The two undertakings the text asks of winners.
pub fn commitments(draft: &Draft, _p: &Parameters) -> Check {
    let c = &draft.commitments;
    let status = if c.report_indicators && c.collective_review {
        Status::Pass
    } else {
        Status::Missing
    };
    Check::new(
        RuleId::Commitments,
        status,
        Finding::Commitments {
            report_indicators: c.report_indicators,
            collective_review: c.collective_review,
        },
    )
}

/// Whether the advance is paid: requested, with a justification.
pub fn advance_justified(draft: &Draft) -> bool {
    draft.advance.requested && !blank(&draft.advance.justification)
}

/// « Pour cela, le porteur devra dûment justifier la nécessité de verser une telle avance. »
pub fn advance(draft: &Draft, _p: &Parameters) -> Check {
    let requested = draft.advance.requested;
    let justified = advance_justified(draft);
    let status = match (requested, justified) {
        (false, _) => Status::Info,
        (true, true) => Status::Pass,
        (true, false) => Status::Warning,
    };
    Check::new(
        RuleId::Advance,
        status,
        Finding::Advance {
            requested,
            justified,
        },
    )
}
