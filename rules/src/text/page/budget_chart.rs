//! The words of the page's `budget_chart` part.

/// A word of the page's `budget_chart` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetChartWord {
    /// “Costs by category”
    CostsByCategory,
    /// “Costs by partner”
    CostsByPartner,
    /// “Hatched bars: costs wholly or partly excluded.”
    HatchedBarsHint,
}
