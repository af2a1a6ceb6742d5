use crate::text::page::{DossierPanelSentence, DossierPanelWord, InFrench, InFrenchSentence};

impl InFrench for DossierPanelWord {
    fn fr(self) -> &'static str {
        use DossierPanelWord::*;
        match self {
            FinancingPlan => "Plan de financement",
            ProjectCostUses => "Coût du projet (emplois)",
            BoosterIaPotentialGrant => "Booster IA (aide potentielle)",
            DeMinimisAid => "Aides de minimis",
            Info => "Info",
        }
    }
}

impl InFrenchSentence for DossierPanelSentence<'_> {
    fn fr(&self) -> String {
        match self {
            DossierPanelSentence::PlanSummary {
                cost,
                grant,
                other_name,
                other,
                own_name,
                own,
            } => format!(
                "Coût du projet {cost} ; Booster IA {grant}, {other_name} {other}, {own_name} {own}"
            ),
        }
    }
}
