use crate::text::page::{BudgetSectionWord, InEnglish};

impl InEnglish for BudgetSectionWord {
    fn en(self) -> &'static str {
        use BudgetSectionWord::*;
        match self {
            Heading => "Budget (excluding VAT)",
            EligibleCostsHint => "Eligible: personnel (except permanent staff of public establishments), intellectual services, user licences, services, consumables.",
            AddACost => "+ Add a cost",
        }
    }
}
