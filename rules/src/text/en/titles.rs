//! Rules' titles and readings, statuses, verdicts, criteria and documents.

use crate::assess::Verdict;
use crate::rules::costs::Document;
use crate::rules::{Criterion, RuleId, Status};

pub(in crate::text) fn rule_title(id: RuleId) -> &'static str {
    match id {
        RuleId::OneLead => "Exactly one lead",
        RuleId::LeadKind => "Kind of lead",
        RuleId::LeadInNormandy => "Lead established in Normandy",
        RuleId::Postcodes => "Postcodes",
        RuleId::TwoNormandyStructures => "Normandy structures",
        RuleId::AiAndData => "Use of AI and data",
        RuleId::Duration => "Longest duration",
        RuleId::Milestones => "Milestones within the period",
        RuleId::Commons => "Contribution to the commons",
        RuleId::Indicators => "Indicators",
        RuleId::Commitments => "Commitments",
        RuleId::SelfAssessment => "Estimated mark",
        RuleId::EligibleCosts => "Eligible costs",
        RuleId::BudgetLinesComplete => "Complete budget lines",
        RuleId::CostCategory => "Categories of cost",
        RuleId::PermanentPublicStaff => "Permanent public staff",
        RuleId::CostBearer => "Who bears each cost",
        RuleId::Advance => "Advance",
        RuleId::IncentiveEffect => "Incentive effect",
        RuleId::ExclVat => "Amounts excluding VAT",
        RuleId::S3Domain => "Smart specialisation domain (S3)",
        RuleId::DeMinimis => "De minimis ceiling",
        #[cfg(feature = "second-version-fixture")]
        RuleId::LicencesShare => "Licences share (test hypothesis)",
        RuleId::FinancingPlan => "Financing plan",
    }
}

pub(in crate::text) fn reading(id: RuleId) -> Option<&'static str> {
    Some(match id {
        RuleId::OneLead => "One structure files the application on the Région's portal: the lead.",
        RuleId::LeadInNormandy => "“Established in Normandy”: the establishment taking part has a postcode in Calvados (14), Eure (27), Manche (50), Orne (61) or Seine-Maritime (76).",
        RuleId::TwoNormandyStructures => "Two establishments of one legal entity (same SIREN) count as one structure; a partner of kind “other” is not counted.",
        RuleId::Duration => "Six months from date to date, end day included: a project starting on 1 February ends by 31 July at the latest; on 15 March, by 14 September.",
        RuleId::SelfAssessment => "The Région gives the mark; this is only the applicant's estimate.",
        RuleId::CostCategory => "Equipment, travel, overheads and other costs are not on the list: they are excluded.",
        RuleId::PermanentPublicStaff => "The text names “public establishments”; we treat local authorities and their groups the same way (the conservative reading).",
        RuleId::CostBearer => "A cost borne by a structure outside Normandy, or by a partner of kind “other”, is not counted.",
        RuleId::Advance => "Taken literally, 50% of eligible expenses would reach the whole grant; we read it as 50% of the grant.",
        RuleId::IncentiveEffect => "Under the GBER (art. 6) work must start after the application is filed; de minimis aid does not require it.",
        RuleId::DeMinimis => "The text cites Regulation (EU) No 1407/2013, whose transition ended on 30 June 2024; we apply Regulation (EU) 2023/2831, in force since 1 January 2024: €300,000 per single undertaking over any period of three years (Article 3(2)), an aid counting from the day the legal right to receive it is conferred (Article 3(3)). An aid counts if granted after the day three years before the submission; undated, it counts. This check is not part of the verdict: the Région may use another regime.",
        #[cfg(feature = "second-version-fixture")]
        RuleId::LicencesShare => "A made-up rule of the test data, in force for applications filed from 1 Jul 2027: the eligible user licence lines count for at most 30% of eligible costs; exactly 30% passes.",
        RuleId::FinancingPlan => "The grant covers 50% of the project: the rest comes from other public funding (requested or granted) or from the partners themselves; public funding may not exceed the project's cost.",
        RuleId::ExclVat => "The text counts amounts excluding VAT. Regulation (EU) 651/2014 (Article 7(1)) treats non-recoverable VAT as eligible, and other Région schemes write “excluding VAT (or including VAT if not liable)”: we keep the text's rule and show the other reading as information.",
        RuleId::LeadKind
        | RuleId::Postcodes
        | RuleId::AiAndData
        | RuleId::Milestones
        | RuleId::Commons
        | RuleId::Indicators
        | RuleId::Commitments
        | RuleId::EligibleCosts
        | RuleId::BudgetLinesComplete
        | RuleId::S3Domain => return None,
    })
}

pub(in crate::text) fn status_label(s: Status) -> &'static str {
    match s {
        Status::Pass => "Pass",
        Status::Fail => "Fail",
        Status::Missing => "Missing",
        Status::Warning => "Warning",
        Status::Info => "Info",
    }
}

pub(in crate::text) fn status_tag(s: Status) -> &'static str {
    match s {
        Status::Pass => "PASS",
        Status::Fail => "FAIL",
        Status::Missing => "MISSING",
        Status::Warning => "WARNING",
        Status::Info => "INFO",
    }
}

pub(in crate::text) fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "Eligible",
        Verdict::NotEligible => "Not eligible",
        Verdict::Incomplete => "Incomplete",
    }
}

pub(in crate::text) fn document(d: Document) -> &'static str {
    match d {
        Document::Payslips => "payslips",
        Document::EmploymentContracts => "employment contracts and mission letters",
        Document::SignedTimesheets => {
            "timesheets signed by the employee and the structure's legal representative"
        }
        Document::PaidInvoices => "paid invoices",
    }
}

pub(in crate::text) fn criterion(c: Criterion) -> &'static str {
    match c {
        Criterion::Quality => "Overall quality of the proposal: description and presentation",
        Criterion::Feasibility => "Feasibility of the proof of concept",
        Criterion::RegionalInterest => "Fit with the regional interest and the users’ needs",
        Criterion::ResponsibleDigital => "Response to responsible and sustainable digital issues",
        Criterion::Security => "Measures taken for the project’s IT security",
        Criterion::Reproducibility => "Reproducibility of the innovation in the region",
    }
}
