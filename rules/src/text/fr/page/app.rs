use crate::text::page::{AppSentence, AppWord, InFrench, InFrenchSentence};

impl InFrench for AppWord {
    fn fr(self) -> &'static str {
        use AppWord::*;
        match self {
            DocumentTitle => "Simulateur Booster IA — Région Normandie",
            Heading => "Simulateur Booster IA",
            SkipToResult => "Aller au résultat",
            SkipToForm => "Aller au formulaire",
            DraftNotSaved => "Le navigateur refuse d’enregistrer le brouillon (stockage plein ou désactivé) : exportez-le pour le garder.",
            ScenariosNotSaved => "Le navigateur refuse d’enregistrer les scénarios (stockage plein ou désactivé) : exportez-les pour les garder.",
            ReplaceWithLinkQuestion => "Remplacer le brouillon en cours par celui du lien ?",
            OpenedFromLink => "Brouillon ouvert depuis un lien de partage.",
        }
    }
}

impl InFrenchSentence for AppSentence {
    fn fr(&self) -> String {
        match self {
            AppSentence::Lede { rate, cap, months } => format!(
                "Région Normandie : aide de {rate} des dépenses éligibles, plafonnée à {cap} HT, pour une preuve de concept en IA de {months} mois au plus. Tout reste dans votre navigateur."
            ),
        }
    }
}
