//! The words of the page's `scenario_bar` part.

/// A word of the page's `scenario_bar` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioBarWord {
    /// “Scenario being edited”
    ScenarioBeingEdited,
    /// “Scenario”
    Scenario,
    /// “Remove scenario”
    RemoveScenario,
}
