use crate::text::page::{BudgetRowWord, InFrench};

impl InFrench for BudgetRowWord {
    fn fr(self) -> &'static str {
        use BudgetRowWord::*;
        match self {
            Cost => "Dépense",
            Label => "Libellé",
            BorneBy => "Portée par",
            Choose => "— à choisir —",
            Category => "Nature",
            AmountExclVat => "Montant HT (€)",
            Duplicate => "Dupliquer",
            Remove => "Retirer",
            Pending => "En attente :",
            Excluded => "Exclue :",
            PermanentStaffQuestion => "Cette personne est-elle du personnel permanent de la structure publique ?",
            PermanentStaffHint => "Le texte exclut « le personnel permanent des établissements publics » : ses frais ne comptent pas.",
            YesPermanentStaff => "Oui, personnel permanent",
            NotPermanentStaff => "Non : stagiaire, doctorant, contrat de projet…",
        }
    }
}
