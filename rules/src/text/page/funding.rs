//! The words of the « Autres aides et financement » part of the form.

/// A word of the funding part of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FundingWord {
    /// The part's heading.
    Heading,
    /// The VAT sub-heading.
    Vat,
    /// Why VAT is asked.
    VatHint,
    /// The label of a partner's VAT question; the partner's name follows.
    RecoversVat,
    /// Answer: not known.
    DontKnow,
    /// Answer: yes.
    Yes,
    /// Answer: no.
    No,
    /// The de minimis sub-heading.
    DeMinimisHeading,
    /// What the de minimis list holds.
    DeMinimisHint,
    /// The box saying the list is complete.
    DeMinimisComplete,
    /// Asked before unticking it clears the aids listed.
    ConfirmClearDeMinimis,
    /// One de minimis aid, numbered after.
    DeMinimisAid,
    /// Who gave an aid or funding.
    Funder,
    /// When an aid was granted.
    GrantedOn,
    /// An amount in euros.
    Amount,
    /// The remove button of an aid, numbered after (for screen readers).
    RemoveDeMinimisAid,
    /// A row's remove button.
    Remove,
    /// Adds a de minimis aid.
    AddDeMinimisAid,
    /// The other public funding sub-heading.
    OtherFundingHeading,
    /// One other funding, numbered after.
    Funding,
    /// The status of a funding.
    Status,
    /// The remove button of a funding, numbered after (for screen readers).
    RemoveFunding,
    /// Adds a funding.
    AddFunding,
}
