use crate::text::page::{InFrench, ResultsPanelWord};

impl InFrench for ResultsPanelWord {
    fn fr(self) -> &'static str {
        use ResultsPanelWord::*;
        match self {
            Grant => "aide :",
            CapReached => "Plafond atteint :",
            OfEligibleCostsBringNo => "de dépenses éligibles n’apportent pas d’aide en plus.",
            BelowTheCapEligibleCosts => {
                "sous le plafond : les dépenses éligibles peuvent encore croître de"
            }
            BeforeReachingIt => "avant de l’atteindre.",
            Result => "Résultat",
            HideDetails => "Masquer le détail",
            ShowDetails => "Voir le détail",
            WhatToChange => "Ce qu’il faut changer",
            GoThere => "Y aller",
            RulesOfTheSchemeAdopted => "Règles du dispositif adopté le",
        }
    }
}
