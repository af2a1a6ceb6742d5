use crate::locale::{Lang, PluralForm};
use crate::text::page::team_panel::TeamPanelSentence;
use crate::text::page::{InEnglish, InEnglishSentence, TeamPanelWord};

impl InEnglish for TeamPanelWord {
    fn en(self) -> &'static str {
        use TeamPanelWord::*;
        match self {
            PartFileName => "part",
            LinesFileName => "lines",
            AssessmentFileName => "assessment",
            ConfirmStartPart => "Replace the current draft with an empty part, for one partner? Export it first to keep it.",
            ConfirmUndoAfterEdits => "The draft was edited since the import: undoing it also discards those edits. Continue?",
            PartStarted => "Describe your organisation and your budget lines, then “Export the part”: send the file to the project's lead.",
            ImportUndone => "The draft is back as it was before the import.",
            DownloadRefused => "The browser refused the download.",
            BeforeMerging => "Before merging",
            BeforeAfter => "before → after",
            Merge => "Merge",
            MergeDespiteConflicts => "Merge despite the conflicts",
            Cancel => "Cancel",
            ReplaceLines => "Replace the budget lines",
            AppendLines => "Add to the budget lines",
            Heading => "Working together",
            Intro => "Each partner sends its part (its identity and budget lines); the lead imports them and sees what changes before merging. The files stay on your devices: the simulator sends nothing.",
            DraftUnchanged => "The draft is unchanged.",
            UndoLastImport => "Undo the last import",
            SendPartHeading => "Send a part",
            AddPartnerFirst => "First add the partner under “Partners”.",
            Partner => "Partner",
            ExportPart => "Export its part (JSON)",
            StartPart => "I am a partner of a project: prepare my part",
            ImportPartsHeading => "Import parts",
            ChooseParts => "Choose the parts…",
            OrDropFiles => "or drop the files here",
            SpreadsheetHeading => "Budget lines in a spreadsheet (CSV)",
            ExportLines => "Export the lines",
            ExportAssessment => "Export the assessment, line by line",
            ImportLines => "Import lines…",
            SpreadsheetColumns => "Columns: partner, category, label, amount excl. VAT, permanent staff (yes/no). French files use “;” and a decimal comma, English ones “,” and a point: both are read.",
            Close => "Close",
        }
    }
}

impl InEnglishSentence for TeamPanelSentence<'_> {
    fn en(&self) -> String {
        use TeamPanelSentence::*;
        const L: Lang = Lang::En;
        match *self {
            UnreadablePart { file } => {
                format!("“{file}” could not be read (5 MB at most, UTF-8 text).")
            }
            InvalidPart { file, error } => {
                format!("“{file}” is not a valid part — {}.", error.message(L))
            }
            UnreadableSheet { file } => format!("“{file}” could not be read (5 MB at most)."),
            PartsMerged { count } => match L.plural_form(count) {
                PluralForm::One => format!("{count} part merged; “Undo the last import” puts the draft back as it was."),
                PluralForm::Other => format!("{count} parts merged; “Undo the last import” puts the draft back as it was."),
            },
            LinesAppended { count } => match L.plural_form(count) {
                PluralForm::One => format!("{count} line added from the spreadsheet."),
                PluralForm::Other => format!("{count} lines added from the spreadsheet."),
            },
            LinesReplaced { count } => {
                format!("The budget lines are replaced by the spreadsheet's ({count}).")
            }
            LinesRead { file, count } => match L.plural_form(count) {
                PluralForm::One => format!("“{file}”: {count} line read"),
                PluralForm::Other => format!("“{file}”: {count} lines read"),
            },
            Conflicts { count } => match L.plural_form(count) {
                PluralForm::One => {
                    format!("{count} conflict: the merge does not resolve it, check it.")
                }
                PluralForm::Other => {
                    format!("{count} conflicts: the merge does not resolve them, check them.")
                }
            },
            UnreadableRows { count } => match L.plural_form(count) {
                PluralForm::One => {
                    format!("{count} line could not be read and will not be imported:")
                }
                PluralForm::Other => {
                    format!("{count} lines could not be read and will not be imported:")
                }
            },
            MoreProblems { count } => format!("… and {count} more."),
            TooManyLines { max } => format!("Added, these lines would go beyond the {max} lines a draft may hold: replace the budget lines instead."),
        }
    }
}
