use crate::text::page::{InEnglish, RecoveryWord};

impl InEnglish for RecoveryWord {
    fn en(self) -> &'static str {
        use RecoveryWord::*;
        match self {
            Stopped => "The simulator stopped on an error. Your saved draft is intact: download it or reload the page.",
            DownloadDraft => "Download my draft",
            DraftFileName => "booster-ia-recovered-draft.json",
            Reload => "Reload",
        }
    }
}
