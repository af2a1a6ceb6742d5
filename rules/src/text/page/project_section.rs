//! The words of the page's `project_section` part.

/// A word of the page's `project_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectSectionWord {
    /// “The project”
    Heading,
    /// “Title”
    Title,
    /// “Summary”
    Summary,
    /// “Use of artificial intelligence”
    AiUse,
    /// “Which AI technology, for which main use?”
    AiUseHint,
    /// “Data put to use”
    DataPutToUse,
    /// “Smart specialisation domain (optional)”
    SmartSpecialisationDomain,
    /// “None”
    None,
}
