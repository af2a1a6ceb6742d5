use crate::text::page::{AppWord, InFrench};

impl InFrench for AppWord {
    fn fr(self) -> &'static str {
        use AppWord::*;
        match self {
            BoosterIASimulatorRegionNormandie => "Simulateur Booster IA — Région Normandie",
            SkipToTheResult => "Aller au résultat",
            SkipToTheForm => "Aller au formulaire",
            BoosterIASimulator => "Simulateur Booster IA",
        }
    }
}
