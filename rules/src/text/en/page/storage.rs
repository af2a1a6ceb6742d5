use crate::text::page::{InEnglish, InEnglishSentence, StorageSentence, StorageWord};

impl InEnglish for StorageWord {
    fn en(self) -> &'static str {
        use StorageWord::*;
        match self {
            NotJson => "unreadable text (not JSON)",
            EditingNotAName => "editing: not A, B or C",
            OthersNotAnObject => "others: not an object",
        }
    }
}

impl InEnglishSentence for StorageSentence<'_> {
    fn en(&self) -> String {
        match self {
            StorageSentence::NotScenarioName { name } => {
                format!("others.{name}: not a scenario name")
            }
            StorageSentence::NotDraft { name } => format!("others.{name}: not a draft"),
            StorageSentence::InvalidDraft { name, problem } => format!("others.{name}: {problem}"),
            StorageSentence::ScenariosSetAside { problem, key } => format!("The other saved scenarios could not be read back ({problem}). Their text was set aside under the key “{key}”."),
            StorageSentence::DraftSetAside { problem, key } => format!("The draft saved in this browser could not be read back ({problem}). Its text was set aside under the key “{key}”; the page starts from an empty draft."),
        }
    }
}
