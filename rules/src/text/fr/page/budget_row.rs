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
            AmountExclVAT => "Montant HT (€)",
            Duplicate => "Dupliquer",
            Remove => "Retirer",
            Pending => "En attente :",
            Excluded => "Exclue :",
            IsThisPersonPermanentStaff => "Cette personne est-elle du personnel permanent de la structure publique ?",
            TheSchemeExcludesPermanentStaff => "Le texte exclut « le personnel permanent des établissements publics » : ses frais ne comptent pas.",
            YesPermanentStaff => "Oui, personnel permanent",
            NoInternPhDStudentProject => "Non : stagiaire, doctorant, contrat de projet…",
        }
    }
}
