//! Writing a draft back as format v3 JSON, with or without its assessment.

use super::{FORMAT, VERSION};
use crate::assess::Assessment;
use crate::date::Date;
use crate::draft::*;
use crate::money::format_amount;
use serde::Serialize;

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    project: ProjectOut<'a>,
    partners: Vec<PartnerOut<'a>>,
    budget: Vec<LineOut<'a>>,
    timeline: TimelineOut<'a>,
    indicators: Vec<IndicatorOut<'a>>,
    commons: CommonsOut<'a>,
    commitments: CommitmentsOut,
    self_assessment: ScoresOut,
    advance: AdvanceOut<'a>,
    de_minimis: DeMinimisOut<'a>,
    other_funding: Vec<FundingOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    assessment: Option<&'a Assessment>,
}

#[derive(Serialize)]
struct DeMinimisOut<'a> {
    declared: bool,
    aids: Vec<AidOut<'a>>,
}

#[derive(Serialize)]
struct AidOut<'a> {
    funder: &'a str,
    granted_on: Option<String>,
    amount: String,
}

#[derive(Serialize)]
struct FundingOut<'a> {
    funder: &'a str,
    amount: String,
    status: &'static str,
}

#[derive(Serialize)]
struct ProjectOut<'a> {
    title: &'a str,
    summary: &'a str,
    ai_use: &'a str,
    data_used: &'a str,
    s3_domain: Option<&'static str>,
}

/// A partner as drafts and partners' parts write it.
#[derive(Serialize)]
pub(crate) struct PartnerOut<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'static str,
    siret: Option<&'a str>,
    postcode: &'a str,
    /// Written only outside France, so a v1 draft is written as it was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    role: &'static str,
    new_to_datalab: bool,
    vat_recoverable: Option<bool>,
}

#[derive(Serialize)]
struct LineOut<'a> {
    id: &'a str,
    partner: &'a str,
    category: &'static str,
    label: &'a str,
    amount: String,
    permanent_staff: Option<bool>,
}

#[derive(Serialize)]
struct TimelineOut<'a> {
    submission: Option<String>,
    start: Option<String>,
    end: Option<String>,
    milestones: Vec<MilestoneOut<'a>>,
}

#[derive(Serialize)]
struct MilestoneOut<'a> {
    label: &'a str,
    date: Option<String>,
}

#[derive(Serialize)]
struct IndicatorOut<'a> {
    label: &'a str,
    target: &'a str,
}

#[derive(Serialize)]
struct CommonsOut<'a> {
    experience_report: bool,
    tools_or_content: &'a str,
    open_data: &'a str,
}

#[derive(Serialize)]
struct CommitmentsOut {
    report_indicators: bool,
    collective_review: bool,
}

#[derive(Serialize)]
struct ScoresOut {
    quality: Option<u32>,
    feasibility: Option<u32>,
    regional_interest: Option<u32>,
    responsible_digital: Option<u32>,
    security: Option<u32>,
    reproducibility: Option<u32>,
}

#[derive(Serialize)]
struct AdvanceOut<'a> {
    requested: bool,
    justification: &'a str,
}

/// Writes the draft as format v3 JSON (two-space indented), with its assessment.
pub fn export_draft(draft: &Draft, assessment: &Assessment) -> String {
    let mut text = serde_json::to_string_pretty(&file_out(draft, Some(assessment)))
        .expect("plain data always serialises");
    text.push('\n');
    text
}

/// Writes the draft as compact format v3 JSON without an assessment (for share links).
pub fn draft_json(draft: &Draft) -> String {
    serde_json::to_string(&file_out(draft, None)).expect("plain data always serialises")
}

/// A partner, ready to serialise.
pub(crate) fn partner_out(p: &Partner) -> PartnerOut<'_> {
    PartnerOut {
        id: &p.id,
        name: &p.name,
        kind: p.kind.code(),
        siret: p.siret.as_ref().map(Siret::as_str),
        postcode: &p.postcode,
        country: (!p.country.is_france()).then(|| p.country.code()),
        role: p.role.code(),
        new_to_datalab: p.new_to_datalab,
        vat_recoverable: p.vat_recoverable,
    }
}

fn file_out<'a>(draft: &'a Draft, assessment: Option<&'a Assessment>) -> FileOut<'a> {
    let date = |d: Option<Date>| d.map(|d| d.to_string());
    let s = &draft.self_assessment;
    FileOut {
        format: FORMAT,
        version: VERSION,
        project: ProjectOut {
            title: &draft.project.title,
            summary: &draft.project.summary,
            ai_use: &draft.project.ai_use,
            data_used: &draft.project.data_used,
            s3_domain: draft.project.s3_domain.map(S3Domain::code),
        },
        partners: draft.partners.iter().map(partner_out).collect(),
        budget: draft
            .budget
            .iter()
            .map(|l| LineOut {
                id: &l.id,
                partner: &l.partner,
                category: l.category.code(),
                label: &l.label,
                amount: l.amount.map(format_amount).unwrap_or_default(),
                permanent_staff: l.permanent_staff,
            })
            .collect(),
        timeline: TimelineOut {
            submission: date(draft.timeline.submission),
            start: date(draft.timeline.start),
            end: date(draft.timeline.end),
            milestones: draft
                .timeline
                .milestones
                .iter()
                .map(|m| MilestoneOut {
                    label: &m.label,
                    date: date(m.date),
                })
                .collect(),
        },
        indicators: draft
            .indicators
            .iter()
            .map(|i| IndicatorOut {
                label: &i.label,
                target: &i.target,
            })
            .collect(),
        commons: CommonsOut {
            experience_report: draft.commons.experience_report,
            tools_or_content: &draft.commons.tools_or_content,
            open_data: &draft.commons.open_data,
        },
        commitments: CommitmentsOut {
            report_indicators: draft.commitments.report_indicators,
            collective_review: draft.commitments.collective_review,
        },
        self_assessment: ScoresOut {
            quality: s.quality,
            feasibility: s.feasibility,
            regional_interest: s.regional_interest,
            responsible_digital: s.responsible_digital,
            security: s.security,
            reproducibility: s.reproducibility,
        },
        advance: AdvanceOut {
            requested: draft.advance.requested,
            justification: &draft.advance.justification,
        },
        de_minimis: DeMinimisOut {
            declared: draft.de_minimis.declared,
            aids: draft
                .de_minimis
                .aids
                .iter()
                .map(|a| AidOut {
                    funder: &a.funder,
                    granted_on: date(a.granted_on),
                    amount: a.amount.map(format_amount).unwrap_or_default(),
                })
                .collect(),
        },
        other_funding: draft
            .other_funding
            .iter()
            .map(|f| FundingOut {
                funder: &f.funder,
                amount: f.amount.map(format_amount).unwrap_or_default(),
                status: f.status.code(),
            })
            .collect(),
        assessment,
    }
}
