//! The Booster IA simulator in the browser: one reducer holds the draft; the
//! assessment is recomputed from it by the rules crate, which computes every
//! figure (this crate never does).

mod app;
mod components;
mod effects;
mod embed;
mod engine;
mod files;
mod goto;
mod lang;
mod recovery;
mod saved;
mod share;
mod stand;
mod state;
mod storage;
mod typed_date;
mod ui;

pub use app::App;

/// Installs the panic hook that shows a recovery message instead of a dead page.
pub fn install_recovery() {
    recovery::install();
}
