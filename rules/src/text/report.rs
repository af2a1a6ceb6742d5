//! The reports' and the checker's words: the headings and labels of the text
//! reports (check, comparison, merge), the checker's messages, and the nouns
//! it counts. Each language's catalogue says them in its `report` file.

use super::*;

/// A heading or label of a text report or of the checker's messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportWord {
    /// The scheme's name, heading a report.
    SchemeName,
    /// A project with no title yet.
    Untitled,
    /// Before the date whose rules apply.
    RulesInForce,
    /// Before the grant the pending lines would give.
    PotentialGrant,
    /// The checks' heading.
    Checks,
    /// Before how we read an ambiguous rule.
    Reading,
    /// The budget's heading.
    Budget,
    /// A line that counts.
    LineEligible,
    /// A line waiting for an answer.
    LinePending,
    /// A line left out.
    LineExcluded,
    /// Before the documents a line's payment needs.
    PaymentDocuments,
    /// The comparison's heading.
    Scenarios,
    /// Before the English gloss of a French quotation.
    InEnglish,
    /// The merge plan's heading.
    MergingParts,
    /// A merge with no conflict.
    NoConflict,
    /// The heading of the figures before and after a merge.
    FiguresBeforeAfter,
    /// Figures that cannot be computed.
    OutOfBounds,
    /// No partner has the id asked for.
    NoPartner,
    /// Before the partners' ids and names.
    Partners,
    /// A part written for a partner.
    PartOf,
    /// A part, numbered.
    Part,
    /// A merge stopped by its conflicts.
    ConflictsStopMerge,
    /// Nothing written, after an error.
    NothingWritten,
    /// Before a figure's key.
    Figure,
    /// Before the value a draft states.
    DraftStates,
    /// Before the value the rules give.
    RulesGive,
    /// Before the figures a draft states that differ from the recomputation.
    StatedDiffers,
    /// A file that could not be read as a draft, in a table.
    Invalid,
    /// Before why a file is invalid, in a table.
    InvalidRow,
}

impl ReportWord {
    /// Every word, for the tests that render them all.
    pub const ALL: [ReportWord; 29] = [
        ReportWord::SchemeName,
        ReportWord::Untitled,
        ReportWord::RulesInForce,
        ReportWord::PotentialGrant,
        ReportWord::Checks,
        ReportWord::Reading,
        ReportWord::Budget,
        ReportWord::LineEligible,
        ReportWord::LinePending,
        ReportWord::LineExcluded,
        ReportWord::PaymentDocuments,
        ReportWord::Scenarios,
        ReportWord::InEnglish,
        ReportWord::MergingParts,
        ReportWord::NoConflict,
        ReportWord::FiguresBeforeAfter,
        ReportWord::OutOfBounds,
        ReportWord::NoPartner,
        ReportWord::Partners,
        ReportWord::PartOf,
        ReportWord::Part,
        ReportWord::ConflictsStopMerge,
        ReportWord::NothingWritten,
        ReportWord::Figure,
        ReportWord::DraftStates,
        ReportWord::RulesGive,
        ReportWord::StatedDiffers,
        ReportWord::Invalid,
        ReportWord::InvalidRow,
    ];
}

/// A report's heading or label.
pub fn report_word(w: ReportWord, lang: Lang) -> &'static str {
    said!(lang, report_word(w))
}

/// A noun a report counts, with its singular and plural forms in each
/// catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// Rows of a comparison that differ.
    Difference,
    /// Rows of a comparison that do not (a sentence's end).
    SameRow,
    /// Parts merged.
    Part,
    /// Conflicts a merge leaves to settle.
    ConflictToSettle,
    /// Budget lines.
    Line,
    /// Budget lines read from a spreadsheet.
    LineRead,
    /// The lines of a spreadsheet that cannot be read (before their numbers).
    UnreadableAtLine,
}

impl Counted {
    /// Every counted noun, for the tests that render them all.
    pub const ALL: [Counted; 7] = [
        Counted::Difference,
        Counted::SameRow,
        Counted::Part,
        Counted::ConflictToSettle,
        Counted::Line,
        Counted::LineRead,
        Counted::UnreadableAtLine,
    ];
}

/// The form of `what` a count of `n` takes: « 2 différences », "1 difference".
pub fn counted(what: Counted, n: usize, lang: Lang) -> &'static str {
    let (one, many) = said!(lang, counted(what));
    plural(lang, n, one, many)
}

/// The verdicts of a batch of drafts, counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BatchCounts {
    /// Drafts read.
    pub drafts: usize,
    /// Eligible.
    pub eligible: usize,
    /// Not eligible.
    pub not_eligible: usize,
    /// Incomplete.
    pub incomplete: usize,
    /// Not readable as drafts.
    pub invalid: usize,
}

/// The closing line of `check-all`: the verdicts counted, the grants and
/// advances summed (already written as money).
pub fn batch_summary(c: &BatchCounts, grants: &str, advances: &str, lang: Lang) -> String {
    said!(lang, batch_summary(c, grants, advances))
}

/// A colon as the language writes it after a word: « : » or ":".
pub fn colon(lang: Lang) -> &'static str {
    lang.formats().colon
}

/// The English gloss of a French quotation, shown where the reader may not
/// read French: in English (and the pseudo-language), not in French.
pub fn gloss(english: &'static str, lang: Lang) -> Option<&'static str> {
    said!(lang, gloss(english))
}
