//! « Les critères d’appréciation de la candidature »: the six criteria, their
//! maxima, and « Toute note inférieure à 50/100 rend inéligible l’opération ».

use super::{Check, Finding, Rule, RuleId, Status};
use crate::draft::Draft;
use crate::params::Parameters;

/// The estimated marks reach 50/100.
pub static SELF_ASSESSMENT: Rule = Rule {
    citation: "Toute note inférieure à 50/100 rend inéligible l’opération.",
    citation_en: "Any mark below 50/100 makes the operation ineligible.",
};

/// One of the six appraisal criteria, in the order of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Criterion {
    /// « La qualité globale de la proposition … (note /20) »
    Quality,
    /// « La faisabilité de la preuve de concept (note /30) »
    Feasibility,
    /// « L'intégration dans l'intérêt régional … (note /20) »
    RegionalInterest,
    /// « La réponse aux enjeux de numérique responsable et durable (note /10) »
    ResponsibleDigital,
    /// « Les dispositions prises pour la sécurité informatique du projet (note /10) »
    Security,
    /// « La prise en compte de la reproductibilité de l'innovation … (note /10) »
    Reproducibility,
}

impl Criterion {
    /// The six, in the order of the text.
    pub const ALL: [Criterion; 6] = [
        Criterion::Quality,
        Criterion::Feasibility,
        Criterion::RegionalInterest,
        Criterion::ResponsibleDigital,
        Criterion::Security,
        Criterion::Reproducibility,
    ];

    /// Its key in the draft format's `self_assessment`.
    pub fn code(self) -> &'static str {
        match self {
            Criterion::Quality => "quality",
            Criterion::Feasibility => "feasibility",
            Criterion::RegionalInterest => "regional_interest",
            Criterion::ResponsibleDigital => "responsible_digital",
            Criterion::Security => "security",
            Criterion::Reproducibility => "reproducibility",
        }
    }

    /// Its maximum mark in the parameters `p`.
    pub fn maximum(self, p: &Parameters) -> u32 {
        let m = &p.criteria_maxima.value;
        match self {
            Criterion::Quality => m.quality,
            Criterion::Feasibility => m.feasibility,
            Criterion::RegionalInterest => m.regional_interest,
            Criterion::ResponsibleDigital => m.responsible_digital,
            Criterion::Security => m.security,
            Criterion::Reproducibility => m.reproducibility,
        }
    }

    /// The applicant's estimate for it in `draft`, if given.
    pub fn mark(self, draft: &Draft) -> Option<u32> {
        let s = &draft.self_assessment;
        match self {
            Criterion::Quality => s.quality,
            Criterion::Feasibility => s.feasibility,
            Criterion::RegionalInterest => s.regional_interest,
            Criterion::ResponsibleDigital => s.responsible_digital,
            Criterion::Security => s.security,
            Criterion::Reproducibility => s.reproducibility,
        }
    }
}

/// One criterion's estimated mark and maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// The criterion.
    pub criterion: Criterion,
    /// The applicant's estimate, if given.
    pub mark: Option<u32>,
    /// Its maximum in the parameters in force.
    pub max: u32,
}

/// The estimated marks against the threshold: everything the marks' section shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marks {
    /// The six criteria, in the order of the text.
    pub criteria: [Mark; 6],
    /// The sum of the marks given so far.
    pub total: u32,
    /// The sum of the maxima (100).
    pub out_of: u32,
    /// The lowest admissible total (50).
    pub minimum: u32,
}

/// The six marks with their maxima, their total and the threshold.
pub fn marks(draft: &Draft, p: &Parameters) -> Marks {
    let criteria = Criterion::ALL.map(|criterion| Mark {
        criterion,
        mark: criterion.mark(draft),
        max: criterion.maximum(p),
    });
    Marks {
        total: criteria.iter().filter_map(|m| m.mark).sum(),
        criteria,
        out_of: p.criteria_maxima.value.total(),
        minimum: p.min_total_score.value,
    }
}

/// « Toute note inférieure à 50/100 rend inéligible l’opération. »
pub fn self_assessment(marks: &Marks) -> Check {
    let check = |status, finding| Check::new(RuleId::SelfAssessment, status, finding);
    if let Some(over) = marks
        .criteria
        .iter()
        .find(|m| m.mark.is_some_and(|v| v > m.max))
    {
        return check(
            Status::Fail,
            Finding::MarkAboveMaximum {
                criterion: over.criterion,
                mark: over.mark.unwrap_or_default(),
                max: over.max,
            },
        );
    }
    let given = marks.criteria.iter().filter(|m| m.mark.is_some()).count();
    if given < marks.criteria.len() {
        return check(
            Status::Missing,
            Finding::MarksMissing {
                given,
                criteria: marks.criteria.len(),
                total: marks.total,
                out_of: marks.out_of,
            },
        );
    }
    check(
        if marks.total < marks.minimum {
            Status::Fail
        } else {
            Status::Pass
        },
        Finding::Marks {
            total: marks.total,
            minimum: marks.minimum,
            out_of: marks.out_of,
        },
    )
}
