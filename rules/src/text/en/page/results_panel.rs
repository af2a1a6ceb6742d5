use crate::text::page::{InEnglish, ResultsPanelWord};

impl InEnglish for ResultsPanelWord {
    fn en(self) -> &'static str {
        use ResultsPanelWord::*;
        match self {
            Grant => "grant:",
            CapReached => "Cap reached:",
            OfEligibleCostsBringNo => "of eligible costs bring no extra grant.",
            BelowTheCapEligibleCosts => "below the cap: eligible costs can still grow by",
            BeforeReachingIt => "before reaching it.",
            Result => "Result",
            HideDetails => "Hide details",
            ShowDetails => "Show details",
            WhatToChange => "What to change",
            GoThere => "Go there",
            RulesOfTheSchemeAdopted => "Rules of the scheme adopted on",
        }
    }
}
