//! The page's words in English, one file per part of the page.

mod app;
mod budget_chart;
mod budget_row;
mod budget_section;
pub(in crate::text) mod cap_gauge;
pub(in crate::text) mod check_item;
mod commitments_section;
mod comparison_table;
mod conflict_bar;
pub(in crate::text) mod date_field;
mod dossier_panel;
mod examples_card;
mod funding;
mod notice_bar;
mod partner_row;
mod partners_section;
mod print_comparison;
mod print_summary;
mod project_section;
mod recovery;
mod results_panel;
mod scenario_bar;
pub(in crate::text) mod scores_section;
mod send_panel;
mod share_panel;
mod stand_countdown;
mod state;
mod storage;
mod team_panel;
pub(in crate::text) mod timeline_chart;
pub(in crate::text) mod timeline_section;
mod toolbar;

/// `word` and the place `n` of what it names.
pub(in crate::text) fn numbered(word: &str, n: usize) -> String {
    format!("{word} {n}")
}

/// `word` and the name of what it is about.
pub(in crate::text) fn naming(word: &str, name: &str) -> String {
    format!("{word} {name}")
}
