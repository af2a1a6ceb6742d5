//! Booster IA (Région Normandie): the rules, the draft format v1 and the
//! assessment, with no web dependency. The app and the `booster-ia` checker
//! both stand on this crate; neither computes a figure itself.

pub mod advice;
pub mod assess;
pub mod checks;
pub mod compare;
pub mod date;
pub mod draft;
pub mod format;
pub mod money;
pub mod params;
pub mod report;

pub use assess::{assess, assess_with, AssessError, Assessment, Verdict};
pub use checks::{Check, Status, Text};
pub use date::Date;
pub use draft::Draft;
pub use format::{export_draft, parse_draft, DraftError, DraftFile};
pub use money::Lang;
