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
            SiretOptional => "SIRET (facultatif)",
            InvalidSiret => "SIRET invalide : 14 chiffres dont la clé de contrôle est juste.",
            LeadApplicant => "Porteur du projet (dépose la demande)",
            NewToDataLab => "Nouveau dans le réseau du DataLab Normandie",
            Remove => "Retirer",
        }
    }
}
