//! The words of the page's `app` part.

/// A word of the page's `app` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppWord {
    /// “Booster IA simulator — Région Normandie”
    BoosterIASimulatorRegionNormandie,
    /// “Skip to the result”
    SkipToTheResult,
    /// “Skip to the form”
    SkipToTheForm,
    /// “Booster IA simulator”
    BoosterIASimulator,
}
