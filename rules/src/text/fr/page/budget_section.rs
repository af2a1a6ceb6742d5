use crate::text::page::{BudgetSectionWord, InFrench};

impl InFrench for BudgetSectionWord {
    fn fr(self) -> &'static str {
        use BudgetSectionWord::*;
        match self {
            Heading => "Le budget (HT)",
            EligibleCostsHint => "Éligibles : frais de personnel (hors personnel permanent des établissements publics), prestations intellectuelles, licences d’utilisation, prestations, consommables.",
            AddACost => "+ Ajouter une dépense",
        }
    }
}
