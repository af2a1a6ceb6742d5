use crate::text::page::{InFrench, PartnersSectionWord};

impl InFrench for PartnersSectionWord {
    fn fr(self) -> &'static str {
        use PartnersSectionWord::*;
        match self {
            Partners => "Les partenaires",
            AtLeastTwoStructuresHint => "Au moins deux structures implantées en Normandie ; le porteur dépose la demande. Indiquez le code postal de l’établissement qui participe (un partenaire étranger indique le sien).",
            AddAPartner => "+ Ajouter un partenaire",
        }
    }
}
