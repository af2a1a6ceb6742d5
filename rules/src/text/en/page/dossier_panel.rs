use crate::text::page::{DossierPanelSentence, DossierPanelWord, InEnglish, InEnglishSentence};

impl InEnglish for DossierPanelWord {
    fn en(self) -> &'static str {
        use DossierPanelWord::*;
        match self {
            FinancingPlan => "Financing plan",
            ProjectCostUses => "Project cost (uses)",
            BoosterIaPotentialGrant => "Booster IA (potential grant)",
            DeMinimisAid => "De minimis aid",
            Info => "Info",
        }
    }
}

impl InEnglishSentence for DossierPanelSentence<'_> {
    fn en(&self) -> String {
        match self {
            DossierPanelSentence::PlanSummary {
                cost,
                grant,
                other_name,
                other,
                own_name,
                own,
            } => format!(
                "Project cost {cost}; Booster IA {grant}, {other_name} {other}, {own_name} {own}"
            ),
        }
    }
}
