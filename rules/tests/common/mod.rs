//! Shared builders: an eligible draft made in code, and small helpers.
#![allow(dead_code)]

use booster_ia::draft::*;
use booster_ia::{assess, Assessment, Check, Date, Status};
use rust_decimal::Decimal;

/// A date from `YYYY-MM-DD`.
pub fn date(text: &str) -> Date {
    Date::parse(text).expect("a real date")
}

/// A decimal from text.
pub fn dec(text: &str) -> Decimal {
    text.parse().expect("a decimal")
}

/// A partner with no SIRET.
pub fn partner(id: &str, kind: PartnerKind, postcode: &str, role: Role) -> Partner {
    Partner {
        id: id.into(),
        name: format!("Structure {id}"),
        kind,
        siret: None,
        postcode: postcode.into(),
        country: Default::default(),
        vat_recoverable: None,
        role,
        new_to_datalab: false,
    }
}

/// A budget line.
pub fn line(id: &str, partner: &str, category: Category, amount: &str) -> BudgetLine {
    BudgetLine {
        id: id.into(),
        partner: partner.into(),
        category,
        label: format!("Ligne {id}"),
        amount: Some(dec(amount)),
        permanent_staff: Some(false),
    }
}

/// An eligible draft: a company in Caen leads, a public lab in Rouen takes
/// part, 10 000 € of intellectual services, 1 Feb – 31 Jul 2027, 74 points.
pub fn eligible_draft() -> Draft {
    Draft {
        project: Project {
            title: "Projet".into(),
            summary: "Résumé".into(),
            ai_use: "Vision par ordinateur".into(),
            data_used: "Images de production".into(),
            s3_domain: Some(S3Domain::Industry),
        },
        partners: vec![
            partner("p1", PartnerKind::Company, "14000", Role::Lead),
            partner(
                "p2",
                PartnerKind::PublicEstablishment,
                "76130",
                Role::Partner,
            ),
        ],
        budget: vec![line("b1", "p2", Category::IntellectualServices, "10000")],
        timeline: Timeline {
            submission: Some(date("2027-01-10")),
            start: Some(date("2027-02-01")),
            end: Some(date("2027-07-31")),
            milestones: vec![],
        },
        indicators: vec![Indicator {
            label: "Taux de détection".into(),
            target: "95 %".into(),
        }],
        commons: Commons {
            experience_report: true,
            tools_or_content: String::new(),
            open_data: String::new(),
        },
        commitments: Commitments {
            report_indicators: true,
            collective_review: true,
        },
        self_assessment: SelfAssessment {
            quality: Some(15),
            feasibility: Some(22),
            regional_interest: Some(15),
            responsible_digital: Some(7),
            security: Some(8),
            reproducibility: Some(7),
        },
        advance: AdvanceRequest::default(),
        de_minimis: DeMinimis::default(),
        other_funding: Vec::new(),
    }
}

/// The assessment of a draft the engine can compute.
pub fn assessed(draft: &Draft) -> Assessment {
    assess(draft).expect("amounts within range")
}

/// One check of a draft's assessment.
pub fn check(draft: &Draft, id: &str) -> Check {
    assessed(draft)
        .check(booster_ia::RuleId::from_code(id).expect("a rule id"))
        .unwrap_or_else(|| panic!("no check {id}"))
        .clone()
}

/// The status of one check.
pub fn status(draft: &Draft, id: &str) -> Status {
    check(draft, id).status
}
