//! The words of the page's `results_panel` part.

/// A word of the page's `results_panel` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultsPanelWord {
    /// “grant:”
    Grant,
    /// “Cap reached:”
    CapReached,
    /// “of eligible costs bring no extra grant.”
    OfEligibleCostsBringNo,
    /// “below the cap: eligible costs can still grow by”
    BelowTheCapEligibleCosts,
    /// “before reaching it.”
    BeforeReachingIt,
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
    /// “Rules of the scheme adopted on”
    RulesOfTheSchemeAdopted,
}
