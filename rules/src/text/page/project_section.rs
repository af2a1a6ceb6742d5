//! The words of the page's `project_section` part.

/// A word of the page's `project_section` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectSectionWord {
    /// “The project”
    TheProject,
    /// “Title”
    Title,
    /// “Summary”
    Summary,
    /// “Use of artificial intelligence”
    UseOfArtificialIntelligence,
    /// “Which AI technology, for which main use?”
    WhichAITechnologyForWhich,
    /// “Data put to use”
    DataPutToUse,
    /// “Smart specialisation domain (optional)”
    SmartSpecialisationDomainOptional,
    /// “None”
    None,
}
