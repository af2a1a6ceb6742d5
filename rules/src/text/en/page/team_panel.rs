use crate::text::page::{InEnglish, TeamPanelWord};

impl InEnglish for TeamPanelWord {
    fn en(self) -> &'static str {
        use TeamPanelWord::*;
        match self {
            Part => "part",
            ReplaceTheCurrentDraftWith => "Replace the current draft with an empty part, for one partner? Export it first to keep it.",
            TheDraftWasEditedSince => "The draft was edited since the import: undoing it also discards those edits. Continue?",
            Lines => "lines",
            Assessment => "assessment",
            BeforeMerging => "Before merging",
            BeforeAfter => "before → after",
            Merge => "Merge",
            MergeDespiteTheConflicts => "Merge despite the conflicts",
            Cancel => "Cancel",
            ReplaceTheBudgetLines => "Replace the budget lines",
            AddToTheBudgetLines => "Add to the budget lines",
            WorkingTogether => "Working together",
            EachPartnerSendsItsPart => "Each partner sends its part (its identity and budget lines); the lead imports them and sees what changes before merging. The files stay on your devices: the simulator sends nothing.",
            TheDraftIsUnchanged => "The draft is unchanged.",
            UndoTheLastImport => "Undo the last import",
            SendAPart => "Send a part",
            FirstAddThePartnerUnder => "First add the partner under “Partners”.",
            Partner => "Partner",
            ExportItsPartJSON => "Export its part (JSON)",
            IAmAPartnerOf => "I am a partner of a project: prepare my part",
            ImportParts => "Import parts",
            ChooseTheParts => "Choose the parts…",
            OrDropTheFilesHere => "or drop the files here",
            BudgetLinesInASpreadsheet => "Budget lines in a spreadsheet (CSV)",
            ExportTheLines => "Export the lines",
            ExportTheAssessmentLineBy => "Export the assessment, line by line",
            ImportLines => "Import lines…",
            ColumnsPartnerCategoryLabelAmount => "Columns: partner, category, label, amount excl. VAT, permanent staff (yes/no). French files use “;” and a decimal comma, English ones “,” and a point: both are read.",
            Close => "Close",
        }
    }
}
