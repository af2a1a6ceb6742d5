//! The words and sentences of the page's team panel: parts sent and merged,
//! budget lines to and from a spreadsheet, undo.

use crate::format::DraftError;

/// A word of the page's team panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamPanelWord {
    /// “part”, in the name of a part's file.
    PartFileName,
    /// “lines”, in the name of the budget lines' spreadsheet.
    LinesFileName,
    /// “assessment”, in the name of the assessment's spreadsheet.
    AssessmentFileName,
    /// “Replace the current draft with an empty part, for one partner? …”
    ConfirmStartPart,
    /// “The draft was edited since the import: undoing it also discards those edits. Continue?”
    ConfirmUndoAfterEdits,
    /// “Describe your organisation and your budget lines, then “Export the part” …”
    PartStarted,
    /// “The draft is back as it was before the import.”
    ImportUndone,
    /// “The browser refused the download.”
    DownloadRefused,
    /// “Before merging”
    BeforeMerging,
    /// “before → after”
    BeforeAfter,
    /// “Merge”
    Merge,
    /// “Merge despite the conflicts”
    MergeDespiteConflicts,
    /// “Cancel”
    Cancel,
    /// “Replace the budget lines”
    ReplaceLines,
    /// “Add to the budget lines”
    AppendLines,
    /// “Working together”
    Heading,
    /// “Each partner sends its part (its identity and budget lines); …”
    Intro,
    /// “The draft is unchanged.”
    DraftUnchanged,
    /// “Undo the last import”
    UndoLastImport,
    /// “Send a part”
    SendPartHeading,
    /// “First add the partner under “Partners”.”
    AddPartnerFirst,
    /// “Partner”
    Partner,
    /// “Export its part (JSON)”
    ExportPart,
    /// “I am a partner of a project: prepare my part”
    StartPart,
    /// “Import parts”
    ImportPartsHeading,
    /// “Choose the parts…”
    ChooseParts,
    /// “or drop the files here”
    OrDropFiles,
    /// “Budget lines in a spreadsheet (CSV)”
    SpreadsheetHeading,
    /// “Export the lines”
    ExportLines,
    /// “Export the assessment, line by line”
    ExportAssessment,
    /// “Import lines…”
    ImportLines,
    /// “Columns: partner, category, label, amount excl. VAT, permanent staff (yes/no). …”
    SpreadsheetColumns,
    /// “Close”
    Close,
}

/// A sentence of the page's team panel, with the names and counts it carries.
#[derive(Clone, Copy, Debug)]
pub enum TeamPanelSentence<'a> {
    /// A part's file could not be read (too large, not UTF-8 text).
    UnreadablePart {
        /// The file's name.
        file: &'a str,
    },
    /// A part's file is not a valid part.
    InvalidPart {
        /// The file's name.
        file: &'a str,
        /// Why.
        error: &'a DraftError,
    },
    /// A spreadsheet's file could not be read (too large).
    UnreadableSheet {
        /// The file's name.
        file: &'a str,
    },
    /// Parts merged, and how to undo it.
    PartsMerged {
        /// How many.
        count: usize,
    },
    /// Lines added from a spreadsheet.
    LinesAppended {
        /// How many.
        count: usize,
    },
    /// The budget lines replaced by a spreadsheet's.
    LinesReplaced {
        /// How many lines it gave.
        count: usize,
    },
    /// The spreadsheet preview's heading: the file and its lines read.
    LinesRead {
        /// The file's name.
        file: &'a str,
        /// How many lines.
        count: usize,
    },
    /// The merge's conflicts, counted, left to check.
    Conflicts {
        /// How many.
        count: usize,
    },
    /// Rows of the spreadsheet that could not be read, and will not be imported.
    UnreadableRows {
        /// How many.
        count: usize,
    },
    /// Problems beyond those listed.
    MoreProblems {
        /// How many more.
        count: usize,
    },
    /// Appended, the lines would go beyond the draft's maximum.
    TooManyLines {
        /// The most lines a draft holds.
        max: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::TeamPanelSentence::*;
    use crate::locale::Lang;
    use crate::text::page::tell;

    #[test]
    fn a_count_takes_the_form_its_language_gives_it() {
        assert_eq!(
            tell(
                &LinesRead {
                    file: "l.csv",
                    count: 0
                },
                Lang::Fr
            ),
            "« l.csv » : 0 ligne lue"
        );
        assert_eq!(
            tell(
                &LinesRead {
                    file: "l.csv",
                    count: 0
                },
                Lang::En
            ),
            "“l.csv”: 0 lines read"
        );
        assert_eq!(
            tell(&Conflicts { count: 2 }, Lang::Fr),
            "2 conflits : la fusion ne les résout pas, vérifiez-les."
        );
        assert_eq!(tell(&MoreProblems { count: 1 }, Lang::Fr), "… et 1 autre.");
    }

    #[test]
    fn the_pseudo_language_accents_and_brackets_a_sentence() {
        assert_eq!(
            tell(&PartsMerged { count: 2 }, Lang::Pseudo).chars().next(),
            Some('[')
        );
        assert_eq!(
            tell(&LinesAppended { count: 1 }, Lang::Pseudo),
            "[1 ļîñé àððéð ƒŕôɱ ţĥé šþŕéàðšĥééţ.]"
        );
    }
}
