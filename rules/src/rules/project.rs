//! The project: its use of AI and data, its smart specialisation domain, and
//! when work starts against the application (incentive effect).

use super::beneficiaries::{BENEFICIARIES_IN_NORMANDY, BENEFICIARIES_IN_NORMANDY_EN};
use super::{blank, Check, Finding, Rule, RuleId, Status};
use crate::draft::Draft;
use crate::params::Parameters;

/// The project uses AI and puts data to use.
pub static AI_AND_DATA: Rule = Rule {
    citation: BENEFICIARIES_IN_NORMANDY,
    citation_en: BENEFICIARIES_IN_NORMANDY_EN,
};

/// Work should not start before the application (incentive effect).
pub static INCENTIVE_EFFECT: Rule = Rule {
    citation: "Régime cadre exempté n° SA.58995 d’aides à la recherche, au développement et à l’innovation, pris sur la base du règlement général d’exemption par catégorie n° 651/2014",
    citation_en: "Exempted framework scheme SA.58995 for research, development and innovation aid, under the General Block Exemption Regulation (EU) 651/2014.",
};

/// The smart specialisation domain, optional.
pub static S3_DOMAIN: Rule = Rule {
    citation: "Le projet pourra répondre à un domaine décrit dans la stratégie de spécialisation intelligente de la Normandie 2021-2027",
    citation_en: "The project may address a domain of Normandy's smart specialisation strategy 2021-2027.",
};

/// « un projet dont l’usage […] s’appuie sur une technologie d’IA et […] valorise la donnée ».
pub fn ai_and_data(draft: &Draft, _p: &Parameters) -> Check {
    let ai_described = !blank(&draft.project.ai_use);
    let data_described = !blank(&draft.project.data_used);
    let status = if ai_described && data_described {
        Status::Pass
    } else {
        Status::Missing
    };
    Check::new(
        RuleId::AiAndData,
        status,
        Finding::AiAndData {
            ai_described,
            data_described,
        },
    )
}

/// Work starts on or after the application is filed (GBER art. 6).
pub fn incentive_effect(draft: &Draft, _p: &Parameters) -> Check {
    match (draft.timeline.submission, draft.timeline.start) {
        (Some(submission), Some(start)) => Check::new(
            RuleId::IncentiveEffect,
            if start >= submission {
                Status::Pass
            } else {
                Status::Warning
            },
            Finding::WorkStarts { start, submission },
        ),
        _ => Check::new(
            RuleId::IncentiveEffect,
            Status::Info,
            Finding::IncentiveDatesMissing,
        ),
    }
}

/// « Le projet pourra répondre à un domaine […] »: optional.
pub fn s3_domain(draft: &Draft, _p: &Parameters) -> Check {
    Check::new(
        RuleId::S3Domain,
        Status::Info,
        Finding::S3Domain {
            domain: draft.project.s3_domain,
        },
    )
}
