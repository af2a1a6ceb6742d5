use crate::text::page::{InFrench, ProjectSectionWord};

impl InFrench for ProjectSectionWord {
    fn fr(self) -> &'static str {
        use ProjectSectionWord::*;
        match self {
            Heading => "Le projet",
            Title => "Titre",
            Summary => "Résumé",
            AiUse => "Usage de l’intelligence artificielle",
            AiUseHint => "Quelle technologie d’IA, pour quel usage principal ?",
            DataPutToUse => "Données valorisées",
            SmartSpecialisationDomain => {
                "Domaine de la stratégie de spécialisation intelligente (facultatif)"
            }
            None => "Aucun",
        }
    }
}
