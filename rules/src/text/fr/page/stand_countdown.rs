use crate::text::page::{InFrenchSentence, StandCountdownSentence};

impl InFrenchSentence for StandCountdownSentence {
    fn fr(&self) -> String {
        match self {
            StandCountdownSentence::ClearedIn { seconds } => format!("Sans activité, la simulation sera effacée dans {seconds} s — touchez l’écran pour continuer."),
        }
    }
}
