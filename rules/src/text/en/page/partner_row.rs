use crate::text::page::{InEnglish, PartnerRowWord};

impl InEnglish for PartnerRowWord {
    fn en(self) -> &'static str {
        use PartnerRowWord::*;
        match self {
            Partner => "Partner",
            Name => "Name",
            KindOfStructure => "Kind of structure",
            EstablishmentPostcode => "Establishment postcode",
            EstablishmentCountry => "Establishment country",
            SiretOptional => "SIRET (optional)",
            InvalidSiret => "Invalid SIRET: 14 digits with a correct check digit.",
            LeadApplicant => "Lead applicant (files the application)",
            NewToDataLab => "New to the DataLab Normandie network",
            Remove => "Remove",
        }
    }
}
