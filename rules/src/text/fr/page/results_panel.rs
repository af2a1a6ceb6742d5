use crate::text::page::{InFrench, ResultsPanelWord};

impl InFrench for ResultsPanelWord {
    fn fr(self) -> &'static str {
        use ResultsPanelWord::*;
        match self {
            Result => "Résultat",
            HideDetails => "Masquer le détail",
            ShowDetails => "Voir le détail",
            WhatToChange => "Ce qu’il faut changer",
            GoThere => "Y aller",
        }
    }
}
