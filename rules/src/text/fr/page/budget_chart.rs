use crate::text::page::{BudgetChartWord, InFrench};

impl InFrench for BudgetChartWord {
    fn fr(self) -> &'static str {
        use BudgetChartWord::*;
        match self {
            Partner => "Partenaire",
            CostsByCategory => "Dépenses par nature",
            CostsByPartner => "Dépenses par partenaire",
            HatchedBarsCostsWhollyOr => "Barres hachurées : dépenses exclues en tout ou partie.",
        }
    }
}
