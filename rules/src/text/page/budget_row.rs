//! The words of the page's `budget_row` part.

/// A word of the page's `budget_row` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetRowWord {
    /// “Cost”
    Cost,
    /// “Label”
    Label,
    /// “Borne by”
    BorneBy,
    /// “— choose —”
    Choose,
    /// “Category”
    Category,
    /// “Amount excl. VAT (€)”
    AmountExclVat,
    /// “Duplicate”
    Duplicate,
    /// “Remove”
    Remove,
    /// “Pending:”
    Pending,
    /// “Excluded:”
    Excluded,
    /// “Is this person permanent staff of the public body?”
    PermanentStaffQuestion,
    /// “The scheme excludes “permanent staff of public establishments”: their costs do not count.”
    PermanentStaffHint,
    /// “Yes, permanent staff”
    YesPermanentStaff,
    /// “No: intern, PhD student, project contract…”
    NotPermanentStaff,
}
