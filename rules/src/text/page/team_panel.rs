//! The words of the page's `team_panel` part.

/// A word of the page's `team_panel` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamPanelWord {
    /// “part”
    Part,
    /// “Replace the current draft with an empty part, for one partner? Export it first to keep …”
    ReplaceTheCurrentDraftWith,
    /// “The draft was edited since the import: undoing it also discards those edits. Continue?”
    TheDraftWasEditedSince,
    /// “lines”
    Lines,
    /// “assessment”
    Assessment,
    /// “Before merging”
    BeforeMerging,
    /// “before → after”
    BeforeAfter,
    /// “Merge”
    Merge,
    /// “Merge despite the conflicts”
    MergeDespiteTheConflicts,
    /// “Cancel”
    Cancel,
    /// “Replace the budget lines”
    ReplaceTheBudgetLines,
    /// “Add to the budget lines”
    AddToTheBudgetLines,
    /// “Working together”
    WorkingTogether,
    /// “Each partner sends its part (its identity and budget lines); the lead imports them and …”
    EachPartnerSendsItsPart,
    /// “The draft is unchanged.”
    TheDraftIsUnchanged,
    /// “Undo the last import”
    UndoTheLastImport,
    /// “Send a part”
    SendAPart,
    /// “First add the partner under “Partners”.”
    FirstAddThePartnerUnder,
    /// “Partner”
    Partner,
    /// “Export its part (JSON)”
    ExportItsPartJSON,
    /// “I am a partner of a project: prepare my part”
    IAmAPartnerOf,
    /// “Import parts”
    ImportParts,
    /// “Choose the parts…”
    ChooseTheParts,
    /// “or drop the files here”
    OrDropTheFilesHere,
    /// “Budget lines in a spreadsheet (CSV)”
    BudgetLinesInASpreadsheet,
    /// “Export the lines”
    ExportTheLines,
    /// “Export the assessment, line by line”
    ExportTheAssessmentLineBy,
    /// “Import lines…”
    ImportLines,
    /// “Columns: partner, category, label, amount excl. VAT, permanent staff (yes/no). French f…”
    ColumnsPartnerCategoryLabelAmount,
    /// “Close”
    Close,
}
