use crate::text::page::{FundingWord, InFrench};

impl InFrench for FundingWord {
    fn fr(self) -> &'static str {
        use FundingWord::*;
        match self {
            Heading => "Autres aides et financement",
            Vat => "TVA",
            VatHint => "Les montants sont hors taxes. Une structure qui ne récupère pas la TVA en supporte le coût : le simulateur le montre pour information.",
            RecoversVat => "Récupère la TVA",
            DontKnow => "Je ne sais pas",
            Yes => "Oui",
            No => "Non",
            DeMinimisHeading => "Aides de minimis reçues",
            DeMinimisHint => "Les aides de minimis reçues par l’entreprise unique du porteur sur les trois dernières années, comme le formulaire de demande les demande.",
            DeMinimisComplete => "La liste est complète (cochez aussi s’il n’y en a aucune)",
            ConfirmClearDeMinimis => "Effacer les aides de minimis listées ? La liste ne sera plus déclarée complète.",
            DeMinimisAid => "Aide de minimis",
            Funder => "Financeur",
            GrantedOn => "Octroyée le",
            Amount => "Montant (€)",
            RemoveDeMinimisAid => "Retirer l’aide de minimis",
            Remove => "Retirer",
            AddDeMinimisAid => "+ Ajouter une aide de minimis",
            OtherFundingHeading => "Autres financements publics du projet",
            Funding => "Financement",
            Status => "Statut",
            RemoveFunding => "Retirer le financement",
            AddFunding => "+ Ajouter un financement",
        }
    }
}
