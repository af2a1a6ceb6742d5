use crate::text::page::{BudgetChartWord, InFrench};

impl InFrench for BudgetChartWord {
    fn fr(self) -> &'static str {
        use BudgetChartWord::*;
        match self {
            CostsByCategory => "Dépenses par nature",
            CostsByPartner => "Dépenses par partenaire",
            HatchedBarsHint => "Barres hachurées : dépenses exclues en tout ou partie.",
        }
    }
}
