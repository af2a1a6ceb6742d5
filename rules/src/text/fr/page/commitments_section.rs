use crate::text::page::{CommitmentsSectionWord, InFrench};

impl InFrench for CommitmentsSectionWord {
    fn fr(self) -> &'static str {
        use CommitmentsSectionWord::*;
        match self {
            Heading => "Suivi, communs et engagements",
            ProgressIndicators => "Indicateurs d’avancée",
            Indicator => "Indicateur",
            Target => "Cible",
            RemoveIndicator => "Retirer l’indicateur",
            Remove => "Retirer",
            AddAnIndicator => "+ Ajouter un indicateur",
            DataCommons => "Contribution aux communs de la donnée",
            ExperienceReport => "Retour d’expérience sur le projet",
            ToolsOrContent => "Outils ou contenus partagés (guides, fiches techniques…)",
            OpenDataProduced => "Données ouvertes produites",
            Commitments => "Engagements",
            ReportIndicators => "Faire remonter les indicateurs en fin de projet",
            CollectiveReview => "Participer à la revue de projets collective du DataLab Normandie",
            Advance => "Avance",
            RequestAnAdvance => "Demander une avance",
            WhyTheAdvanceIsNeeded => "Pourquoi cette avance est nécessaire",
        }
    }
}
