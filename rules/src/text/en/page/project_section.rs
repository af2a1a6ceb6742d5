use crate::text::page::{InEnglish, ProjectSectionWord};

impl InEnglish for ProjectSectionWord {
    fn en(self) -> &'static str {
        use ProjectSectionWord::*;
        match self {
            TheProject => "The project",
            Title => "Title",
            Summary => "Summary",
            UseOfArtificialIntelligence => "Use of artificial intelligence",
            WhichAITechnologyForWhich => "Which AI technology, for which main use?",
            DataPutToUse => "Data put to use",
            SmartSpecialisationDomainOptional => "Smart specialisation domain (optional)",
            None => "None",
        }
    }
}
