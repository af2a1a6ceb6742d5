use crate::text::page::{InEnglishSentence, StandCountdownSentence};

impl InEnglishSentence for StandCountdownSentence {
    fn en(&self) -> String {
        match self {
            StandCountdownSentence::ClearedIn { seconds } => format!("With no activity, the simulation will be cleared in {seconds} s — touch the screen to go on."),
        }
    }
}
