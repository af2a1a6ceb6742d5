use crate::text::page::{BudgetChartWord, InEnglish};

impl InEnglish for BudgetChartWord {
    fn en(self) -> &'static str {
        use BudgetChartWord::*;
        match self {
            CostsByCategory => "Costs by category",
            CostsByPartner => "Costs by partner",
            HatchedBarsHint => "Hatched bars: costs wholly or partly excluded.",
        }
    }
}
