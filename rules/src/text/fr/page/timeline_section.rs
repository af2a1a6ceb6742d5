use crate::text::page::{InFrench, TimelineSectionWord};

impl InFrench for TimelineSectionWord {
    fn fr(self) -> &'static str {
        use TimelineSectionWord::*;
        match self {
            EndBy => "Fin au plus tard le",
            NotBefore => "Au plus tôt le",
            Timeline => "Le calendrier",
            ApplicationFiled => "Dépôt de la demande",
            WorkStarts => "Début des travaux",
            WorkEnds => "Fin des travaux",
            Milestones => "Jalons",
            Milestone => "Jalon",
            Date => "Date",
            RemoveMilestone => "Retirer le jalon",
            Remove => "Retirer",
            AddAMilestone => "+ Ajouter un jalon",
        }
    }
}
