//! The words of the page's `partner_row` part.

/// A word of the page's `partner_row` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartnerRowWord {
    /// “Partner”
    Partner,
    /// “Name”
    Name,
    /// “Kind of structure”
    KindOfStructure,
    /// “Establishment postcode”
    EstablishmentPostcode,
    /// “Establishment country”
    EstablishmentCountry,
    /// “SIRET (optional)”
    SiretOptional,
    /// “Invalid SIRET: 14 digits with a correct check digit.”
    InvalidSiret,
    /// “Lead applicant (files the application)”
    LeadApplicant,
    /// “New to the DataLab Normandie network”
    NewToDataLab,
    /// “Remove”
    Remove,
}
