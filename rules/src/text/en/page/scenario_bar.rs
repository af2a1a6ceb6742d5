use crate::text::page::scenario_bar::ScenarioBarSentence;
use crate::text::page::{InEnglish, InEnglishSentence, ScenarioBarWord};

impl InEnglish for ScenarioBarWord {
    fn en(self) -> &'static str {
        match self {
            ScenarioBarWord::TabsLabel => "Scenario being edited",
        }
    }
}

impl InEnglishSentence for ScenarioBarSentence<'_> {
    fn en(&self) -> String {
        use ScenarioBarSentence::*;
        match *self {
            Tab { name } => format!("Scenario {name}"),
            Duplicate { next } => format!("Duplicate as scenario {next} to compare"),
            Remove { name } => format!("Remove scenario {name}"),
            ConfirmRemove { name } => {
                format!("Remove scenario {name}? Export it first to keep it.")
            }
        }
    }
}
