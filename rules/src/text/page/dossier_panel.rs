//! The words of the page's `dossier_panel` part.

/// A word of the page's `dossier_panel` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DossierPanelWord {
    /// “Project cost”
    ProjectCost,
    /// “Booster IA”
    BoosterIA,
    /// “Financing plan”
    FinancingPlan,
    /// “Project cost (uses)”
    ProjectCostUses,
    /// “Booster IA (potential grant)”
    BoosterIAPotentialGrant,
    /// “De minimis aid”
    DeMinimisAid,
    /// “Info”
    Info,
}
