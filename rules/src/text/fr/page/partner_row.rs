use crate::text::page::{InFrench, PartnerRowWord};

impl InFrench for PartnerRowWord {
    fn fr(self) -> &'static str {
        use PartnerRowWord::*;
        match self {
            Partner => "Partenaire",
            Name => "Nom",
            KindOfStructure => "Type de structure",
            EstablishmentPostcode => "Code postal de l’établissement",
            EstablishmentCountry => "Pays de l’établissement",
            SIRETOptional => "SIRET (facultatif)",
            InvalidSIRET14DigitsWith => {
                "SIRET invalide : 14 chiffres dont la clé de contrôle est juste."
            }
            LeadApplicantFilesTheApplication => "Porteur du projet (dépose la demande)",
            NewToTheDataLabNormandie => "Nouveau dans le réseau du DataLab Normandie",
            Remove => "Retirer",
        }
    }
}
