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
            SIRETOptional => "SIRET (optional)",
            InvalidSIRET14DigitsWith => "Invalid SIRET: 14 digits with a correct check digit.",
            LeadApplicantFilesTheApplication => "Lead applicant (files the application)",
            NewToTheDataLabNormandie => "New to the DataLab Normandie network",
            Remove => "Remove",
        }
    }
}
