use crate::text::page::{CommitmentsSectionWord, InFrench};

impl InFrench for CommitmentsSectionWord {
    fn fr(self) -> &'static str {
        use CommitmentsSectionWord::*;
        match self {
            FollowUpCommonsAndCommitments => "Suivi, communs et engagements",
            ProgressIndicators => "Indicateurs d’avancée",
            Indicator => "Indicateur",
            Target => "Cible",
            RemoveIndicator => "Retirer l’indicateur",
            Remove => "Retirer",
            AddAnIndicator => "+ Ajouter un indicateur",
            ContributionToTheDataCommons => "Contribution aux communs de la donnée",
            ExperienceReportOnTheProject => "Retour d’expérience sur le projet",
            ToolsOrContentSharedGuides => {
                "Outils ou contenus partagés (guides, fiches techniques…)"
            }
            OpenDataProduced => "Données ouvertes produites",
            Commitments => "Engagements",
            ReportTheIndicatorsAtThe => "Faire remonter les indicateurs en fin de projet",
            TakePartInTheDataLab => {
                "Participer à la revue de projets collective du DataLab Normandie"
            }
            Advance => "Avance",
            RequestAnAdvance => "Demander une avance",
            WhyTheAdvanceIsNeeded => "Pourquoi cette avance est nécessaire",
        }
    }
}
