//! Les noms des règles, leurs lectures, les statuts, les verdicts, les critères et les pièces.

use crate::assess::Verdict;
use crate::rules::costs::Document;
use crate::rules::{Criterion, Status};

pub(in crate::text) fn status_label(s: Status) -> &'static str {
    match s {
        Status::Pass => "Conforme",
        Status::Fail => "Non conforme",
        Status::Missing => "À compléter",
        Status::Warning => "Attention",
        Status::Info => "Info",
    }
}

pub(in crate::text) fn status_tag(s: Status) -> &'static str {
    match s {
        Status::Pass => "OK",
        Status::Fail => "ÉCHEC",
        Status::Missing => "MANQUE",
        Status::Warning => "ATTENTION",
        Status::Info => "INFO",
    }
}

pub(in crate::text) fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "Éligible",
        Verdict::NotEligible => "Non éligible",
        Verdict::Incomplete => "Incomplet",
    }
}

pub(in crate::text) fn document(d: Document) -> &'static str {
    match d {
        Document::Payslips => "bulletins de paie",
        Document::EmploymentContracts => "contrats de travail et lettres de mission",
        Document::SignedTimesheets => {
            "feuilles de temps signées de l’employé et du représentant légal de la structure"
        }
        Document::PaidInvoices => "factures acquittées",
    }
}

pub(in crate::text) fn criterion(c: Criterion) -> &'static str {
    match c {
        Criterion::Quality => {
            "La qualité globale de la proposition : éléments descriptifs et support de présentation"
        }
        Criterion::Feasibility => "La faisabilité de la preuve de concept",
        Criterion::RegionalInterest => {
            "L’intégration dans l’intérêt régional et la prise en compte du besoin de l’usager"
        }
        Criterion::ResponsibleDigital => {
            "La réponse aux enjeux de numérique responsable et durable"
        }
        Criterion::Security => "Les dispositions prises pour la sécurité informatique du projet",
        Criterion::Reproducibility => {
            "La prise en compte de la reproductibilité de l’innovation sur le territoire"
        }
    }
}
