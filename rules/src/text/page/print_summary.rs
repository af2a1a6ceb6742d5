//! The words of the page's `print_summary` part.

/// A word of the page's `print_summary` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintSummaryWord {
    /// “:”
    Symbol,
    /// “Simulation of”
    SimulationOf,
    /// “rules of the scheme adopted on”
    RulesOfTheSchemeAdopted,
    /// “grant”
    Grant,
    /// “Potential grant”
    PotentialGrant,
    /// “Project”
    Project,
    /// “AI”
    AI,
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
    RecoversVAT,
    /// “yes”
    Yes,
    /// “no”
    No,
    /// “Budget”
    Budget,
    /// “Cost”
    Cost,
    /// “Borne by”
    BorneBy,
    /// “Category”
    Category,
    /// “Amount excl. VAT”
    AmountExclVAT,
    /// “Counted”
    Counted,
    /// “pending —”
    Pending,
    /// “no —”
    No2,
    /// “Timeline”
    Timeline,
    /// “Filed”
    Filed,
    /// “Start”
    Start,
    /// “End”
    End,
    /// “Milestone”
    Milestone,
    /// “Follow-up and commitments”
    FollowUpAndCommitments,
    /// “Indicator”
    Indicator,
    /// “target”
    Target,
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
    /// “minimum”
    Minimum,
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
    BoosterIAPotentialGrant,
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
    ThisAidBoosterIA,
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
}
