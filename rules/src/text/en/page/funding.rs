use crate::text::page::{FundingWord, InEnglish};

impl InEnglish for FundingWord {
    fn en(self) -> &'static str {
        use FundingWord::*;
        match self {
            Heading => "Other aid and funding",
            Vat => "VAT",
            VatHint => "Amounts are excluding VAT. A structure that does not recover VAT bears its cost: the simulator shows it for information.",
            RecoversVat => "Recovers VAT",
            DontKnow => "Don’t know",
            Yes => "Yes",
            No => "No",
            DeMinimisHeading => "De minimis aid received",
            DeMinimisHint => "The de minimis aid received by the lead’s single undertaking over the last three years, as the application form asks.",
            DeMinimisComplete => "The list is complete (tick also if there is none)",
            ConfirmClearDeMinimis => "Clear the de minimis aids listed? The list will no longer be declared complete.",
            DeMinimisAid => "De minimis aid",
            Funder => "Funder",
            GrantedOn => "Granted on",
            Amount => "Amount (€)",
            RemoveDeMinimisAid => "Remove de minimis aid",
            Remove => "Remove",
            AddDeMinimisAid => "+ Add a de minimis aid",
            OtherFundingHeading => "Other public funding of the project",
            Funding => "Funding",
            Status => "Status",
            RemoveFunding => "Remove funding",
            AddFunding => "+ Add funding",
        }
    }
}
