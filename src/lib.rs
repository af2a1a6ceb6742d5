//! The Booster IA simulator in the browser: one reducer holds the draft; the
//! assessment is recomputed from it by the rules crate, which computes every
//! figure (this crate never does).

mod app;
mod components;
mod files;
mod state;
mod storage;
mod ui;

pub use app::App;
