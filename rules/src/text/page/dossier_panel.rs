//! The words of the page's `dossier_panel` part: the financing plan and the
//! de minimis gauge.

/// A word of the dossier panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DossierPanelWord {
    /// The financing plan's heading.
    FinancingPlan,
    /// The plan's first row: the project's cost, its uses.
    ProjectCostUses,
    /// The plan's row of the grant: Booster IA, its potential grant.
    BoosterIaPotentialGrant,
    /// The de minimis gauge's heading.
    DeMinimisAid,
    /// The badge of a note given for information.
    Info,
}

/// A sentence of the dossier panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DossierPanelSentence<'a> {
    /// The plan in one line, under its chart and as its name: uses against
    /// resources, each written, the two figures named by the catalogue.
    PlanSummary {
        /// The project's cost (uses).
        cost: &'a str,
        /// Booster IA's potential grant.
        grant: &'a str,
        /// The name of the figure of other public funding.
        other_name: &'a str,
        /// Other public funding.
        other: &'a str,
        /// The name of the figure of own funds.
        own_name: &'a str,
        /// Own funds.
        own: &'a str,
    },
}
