use crate::text::page::{SentenceInEnglish, StandCountdownSentence};

impl SentenceInEnglish for StandCountdownSentence {
    fn en(&self) -> String {
        match self {
            StandCountdownSentence::ClearedIn { seconds } => format!("With no activity, the simulation will be cleared in {seconds} s — touch the screen to go on."),
        }
    }
}
