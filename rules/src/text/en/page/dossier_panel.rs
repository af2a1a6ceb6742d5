use crate::text::page::{DossierPanelWord, InEnglish};

impl InEnglish for DossierPanelWord {
    fn en(self) -> &'static str {
        use DossierPanelWord::*;
        match self {
            ProjectCost => "Project cost",
            BoosterIA => "Booster IA",
            FinancingPlan => "Financing plan",
            ProjectCostUses => "Project cost (uses)",
            BoosterIAPotentialGrant => "Booster IA (potential grant)",
            DeMinimisAid => "De minimis aid",
            Info => "Info",
        }
    }
}
