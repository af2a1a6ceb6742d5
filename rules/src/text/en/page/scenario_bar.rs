use crate::text::page::{InEnglish, ScenarioBarWord};

impl InEnglish for ScenarioBarWord {
    fn en(self) -> &'static str {
        use ScenarioBarWord::*;
        match self {
            ScenarioBeingEdited => "Scenario being edited",
            Scenario => "Scenario",
            RemoveScenario => "Remove scenario",
        }
    }
}
