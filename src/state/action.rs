//! What can happen to the page's state: the `Action` enum the reducer takes,
//! and the fields its variants name.

use super::Notice;
use super::State;
use booster_ia::date::Date;
use booster_ia::draft::*;
use booster_ia::locale::Lang;
use booster_ia::rules::Criterion;
use rust_decimal::Decimal;

/// What another tab saved, as it saved it.
#[derive(Clone, Debug, PartialEq)]
pub enum SavedItem {
    /// The draft being edited.
    Draft(String),
    /// The other scenarios (`None` when removed: only one scenario).
    Scenarios(Option<String>),
}

/// A change to one field of a partner.
#[derive(Clone, Debug, PartialEq)]
pub enum PartnerField {
    /// Name.
    Name(String),
    /// Kind.
    Kind(PartnerKind),
    /// SIRET as typed.
    Siret(String),
    /// Postcode.
    Postcode(String),
    /// Country of the establishment.
    Country(Country),
    /// Make this partner the lead (others become partners).
    Lead,
    /// New to the DataLab network.
    NewToDatalab(bool),
}

/// A change to one field of a budget line.
#[derive(Clone, Debug, PartialEq)]
pub enum LineField {
    /// Bearing partner id.
    Partner(String),
    /// Category.
    Category(Category),
    /// Label.
    Label(String),
    /// Amount as typed.
    Amount(String),
    /// The person is permanent staff of the body bearing the line (or not): an answer.
    PermanentStaff(bool),
}

/// A project text field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectText {
    /// Title.
    Title,
    /// Summary.
    Summary,
    /// AI use.
    AiUse,
    /// Data used.
    DataUsed,
}

/// A date of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineDate {
    /// Submission.
    Submission,
    /// Start.
    Start,
    /// End.
    End,
}

/// Every change the page can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch language.
    SetLang(Lang),
    /// Edit a project text.
    SetProjectText(ProjectText, String),
    /// Choose the S3 domain.
    SetS3Domain(Option<S3Domain>),
    /// Add a partner.
    AddPartner,
    /// Edit a partner.
    UpdatePartner(String, PartnerField),
    /// Remove a partner (its lines become unassigned).
    RemovePartner(String),
    /// Add a budget line.
    AddLine,
    /// Edit a line.
    UpdateLine(String, LineField),
    /// Duplicate a line.
    DuplicateLine(String),
    /// Remove a line.
    RemoveLine(String),
    /// Set a timeline date (`None` when cleared or unreadable).
    SetDate(TimelineDate, Option<Date>),
    /// Add a milestone.
    AddMilestone,
    /// Edit a milestone's label.
    SetMilestoneLabel(usize, String),
    /// Edit a milestone's date.
    SetMilestoneDate(usize, Option<Date>),
    /// Remove a milestone.
    RemoveMilestone(usize),
    /// Add an indicator.
    AddIndicator,
    /// Edit an indicator's label.
    SetIndicatorLabel(usize, String),
    /// Edit an indicator's target.
    SetIndicatorTarget(usize, String),
    /// Remove an indicator.
    RemoveIndicator(usize),
    /// Experience report for the commons.
    SetExperienceReport(bool),
    /// Tools or content for the commons.
    SetToolsOrContent(String),
    /// Open data for the commons.
    SetOpenData(String),
    /// Commit to report indicators.
    SetReportIndicators(bool),
    /// Commit to the collective review.
    SetCollectiveReview(bool),
    /// A criterion's mark as typed.
    SetScore(Criterion, String),
    /// Ask for an advance.
    SetAdvanceRequested(bool),
    /// Its justification.
    SetAdvanceJustification(String),
    /// Whether a partner recovers VAT (`None`: not known).
    SetVatRecoverable(String, Option<bool>),
    /// The de minimis list declared complete or not (not: its aids are cleared).
    SetDeMinimisDeclared(bool),
    /// Add a de minimis aid.
    AddAid,
    /// Remove a de minimis aid.
    RemoveAid(usize),
    /// A de minimis aid's funder.
    SetAidFunder(usize, String),
    /// A de minimis aid's date (`None` when cleared or not a date yet).
    SetAidDate(usize, Option<Date>),
    /// A de minimis aid's amount (`None` when cleared or not an amount yet).
    SetAidAmount(usize, Option<Decimal>),
    /// Add another public funding.
    AddFunding,
    /// Remove another public funding.
    RemoveFunding(usize),
    /// Its funder.
    SetFundingFunder(usize, String),
    /// Its amount.
    SetFundingAmount(usize, Option<Decimal>),
    /// Requested or granted.
    SetFundingStatus(usize, FundingStatus),
    /// Replace the whole draft (import, restore, new).
    Replace(Box<Draft>, Option<Notice>),
    /// Replace the draft keeping its ids (a merge of parts, lines from a
    /// spreadsheet, the undo of either): the comparison of scenarios pairs its lines.
    Restore(Box<Draft>, Option<Notice>),
    /// Show a message.
    Notify(Notice),
    /// Hide the message.
    DismissNotice,
    /// Another tab saved the draft or the scenarios.
    OtherTabSaved(SavedItem),
    /// Everything saved in the browser, read again (the other tab's version).
    LoadSaved(Box<State>),
    /// Keep this tab's draft (it is saved again, over the other tab's).
    KeepThisTab,
    /// Copy the scenario being edited as a new one (B, then C) and edit the copy.
    DuplicateScenario,
    /// Edit another scenario.
    SwitchScenario(&'static str),
    /// Remove a scenario (the last one cannot be removed).
    RemoveScenario(&'static str),
    /// Move focus to the element with this id after the next render.
    FocusOn(String),
    /// Forget everything: one empty scenario in this language (the stand's),
    /// every panel closed (the stand's reset between visitors).
    StartOver(Lang),
}
