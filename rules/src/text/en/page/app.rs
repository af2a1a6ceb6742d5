use crate::text::page::{AppWord, InEnglish};

impl InEnglish for AppWord {
    fn en(self) -> &'static str {
        use AppWord::*;
        match self {
            BoosterIASimulatorRegionNormandie => "Booster IA simulator — Région Normandie",
            SkipToTheResult => "Skip to the result",
            SkipToTheForm => "Skip to the form",
            BoosterIASimulator => "Booster IA simulator",
        }
    }
}
