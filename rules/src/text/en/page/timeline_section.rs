use crate::text::page::{InEnglish, TimelineSectionWord};

impl InEnglish for TimelineSectionWord {
    fn en(self) -> &'static str {
        use TimelineSectionWord::*;
        match self {
            EndBy => "End by",
            NotBefore => "Not before",
            Timeline => "Timeline",
            ApplicationFiled => "Application filed",
            WorkStarts => "Work starts",
            WorkEnds => "Work ends",
            Milestones => "Milestones",
            Milestone => "Milestone",
            Date => "Date",
            RemoveMilestone => "Remove milestone",
            Remove => "Remove",
            AddAMilestone => "+ Add a milestone",
        }
    }
}
