use crate::text::page::{BudgetRowWord, InEnglish};

impl InEnglish for BudgetRowWord {
    fn en(self) -> &'static str {
        use BudgetRowWord::*;
        match self {
            Cost => "Cost",
            Label => "Label",
            BorneBy => "Borne by",
            Choose => "— choose —",
            Category => "Category",
            AmountExclVat => "Amount excl. VAT (€)",
            Duplicate => "Duplicate",
            Remove => "Remove",
            Pending => "Pending:",
            Excluded => "Excluded:",
            PermanentStaffQuestion => "Is this person permanent staff of the public body?",
            PermanentStaffHint => "The scheme excludes “permanent staff of public establishments”: their costs do not count.",
            YesPermanentStaff => "Yes, permanent staff",
            NotPermanentStaff => "No: intern, PhD student, project contract…",
        }
    }
}
