//! The money figures of the assessment, each declared once: its key, its
//! place in the order, how it is read from the [`Assessment`], whether its
//! derivation is explained, where the JSON writes it and where it is shown
//! (results panel, print, text report, comparison, consent, spreadsheets).
//! The enum, its order, the JSON, the reports, the page and the checker's
//! spreadsheets all iterate [`FIGURES`]; a figure's words (its name, its
//! column, its derivation) are the catalogues' (`text::figure_name`,
//! `text::sheet_column`, `text::derivation`).
//!
//! A new figure: its line below, its words in `text/fr` and `text/en`, its
//! computation in `assess` (and its causes in `compare`, if compared).

use crate::assess::Assessment;
use rust_decimal::Decimal;

/// Where the assessment's JSON writes a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Json {
    /// Among the first keys, which every export carries, before `cap_binds`
    /// and `checks` (always compared with a draft's stated assessment).
    Head,
    /// After `checks`, in the order of the declarations.
    Body,
    /// In an object of its own (`de_minimis`, `financing`), written with
    /// that object: its key is the path (`financing.own_funds`).
    Nested,
}

/// A place, beside the JSON, where a figure is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The printed summary's figures, with their derivations.
    Print,
    /// The checker's text report, with their derivations.
    Report,
    /// A row of the scenarios' comparison (page, print and checker).
    Comparison,
    /// What an embedded simulator sends its host (and the consent lists).
    Consent,
    /// A total under the lines of the assessment's spreadsheet (`lines --assessment-csv`).
    AssessmentSheet,
    /// Compared with the assessment a draft states, when it states it.
    StatedCheck,
}

/// A line the results panel shows under a figure while lines wait for an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PendingNote {
    /// The grant if the pending lines counted (`text::pending_grant`).
    Grant,
    /// The pending lines' total (`text::pending_costs`).
    Costs,
}

/// Where the results panel shows a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panel {
    /// Its place among the panel's figures (0 first).
    pub rank: u8,
    /// Shown larger: the figure people came for.
    pub main: bool,
    /// The line under it while lines wait for an answer.
    pub note: Option<PendingNote>,
}

/// A derivation the catalogues word (`text::derivation`), in the order of
/// the JSON's `derivations`: the explained figures' in the order of
/// [`FIGURES`], the effective rate's before the room under the cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Explained {
    /// Total costs.
    TotalCosts,
    /// Eligible costs.
    EligibleCosts,
    /// Potential grant.
    PotentialGrant,
    /// Grant.
    Grant,
    /// Advance.
    Advance,
    /// Balance.
    Balance,
    /// Own share.
    OwnShare,
    /// Potential grant ÷ eligible costs: not a money figure.
    EffectiveRate,
    /// Room under the cap.
    RoomUnderCap,
}

/// The JSON's `derivations` have always set the effective rate's just before
/// this figure's.
const EFFECTIVE_RATE_BEFORE: Figure = Figure::RoomUnderCap;

impl Explained {
    /// Every derivation, in the order of the JSON's `derivations`.
    pub fn all() -> impl Iterator<Item = Explained> {
        FIGURES.iter().flat_map(|d| {
            let rate = (d.figure == EFFECTIVE_RATE_BEFORE).then_some(Explained::EffectiveRate);
            rate.into_iter().chain(d.explained)
        })
    }

    /// The money figure it explains (`None` for the effective rate).
    pub fn figure(self) -> Option<Figure> {
        FIGURES
            .iter()
            .find(|d| d.explained == Some(self))
            .map(|d| d.figure)
    }

    /// Its key in the assessment's JSON `derivations`.
    pub fn code(self) -> &'static str {
        match self.figure() {
            Some(f) => f.code(),
            None => "effective_rate",
        }
    }
}

/// One money figure's declaration.
#[derive(Clone, Copy, Debug)]
pub struct FigureDecl {
    /// The figure.
    pub figure: Figure,
    /// Its key in the JSON, the comparison's rows and the consent (a path when nested).
    pub key: &'static str,
    /// Where the JSON writes it.
    pub json: Json,
    /// Its value in an assessment.
    pub value: fn(&Assessment) -> Decimal,
    /// Its derivation, where the page, the print and the reports explain it.
    pub explained: Option<Explained>,
    /// Where the results panel shows it, if it does.
    pub panel: Option<Panel>,
    /// Its column in `check-all` (table, CSV and JSON rows), if it has one:
    /// its width in the readable table, in characters.
    pub check_all: Option<usize>,
    /// The other places it is shown.
    pub shown: &'static [Shown],
}

impl FigureDecl {
    /// Whether it is shown in `place`.
    pub fn is_shown(&self, place: Shown) -> bool {
        self.shown.contains(&place)
    }
}

/// Declares the figures: the enum, in the order of the declarations, and
/// [`FIGURES`], one [`FigureDecl`] each.
macro_rules! figures {
    ($($(#[$doc:meta])* $variant:ident { $($field:ident: $value:expr),* $(,)? })*) => {
        /// A money figure of the assessment, in the order reports and tables list them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Figure {
            $($(#[$doc])* $variant,)*
        }

        /// Every money figure's declaration, in order.
        pub const FIGURES: &[FigureDecl] = &[
            $(FigureDecl { figure: Figure::$variant, $($field: $value),* },)*
        ];

        impl Assessment {
    /// The money figure `figure`.
    pub fn money(&self, figure: Figure) -> Decimal {
        figure.of(self)
    }
}

impl Figure {
            /// Every money figure, in order.
            pub const ALL: [Figure; [$(Figure::$variant),*].len()] = [$(Figure::$variant),*];
        }
    };
}

use Shown::*;

/// Shown everywhere a reader sees the figures (page, print, reports).
const READ: &[Shown] = &[Print, Report, Comparison];

figures! {
    /// Sum of every budget line.
    TotalCosts {
        key: "total_costs", json: Json::Head, value: |a| a.total_costs,
        explained: Some(Explained::TotalCosts),
        panel: Some(Panel { rank: 2, main: false, note: None }),
        check_all: Some(14),
        shown: &[Print, Report, Comparison, Consent, AssessmentSheet, StatedCheck],
    }
    /// Sum of the eligible lines.
    EligibleCosts {
        key: "eligible_costs", json: Json::Head, value: |a| a.eligible_costs,
        explained: Some(Explained::EligibleCosts),
        panel: Some(Panel { rank: 3, main: false, note: Some(PendingNote::Costs) }),
        check_all: Some(14),
        shown: &[Print, Report, Comparison, Consent, AssessmentSheet, StatedCheck],
    }
    /// Sum of the lines left out.
    ExcludedCosts {
        key: "excluded_costs", json: Json::Body, value: |a| a.excluded_costs,
        explained: None, panel: None,
        check_all: None, shown: &[Print, Report, Comparison, AssessmentSheet, StatedCheck],
    }
    /// The grant once every check passes.
    PotentialGrant {
        key: "potential_grant", json: Json::Body, value: |a| a.potential_grant,
        explained: Some(Explained::PotentialGrant),
        panel: Some(Panel { rank: 1, main: false, note: Some(PendingNote::Grant) }),
        check_all: None, shown: &[Print, Report, Comparison, Consent, StatedCheck],
    }
    /// The advance the potential grant would allow (when requested with justification).
    PotentialAdvance {
        key: "potential_advance", json: Json::Body, value: |a| a.potential_advance,
        explained: None, panel: None, check_all: None, shown: &[],
    }
    /// The grant paid.
    Grant {
        key: "grant", json: Json::Head, value: |a| a.grant,
        explained: Some(Explained::Grant),
        panel: Some(Panel { rank: 0, main: true, note: None }),
        check_all: Some(13),
        shown: &[Print, Report, Comparison, Consent, AssessmentSheet, StatedCheck],
    }
    /// The advance paid.
    Advance {
        key: "advance", json: Json::Head, value: |a| a.advance,
        explained: Some(Explained::Advance),
        panel: Some(Panel { rank: 4, main: false, note: None }),
        check_all: Some(13),
        shown: &[Print, Report, Comparison, Consent, AssessmentSheet, StatedCheck],
    }
    /// Paid at the end.
    Balance {
        key: "balance", json: Json::Body, value: |a| a.balance,
        explained: Some(Explained::Balance),
        panel: Some(Panel { rank: 5, main: false, note: None }),
        check_all: None, shown: &[Print, Report, Comparison, StatedCheck],
    }
    /// What the partners fund themselves.
    OwnShare {
        key: "own_share", json: Json::Body, value: |a| a.own_share,
        explained: Some(Explained::OwnShare),
        panel: Some(Panel { rank: 6, main: false, note: None }),
        check_all: None, shown: &[Print, Report, Comparison, StatedCheck],
    }
    /// How much eligible costs can grow before the cap.
    RoomUnderCap {
        key: "room_under_cap", json: Json::Body, value: |a| a.room_under_cap,
        explained: Some(Explained::RoomUnderCap), panel: None, check_all: None, shown: READ,
    }
    /// Eligible costs beyond the point where the cap is reached.
    CostsBeyondCap {
        key: "costs_beyond_cap", json: Json::Body, value: |a| a.costs_beyond_cap,
        explained: None, panel: None, check_all: None, shown: &[],
    }
    /// How much more grant the cap would allow.
    GrantBelowCap {
        key: "grant_below_cap", json: Json::Body, value: |a| a.grant_below_cap,
        explained: None, panel: None, check_all: None, shown: &[],
    }
    /// De minimis aid over the period with this grant.
    DeMinimisWithThisGrant {
        key: "de_minimis.with_this_grant", json: Json::Nested,
        value: |a| a.de_minimis.with_this_grant,
        explained: None, panel: None, check_all: None, shown: READ,
    }
    /// Other public funding of the project.
    OtherPublicFunding {
        key: "financing.other_public_funding", json: Json::Nested,
        value: |a| a.financing.other_public_funding,
        explained: None, panel: None, check_all: None, shown: READ,
    }
    /// What the partners fund themselves in the financing plan.
    OwnFunds {
        key: "financing.own_funds", json: Json::Nested, value: |a| a.financing.own_funds,
        explained: None, panel: None, check_all: None, shown: READ,
    }
    /// Public funding beyond the costs.
    OverFunding {
        key: "financing.over_funding", json: Json::Nested, value: |a| a.financing.over_funding,
        explained: None, panel: None, check_all: None, shown: READ,
    }
}

impl Figure {
    /// Its declaration.
    pub fn decl(self) -> &'static FigureDecl {
        &FIGURES[self as usize]
    }

    /// Its key in the assessment's JSON (a path when nested).
    pub fn code(self) -> &'static str {
        self.decl().key
    }

    /// How it is derived, where the reports explain it.
    pub fn explained(self) -> Option<Explained> {
        self.decl().explained
    }

    /// Its value in `a`.
    pub fn of(self, a: &Assessment) -> Decimal {
        (self.decl().value)(a)
    }

    /// The figures shown in `place`, in order.
    pub fn shown_in(place: Shown) -> impl Iterator<Item = Figure> {
        FIGURES
            .iter()
            .filter(move |d| d.is_shown(place))
            .map(|d| d.figure)
    }

    /// The figures `check-all` shows, in order, with their widths in its table.
    pub fn in_check_all() -> impl Iterator<Item = (Figure, usize)> {
        FIGURES
            .iter()
            .filter_map(|d| d.check_all.map(|width| (d.figure, width)))
    }

    /// The figures the results panel shows, in its order, with where.
    pub fn in_panel() -> Vec<(Figure, Panel)> {
        // By rank, without a sort (a sort of its own would weigh on the wasm).
        (0..)
            .map_while(|rank| {
                FIGURES
                    .iter()
                    .find_map(|d| d.panel.filter(|p| p.rank == rank).map(|p| (d.figure, p)))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_declaration_sits_at_its_figures_place() {
        for (i, d) in FIGURES.iter().enumerate() {
            assert_eq!(d.figure as usize, i, "{}", d.key);
            assert_eq!(Figure::ALL[i], d.figure);
        }
    }

    #[test]
    fn keys_derivations_and_panel_ranks_are_each_declared_once() {
        let mut keys: Vec<&str> = FIGURES.iter().map(|d| d.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), FIGURES.len());
        let explained: Vec<Explained> = Explained::all().collect();
        for e in &explained {
            assert_eq!(explained.iter().filter(|o| *o == e).count(), 1, "{e:?}");
        }
        let ranks: Vec<u8> = Figure::in_panel().iter().map(|(_, p)| p.rank).collect();
        assert_eq!(ranks, (0..ranks.len() as u8).collect::<Vec<_>>());
        let declared = FIGURES.iter().filter(|d| d.panel.is_some()).count();
        assert_eq!(
            ranks.len(),
            declared,
            "the panel's ranks run from 0 without a gap"
        );
        assert_eq!(
            Figure::in_panel().iter().filter(|(_, p)| p.main).count(),
            1,
            "one main figure"
        );
    }

    #[test]
    fn a_nested_key_is_a_path_and_a_top_level_one_is_not() {
        for d in FIGURES {
            assert_eq!(d.key.contains('.'), d.json == Json::Nested, "{}", d.key);
        }
    }
}
