use crate::text::page::{InEnglish, ProjectSectionWord};

impl InEnglish for ProjectSectionWord {
    fn en(self) -> &'static str {
        use ProjectSectionWord::*;
        match self {
            Heading => "The project",
            Title => "Title",
            Summary => "Summary",
            AiUse => "Use of artificial intelligence",
            AiUseHint => "Which AI technology, for which main use?",
            DataPutToUse => "Data put to use",
            SmartSpecialisationDomain => "Smart specialisation domain (optional)",
            None => "None",
        }
    }
}
