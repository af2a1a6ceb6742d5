use crate::text::page::scenario_bar::ScenarioBarSentence;
use crate::text::page::{InFrench, InFrenchSentence, ScenarioBarWord};

impl InFrench for ScenarioBarWord {
    fn fr(self) -> &'static str {
        match self {
            ScenarioBarWord::TabsLabel => "Scénario modifié",
        }
    }
}

impl InFrenchSentence for ScenarioBarSentence<'_> {
    fn fr(&self) -> String {
        use ScenarioBarSentence::*;
        match *self {
            Tab { name } => format!("Scénario {name}"),
            Duplicate { next } => format!("Dupliquer en scénario {next} pour comparer"),
            Remove { name } => format!("Supprimer le scénario {name}"),
            ConfirmRemove { name } => {
                format!("Supprimer le scénario {name} ? Exportez-le d’abord pour le garder.")
            }
        }
    }
}
