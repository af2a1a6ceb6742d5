//! A consortium's way of working: each partner fills in its part, the lead
//! merges the parts into the draft. [`part`] writes and reads one partner's
//! part (its identity and budget lines, a file of the draft format's family);
//! [`merge`] plans and does the merge of parts into the lead's draft, the
//! conflicts as facts the text module words.
//!
//! It stands on [`crate::format`] (the strict reading, the limits, the
//! format's names and versions) and never the reverse; the budget lines'
//! spreadsheet (`lines_csv`) writes words, so it sits above the text
//! module, which words this module's facts.

pub mod merge;
pub mod part;
