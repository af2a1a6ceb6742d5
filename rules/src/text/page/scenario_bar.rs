//! The words and sentences of the page's scenario bar.

/// A word of the page's scenario bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioBarWord {
    /// “Scenario being edited”, the tabs' label.
    TabsLabel,
}

/// A sentence of the page's scenario bar, with a scenario's name.
#[derive(Clone, Copy, Debug)]
pub enum ScenarioBarSentence<'a> {
    /// A scenario's tab: “Scenario B”.
    Tab {
        /// The scenario's name.
        name: &'a str,
    },
    /// The button that copies the scenario being edited.
    Duplicate {
        /// The name the copy gets.
        next: &'a str,
    },
    /// The button that removes the scenario being edited.
    Remove {
        /// The scenario's name.
        name: &'a str,
    },
    /// The question before removing a scenario.
    ConfirmRemove {
        /// The scenario's name.
        name: &'a str,
    },
}
