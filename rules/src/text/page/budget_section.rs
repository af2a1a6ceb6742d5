//! The words of the page's `budget_section` part.

/// A word of the page's `budget_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetSectionWord {
    /// “Budget (excluding VAT)”
    Heading,
    /// “Eligible: personnel (except permanent staff of public establishments), intellectual ser…”
    EligibleCostsHint,
    /// “+ Add a cost”
    AddACost,
}
