//! One component per file.

pub mod budget_chart;
pub mod budget_row;
pub mod budget_section;
pub mod cap_gauge;
pub mod check_item;
pub mod commitments_section;
pub mod comparison_table;
pub mod conflict_bar;
pub mod examples_card;
pub mod figure;
pub mod notice_bar;
pub mod partner_row;
pub mod partners_section;
pub mod print_comparison;
pub mod print_summary;
pub mod project_section;
pub mod results_panel;
pub mod scenario_bar;
pub mod scores_section;
pub mod share_panel;
pub mod stand_countdown;
pub mod timeline_chart;
pub mod timeline_section;
pub mod toolbar;
