//! Rules' titles and readings, statuses, verdicts, criteria and documents.

use crate::assess::Verdict;
use crate::rules::costs::Document;
use crate::rules::{Criterion, Status};

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
