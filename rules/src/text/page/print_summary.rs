//! The words of the page's `print_summary` part: the printed summary's
//! headings, labels and column names.

/// A word of the printed summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintSummaryWord {
    /// The colon between a label and its value (a no-break space before it in French).
    Colon,
    /// “Project”
    Project,
    /// “AI”
    Ai,
    /// “Data”
    Data,
    /// “Partners”
    Partners,
    /// “Name”
    Name,
    /// “Kind”
    Kind,
    /// “Postcode”
    Postcode,
    /// “Role”
    Role,
    /// “Recovers VAT”
    RecoversVat,
    /// “Budget”
    Budget,
    /// “Cost”
    Cost,
    /// “Borne by”
    BorneBy,
    /// “Category”
    Category,
    /// “Amount excl. VAT”
    AmountExclVat,
    /// “Counted”
    Counted,
    /// Before the reasons of a line waiting for an answer.
    PendingBecause,
    /// Before the reasons of a line left out.
    NotCountedBecause,
    /// “Timeline”
    Timeline,
    /// “Filed”
    Filed,
    /// “Start”
    Start,
    /// “End”
    End,
    /// “Follow-up and commitments”
    FollowUpAndCommitments,
    /// “Experience report”
    ExperienceReport,
    /// “Tools or content shared”
    ToolsOrContentShared,
    /// “Open data”
    OpenData,
    /// “Report the indicators”
    ReportTheIndicators,
    /// “Collective project review”
    CollectiveProjectReview,
    /// “Self-assessment”
    SelfAssessment,
    /// “Total”
    Total,
    /// “Advance”
    Advance,
    /// “Requested”
    Requested,
    /// “justification”
    Justification,
    /// “No advance requested.”
    NoAdvanceRequested,
    /// “Financing plan”
    FinancingPlan,
    /// “Project cost (uses)”
    ProjectCostUses,
    /// “Booster IA (potential grant)”
    BoosterIaPotentialGrant,
    /// “De minimis declaration”
    DeMinimisDeclaration,
    /// “List declared complete.”
    ListDeclaredComplete,
    /// “List not filled in yet.”
    ListNotFilledInYet,
    /// “Funder”
    Funder,
    /// “Granted on”
    GrantedOn,
    /// “Amount”
    Amount,
    /// “Total over three years”
    TotalOverThreeYears,
    /// “This aid (Booster IA)”
    ThisAidBoosterIa,
    /// “Total with this aid”
    TotalWithThisAid,
    /// “Figures”
    Figures,
    /// “Checks”
    Checks,
    /// “Our reading”
    OurReading,
    /// “(same quotation as above)”
    SameQuotationAsAbove,
    /// Before the English gloss of a quotation.
    InEnglish,
}
