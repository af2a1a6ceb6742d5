use crate::text::page::{InFrench, ScenarioBarWord};

impl InFrench for ScenarioBarWord {
    fn fr(self) -> &'static str {
        use ScenarioBarWord::*;
        match self {
            ScenarioBeingEdited => "Scénario modifié",
            Scenario => "Scénario",
            RemoveScenario => "Supprimer le scénario",
        }
    }
}
