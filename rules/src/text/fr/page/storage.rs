use crate::text::page::{InFrench, InFrenchSentence, StorageSentence, StorageWord};

impl InFrench for StorageWord {
    fn fr(self) -> &'static str {
        use StorageWord::*;
        match self {
            NotJson => "texte illisible (pas du JSON)",
            EditingNotAName => "editing : ni A, ni B, ni C",
            OthersNotAnObject => "others : pas un objet",
        }
    }
}

impl InFrenchSentence for StorageSentence<'_> {
    fn fr(&self) -> String {
        match self {
            StorageSentence::NotScenarioName { name } => {
                format!("others.{name} : pas un nom de scénario")
            }
            StorageSentence::NotDraft { name } => format!("others.{name} : pas un brouillon"),
            StorageSentence::InvalidDraft { name, problem } => format!("others.{name} : {problem}"),
            StorageSentence::ScenariosSetAside { problem, key } => format!("Les autres scénarios enregistrés n’ont pas pu être relus ({problem}). Leur texte a été mis de côté sous la clé « {key} »."),
            StorageSentence::DraftSetAside { problem, key } => format!("Le brouillon enregistré dans ce navigateur n’a pas pu être relu ({problem}). Son texte a été mis de côté sous la clé « {key} » ; la page repart d’un brouillon vide."),
        }
    }
}
