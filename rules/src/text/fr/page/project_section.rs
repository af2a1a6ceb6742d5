use crate::text::page::{InFrench, ProjectSectionWord};

impl InFrench for ProjectSectionWord {
    fn fr(self) -> &'static str {
        use ProjectSectionWord::*;
        match self {
            TheProject => "Le projet",
            Title => "Titre",
            Summary => "Résumé",
            UseOfArtificialIntelligence => "Usage de l’intelligence artificielle",
            WhichAITechnologyForWhich => "Quelle technologie d’IA, pour quel usage principal ?",
            DataPutToUse => "Données valorisées",
            SmartSpecialisationDomainOptional => {
                "Domaine de la stratégie de spécialisation intelligente (facultatif)"
            }
            None => "Aucun",
        }
    }
}
