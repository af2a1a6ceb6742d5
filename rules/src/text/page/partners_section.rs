//! The words of the page's `partners_section` part.

/// A word of the page's `partners_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartnersSectionWord {
    /// “Partners”
    Partners,
    /// “At least two structures established in Normandy; the lead files the application. Give t…”
    AtLeastTwoStructuresHint,
    /// “+ Add a partner”
    AddAPartner,
}
