use crate::text::page::{DossierPanelWord, InFrench};

impl InFrench for DossierPanelWord {
    fn fr(self) -> &'static str {
        use DossierPanelWord::*;
        match self {
            ProjectCost => "Coût du projet",
            BoosterIA => "Booster IA",
            FinancingPlan => "Plan de financement",
            ProjectCostUses => "Coût du projet (emplois)",
            BoosterIAPotentialGrant => "Booster IA (aide potentielle)",
            DeMinimisAid => "Aides de minimis",
            Info => "Info",
        }
    }
}
