//! The words of the page's `results_panel` part (its sentences with figures
//! are functions of `text`: `grant_headline`, `cap_line`, `to_complete`…).

/// A word of the results panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultsPanelWord {
    /// “Result”
    Result,
    /// “Hide details”
    HideDetails,
    /// “Show details”
    ShowDetails,
    /// “What to change”
    WhatToChange,
    /// “Go there”
    GoThere,
}
