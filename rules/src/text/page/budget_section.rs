//! The words of the page's `budget_section` part.

/// A word of the page's `budget_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetSectionWord {
    /// “Partner”
    Partner,
    /// “Budget (excluding VAT)”
    BudgetExcludingVAT,
    /// “Eligible: personnel (except permanent staff of public establishments), intellectual ser…”
    EligiblePersonnelExceptPermanentStaff,
    /// “+ Add a cost”
    AddACost,
}
