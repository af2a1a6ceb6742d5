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
            AmountExclVAT => "Amount excl. VAT (€)",
            Duplicate => "Duplicate",
            Remove => "Remove",
            Pending => "Pending:",
            Excluded => "Excluded:",
            IsThisPersonPermanentStaff => "Is this person permanent staff of the public body?",
            TheSchemeExcludesPermanentStaff => "The scheme excludes “permanent staff of public establishments”: their costs do not count.",
            YesPermanentStaff => "Yes, permanent staff",
            NoInternPhDStudentProject => "No: intern, PhD student, project contract…",
        }
    }
}
