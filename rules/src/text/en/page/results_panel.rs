use crate::text::page::{InEnglish, ResultsPanelWord};

impl InEnglish for ResultsPanelWord {
    fn en(self) -> &'static str {
        use ResultsPanelWord::*;
        match self {
            Result => "Result",
            HideDetails => "Hide details",
            ShowDetails => "Show details",
            WhatToChange => "What to change",
            GoThere => "Go there",
        }
    }
}
