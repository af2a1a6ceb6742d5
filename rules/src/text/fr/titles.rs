//! Les noms des règles, leurs lectures, les statuts, les verdicts, les critères et les pièces.

use crate::assess::Verdict;
use crate::rules::costs::Document;
use crate::rules::{Criterion, RuleId, Status};

pub(in crate::text) fn rule_title(id: RuleId) -> &'static str {
    match id {
        RuleId::OneLead => "Un seul porteur",
        RuleId::LeadKind => "Nature du porteur",
        RuleId::LeadInNormandy => "Porteur implanté en Normandie",
        RuleId::Postcodes => "Codes postaux",
        RuleId::TwoNormandyStructures => "Structures normandes",
        RuleId::AiAndData => "Usage de l’IA et des données",
        RuleId::Duration => "Durée maximale",
        RuleId::Milestones => "Jalons dans la période",
        RuleId::Commons => "Contribution aux communs",
        RuleId::Indicators => "Indicateurs",
        RuleId::Commitments => "Engagements",
        RuleId::SelfAssessment => "Note estimée",
        RuleId::EligibleCosts => "Dépenses éligibles",
        RuleId::BudgetLinesComplete => "Lignes de budget complètes",
        RuleId::CostCategory => "Nature des dépenses",
        RuleId::PermanentPublicStaff => "Personnel permanent public",
        RuleId::CostBearer => "Structure qui porte la dépense",
        RuleId::Advance => "Avance",
        RuleId::IncentiveEffect => "Effet incitatif",
        RuleId::ExclVat => "Montants hors taxes",
        RuleId::S3Domain => "Domaine de spécialisation (S3)",
        RuleId::DeMinimis => "Plafond de minimis",
        #[cfg(feature = "second-version-fixture")]
        RuleId::LicencesShare => "Part des licences (hypothèse de test)",
        RuleId::FinancingPlan => "Plan de financement",
    }
}

pub(in crate::text) fn reading(id: RuleId) -> Option<&'static str> {
    Some(match id {
        RuleId::OneLead => "Une seule structure dépose la demande sur le portail des aides : le porteur.",
        RuleId::LeadInNormandy => "« Implanté en Normandie » : l’établissement qui participe a un code postal du Calvados (14), de l’Eure (27), de la Manche (50), de l’Orne (61) ou de la Seine-Maritime (76).",
        RuleId::TwoNormandyStructures => "Deux établissements d’une même entité (même SIREN) comptent pour une seule structure ; un partenaire de type « autre » n’est pas compté.",
        RuleId::Duration => "Six mois de date à date, fin incluse : un projet commencé le 1er février finit au plus tard le 31 juillet ; le 15 mars, au plus tard le 14 septembre.",
        RuleId::SelfAssessment => "La note est attribuée par la Région ; celle-ci n’est qu’une estimation du porteur.",
        RuleId::CostCategory => "Équipement, déplacements, frais généraux et autres dépenses ne figurent pas dans la liste : ils sont exclus.",
        RuleId::PermanentPublicStaff => "Le texte vise les « établissements publics » ; nous traitons de même les collectivités locales et leurs regroupements (lecture prudente).",
        RuleId::CostBearer => "Une dépense portée par une structure hors de Normandie, ou par un partenaire de type « autre », n’est pas retenue.",
        RuleId::Advance => "Pris à la lettre, 50 % des dépenses éligibles atteindraient l’aide entière ; nous lisons 50 % de l’aide.",
        RuleId::IncentiveEffect => "Sous le RGEC (art. 6), les travaux doivent commencer après le dépôt de la demande ; ce n’est pas exigé sous le régime de minimis.",
        RuleId::DeMinimis => "Le texte cite le règlement (UE) n° 1407/2013, dont la transition a pris fin le 30 juin 2024 ; nous appliquons le règlement (UE) 2023/2831, en vigueur depuis le 1er janvier 2024 : 300 000 € par entreprise unique sur toute période de trois ans (art. 3, paragraphe 2), une aide comptant à la date où le droit de la recevoir est conféré (paragraphe 3). Une aide compte si elle est octroyée après le jour situé trois ans avant le dépôt ; sans date, elle compte. Ce contrôle n’entre pas dans le verdict : la Région peut retenir un autre régime.",
        #[cfg(feature = "second-version-fixture")]
        RuleId::LicencesShare => "Règle fictive des données de test, en vigueur pour un dépôt à partir du 01/07/2027 : les lignes de licences d’utilisation retenues comptent au plus pour 30 % des dépenses éligibles ; 30 % tout juste passe.",
        RuleId::FinancingPlan => "L’aide couvre 50 % du projet : le reste vient d’autres financements publics (demandés ou accordés) ou des partenaires eux-mêmes ; les financements publics ne peuvent dépasser le coût du projet.",
        RuleId::ExclVat => "Le texte compte hors taxes. Le règlement (UE) 651/2014 (art. 7, paragraphe 1) tient la TVA non récupérable pour éligible, et d’autres dispositifs de la Région écrivent « HT (ou TTC si non assujetti) » : nous gardons la règle du texte et montrons l’autre lecture pour information.",
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
