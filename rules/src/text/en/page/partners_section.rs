use crate::text::page::{InEnglish, PartnersSectionWord};

impl InEnglish for PartnersSectionWord {
    fn en(self) -> &'static str {
        use PartnersSectionWord::*;
        match self {
            Partners => "Partners",
            AtLeastTwoStructuresHint => "At least two structures established in Normandy; the lead files the application. Give the postcode of the establishment taking part (a foreign partner gives its own).",
            AddAPartner => "+ Add a partner",
        }
    }
}
