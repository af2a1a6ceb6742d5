//! The page's one state: the draft being edited, plus what the person typed
//! that does not read as a value yet (kept so nothing typed is lost). The
//! assessment is never stored here: it is derived from the draft on render.

use booster_ia::compare::SCENARIO_NAMES;
use booster_ia::date::Date;
use booster_ia::draft::*;
use booster_ia::money::{parse_typed_amount, AmountError, Lang};
use booster_ia::rules::Criterion;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

/// A message shown above the form until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Whether it reports a problem (role="alert") or a success.
    pub is_error: bool,
    /// The text in French and English.
    pub fr: String,
    /// English.
    pub en: String,
}

/// A scenario set aside while another is edited, with what was typed in it.
#[derive(Clone, Debug, PartialEq)]
pub struct ParkedScenario {
    /// Its name (`A`, `B`, `C`).
    pub name: &'static str,
    /// Its draft.
    pub draft: Rc<Draft>,
    amount_texts: BTreeMap<String, String>,
    siret_texts: BTreeMap<String, String>,
    score_texts: BTreeMap<&'static str, String>,
}

impl ParkedScenario {
    /// A scenario read back from storage: its inputs are written from the draft, in `lang`.
    pub fn from_draft(name: &'static str, draft: Draft, lang: Lang) -> ParkedScenario {
        let s = State::from_draft(draft, lang);
        ParkedScenario {
            name,
            draft: Rc::new(s.draft),
            amount_texts: s.amount_texts,
            siret_texts: s.siret_texts,
            score_texts: s.score_texts,
        }
    }
}

/// Everything the page holds.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The draft, as the rules read it.
    pub draft: Draft,
    /// The interface language.
    pub lang: Lang,
    /// Budget line id → the amount as typed.
    pub amount_texts: BTreeMap<String, String>,
    /// Partner id → the SIRET as typed.
    pub siret_texts: BTreeMap<String, String>,
    /// Criterion key → the mark as typed, when it is not a valid mark.
    pub score_texts: BTreeMap<&'static str, String>,
    /// Counter for new ids, shared by every scenario so that a line added to
    /// one never takes the id of an unrelated line of another (the comparison
    /// matches lines by id).
    pub next_id: u64,
    /// A message to show.
    pub notice: Option<Notice>,
    /// The element to focus after the next render, and a counter to re-trigger it.
    pub focus: Option<(String, u64)>,
    /// Another tab saved a different draft or different scenarios meanwhile:
    /// while set, this tab saves nothing and changes no scenario, so neither
    /// tab overwrites the other silently.
    pub conflict: bool,
    /// The name of the scenario being edited (`A` while there is only one).
    pub scenario: &'static str,
    /// The other scenarios, in the order of their names.
    pub parked: Vec<ParkedScenario>,
    /// Counts changes to the set of scenarios (not to the one being edited),
    /// so they are saved when it changes without comparing drafts.
    pub scenarios_version: u64,
}

impl Default for State {
    fn default() -> State {
        State::from_draft(Draft::default(), Lang::Fr)
    }
}

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
    /// Permanent staff.
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
    /// Replace the whole draft (import, restore, new).
    Replace(Box<Draft>, Option<Notice>),
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
    /// Forget everything: one empty scenario (the stand's reset between visitors).
    StartOver,
}

fn score_slot(s: &mut SelfAssessment, criterion: Criterion) -> &mut Option<u32> {
    match criterion {
        Criterion::Quality => &mut s.quality,
        Criterion::Feasibility => &mut s.feasibility,
        Criterion::RegionalInterest => &mut s.regional_interest,
        Criterion::ResponsibleDigital => &mut s.responsible_digital,
        Criterion::Security => &mut s.security,
        Criterion::Reproducibility => &mut s.reproducibility,
    }
}

/// Writes an amount the way `lang` types it, without grouping: `4000,50` / `4000.50`.
pub fn amount_for_input(value: Decimal, lang: Lang) -> String {
    let plain = booster_ia::money::format_amount(value);
    let plain = plain
        .strip_suffix(".00")
        .map(str::to_string)
        .unwrap_or(plain);
    match lang {
        Lang::Fr => plain.replace('.', ","),
        Lang::En => plain,
    }
}

impl State {
    /// A state holding `draft`, with every input text written from it.
    pub fn from_draft(draft: Draft, lang: Lang) -> State {
        let amount_texts = draft
            .budget
            .iter()
            .map(|l| {
                (
                    l.id.clone(),
                    l.amount
                        .map(|a| amount_for_input(a, lang))
                        .unwrap_or_default(),
                )
            })
            .collect();
        let siret_texts = draft
            .partners
            .iter()
            .map(|p| {
                (
                    p.id.clone(),
                    p.siret
                        .as_ref()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default(),
                )
            })
            .collect();
        let next_id = (draft.partners.len() + draft.budget.len()) as u64 + 1;
        State {
            draft,
            lang,
            amount_texts,
            siret_texts,
            score_texts: BTreeMap::new(),
            next_id,
            notice: None,
            focus: None,
            conflict: false,
            scenario: SCENARIO_NAMES[0],
            parked: Vec::new(),
            scenarios_version: 0,
        }
    }

    /// Every scenario's name, in order.
    pub fn scenario_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self.parked.iter().map(|p| p.name).collect();
        names.push(self.scenario);
        names.sort();
        names
    }

    /// The name a duplicate would get, if fewer than three scenarios exist.
    pub fn next_scenario_name(&self) -> Option<&'static str> {
        SCENARIO_NAMES
            .into_iter()
            .find(|n| *n != self.scenario && self.parked.iter().all(|p| p.name != *n))
    }

    /// Sets the scenario being edited aside, under its name.
    fn park(&mut self) -> ParkedScenario {
        ParkedScenario {
            name: self.scenario,
            draft: Rc::new(std::mem::take(&mut self.draft)),
            amount_texts: std::mem::take(&mut self.amount_texts),
            siret_texts: std::mem::take(&mut self.siret_texts),
            score_texts: std::mem::take(&mut self.score_texts),
        }
    }

    /// Makes `parked` the scenario being edited.
    fn unpark(&mut self, parked: ParkedScenario) {
        self.scenario = parked.name;
        self.draft = Rc::unwrap_or_clone(parked.draft);
        self.amount_texts = parked.amount_texts;
        self.siret_texts = parked.siret_texts;
        self.score_texts = parked.score_texts;
    }

    /// Puts `parked` among the others, in name order.
    fn set_aside(&mut self, parked: ParkedScenario) {
        self.parked.push(parked);
        self.parked.sort_by_key(|p| p.name);
        self.scenarios_version += 1;
    }

    /// The amount text of a line, and why it cannot be read, if so.
    pub fn amount_input(&self, line: &str) -> (String, Option<AmountError>) {
        let text = self.amount_texts.get(line).cloned().unwrap_or_default();
        let error = parse_typed_amount(&text, self.lang).err();
        (text, error)
    }

    /// The SIRET text of a partner, and whether it is invalid.
    pub fn siret_input(&self, partner: &str) -> (String, bool) {
        let text = self.siret_texts.get(partner).cloned().unwrap_or_default();
        let invalid = !text.trim().is_empty() && Siret::parse(text.trim()).is_none();
        (text, invalid)
    }

    /// The mark text of a criterion, and whether it is invalid.
    pub fn score_input(&self, criterion: Criterion) -> (String, bool) {
        match self.score_texts.get(criterion.code()) {
            Some(text) => (text.clone(), true),
            None => {
                let mut s = self.draft.self_assessment;
                (
                    score_slot(&mut s, criterion)
                        .map(|m| m.to_string())
                        .unwrap_or_default(),
                    false,
                )
            }
        }
    }

    fn fresh_id(&mut self, prefix: &str) -> String {
        loop {
            let id = format!("{prefix}{}", self.next_id);
            self.next_id += 1;
            let taken = std::iter::once(&self.draft)
                .chain(self.parked.iter().map(|p| p.draft.as_ref()))
                .any(|d| {
                    d.partners.iter().any(|p| p.id == id) || d.budget.iter().any(|l| l.id == id)
                });
            if !taken {
                return id;
            }
        }
    }

    fn focus_on(&mut self, element: String) {
        let n = self.focus.as_ref().map(|(_, n)| n + 1).unwrap_or(0);
        self.focus = Some((element, n));
    }

    fn apply(&mut self, action: Action) {
        let d = &mut self.draft;
        match action {
            Action::SetLang(lang) => {
                // Rewrite readable amounts in the new language's way; keep unreadable text as typed.
                for line in &d.budget {
                    if let Some(a) = line.amount {
                        self.amount_texts
                            .insert(line.id.clone(), amount_for_input(a, lang));
                    }
                }
                for parked in &mut self.parked {
                    for line in &parked.draft.budget {
                        if let Some(a) = line.amount {
                            parked
                                .amount_texts
                                .insert(line.id.clone(), amount_for_input(a, lang));
                        }
                    }
                }
                self.lang = lang;
            }
            Action::SetProjectText(field, text) => match field {
                ProjectText::Title => d.project.title = text,
                ProjectText::Summary => d.project.summary = text,
                ProjectText::AiUse => d.project.ai_use = text,
                ProjectText::DataUsed => d.project.data_used = text,
            },
            Action::SetS3Domain(domain) => d.project.s3_domain = domain,
            Action::AddPartner => {
                let id = self.fresh_id("p");
                let d = &mut self.draft;
                let role = if d.partners.iter().any(|p| p.role == Role::Lead) {
                    Role::Partner
                } else {
                    Role::Lead
                };
                d.partners.push(Partner {
                    id: id.clone(),
                    name: String::new(),
                    kind: PartnerKind::Company,
                    siret: None,
                    postcode: String::new(),
                    role,
                    new_to_datalab: false,
                });
                self.siret_texts.insert(id.clone(), String::new());
                self.focus_on(format!("partner-{id}-name"));
            }
            Action::UpdatePartner(id, field) => {
                if let PartnerField::Lead = field {
                    for p in d.partners.iter_mut() {
                        p.role = if p.id == id {
                            Role::Lead
                        } else {
                            Role::Partner
                        };
                    }
                    return;
                }
                let Some(p) = d.partners.iter_mut().find(|p| p.id == id) else {
                    return;
                };
                match field {
                    PartnerField::Name(v) => p.name = v,
                    PartnerField::Kind(v) => p.kind = v,
                    PartnerField::Siret(v) => {
                        p.siret = Siret::parse(v.trim());
                        self.siret_texts.insert(id, v);
                    }
                    PartnerField::Postcode(v) => p.postcode = v,
                    PartnerField::NewToDatalab(v) => p.new_to_datalab = v,
                    PartnerField::Lead => {}
                }
            }
            Action::RemovePartner(id) => {
                let index = d.partners.iter().position(|p| p.id == id);
                d.partners.retain(|p| p.id != id);
                for line in d.budget.iter_mut().filter(|l| l.partner == id) {
                    line.partner.clear();
                }
                self.siret_texts.remove(&id);
                let next = index
                    .and_then(|i| {
                        self.draft
                            .partners
                            .get(i)
                            .or_else(|| self.draft.partners.last())
                    })
                    .map(|p| format!("partner-{}-name", p.id))
                    .unwrap_or_else(|| "add-partner".into());
                self.focus_on(next);
            }
            Action::AddLine => {
                let id = self.fresh_id("b");
                let d = &mut self.draft;
                let partner = d
                    .partners
                    .iter()
                    .find(|p| p.role == Role::Lead)
                    .or(d.partners.first())
                    .map(|p| p.id.clone())
                    .unwrap_or_default();
                d.budget.push(BudgetLine {
                    id: id.clone(),
                    partner,
                    category: Category::Personnel,
                    label: String::new(),
                    amount: None,
                    permanent_staff: false,
                });
                self.amount_texts.insert(id.clone(), String::new());
                self.focus_on(format!("line-{id}-label"));
            }
            Action::UpdateLine(id, field) => {
                let lang = self.lang;
                let Some(l) = d.budget.iter_mut().find(|l| l.id == id) else {
                    return;
                };
                match field {
                    LineField::Partner(v) => l.partner = v,
                    LineField::Category(v) => {
                        l.category = v;
                        if v != Category::Personnel {
                            l.permanent_staff = false;
                        }
                    }
                    LineField::Label(v) => l.label = v,
                    LineField::Amount(text) => {
                        l.amount = parse_typed_amount(&text, lang).ok().flatten();
                        self.amount_texts.insert(id, text);
                    }
                    LineField::PermanentStaff(v) => l.permanent_staff = v,
                }
            }
            Action::DuplicateLine(id) => {
                let Some(index) = d.budget.iter().position(|l| l.id == id) else {
                    return;
                };
                let new_id = self.fresh_id("b");
                let d = &mut self.draft;
                let mut copy = d.budget[index].clone();
                copy.id = new_id.clone();
                d.budget.insert(index + 1, copy);
                let text = self.amount_texts.get(&id).cloned().unwrap_or_default();
                self.amount_texts.insert(new_id.clone(), text);
                self.focus_on(format!("line-{new_id}-label"));
            }
            Action::RemoveLine(id) => {
                let index = d.budget.iter().position(|l| l.id == id);
                d.budget.retain(|l| l.id != id);
                self.amount_texts.remove(&id);
                let next = index
                    .and_then(|i| {
                        self.draft
                            .budget
                            .get(i)
                            .or_else(|| self.draft.budget.last())
                    })
                    .map(|l| format!("line-{}-label", l.id))
                    .unwrap_or_else(|| "add-line".into());
                self.focus_on(next);
            }
            Action::SetDate(which, value) => match which {
                TimelineDate::Submission => d.timeline.submission = value,
                TimelineDate::Start => d.timeline.start = value,
                TimelineDate::End => d.timeline.end = value,
            },
            Action::AddMilestone => {
                d.timeline.milestones.push(Milestone::default());
                let i = d.timeline.milestones.len() - 1;
                self.focus_on(format!("milestone-{i}-label"));
            }
            Action::SetMilestoneLabel(i, v) => {
                if let Some(m) = d.timeline.milestones.get_mut(i) {
                    m.label = v;
                }
            }
            Action::SetMilestoneDate(i, v) => {
                if let Some(m) = d.timeline.milestones.get_mut(i) {
                    m.date = v;
                }
            }
            Action::RemoveMilestone(i) => {
                if i < d.timeline.milestones.len() {
                    d.timeline.milestones.remove(i);
                }
                self.focus_on("add-milestone".into());
            }
            Action::AddIndicator => {
                d.indicators.push(Indicator::default());
                let i = d.indicators.len() - 1;
                self.focus_on(format!("indicator-{i}-label"));
            }
            Action::SetIndicatorLabel(i, v) => {
                if let Some(x) = d.indicators.get_mut(i) {
                    x.label = v;
                }
            }
            Action::SetIndicatorTarget(i, v) => {
                if let Some(x) = d.indicators.get_mut(i) {
                    x.target = v;
                }
            }
            Action::RemoveIndicator(i) => {
                if i < d.indicators.len() {
                    d.indicators.remove(i);
                }
                self.focus_on("add-indicator".into());
            }
            Action::SetExperienceReport(v) => d.commons.experience_report = v,
            Action::SetToolsOrContent(v) => d.commons.tools_or_content = v,
            Action::SetOpenData(v) => d.commons.open_data = v,
            Action::SetReportIndicators(v) => d.commitments.report_indicators = v,
            Action::SetCollectiveReview(v) => d.commitments.collective_review = v,
            Action::SetScore(criterion, text) => {
                let key = criterion.code();
                let trimmed = text.trim();
                // The draft format's own bound, so that what is kept can be saved and read back.
                let max = booster_ia::format::criterion_maximum(criterion);
                let slot = score_slot(&mut d.self_assessment, criterion);
                if trimmed.is_empty() {
                    *slot = None;
                    self.score_texts.remove(key);
                } else {
                    match trimmed.parse::<u32>() {
                        Ok(mark) if mark <= max => {
                            *slot = Some(mark);
                            self.score_texts.remove(key);
                        }
                        _ => {
                            *slot = None;
                            self.score_texts.insert(key, text);
                        }
                    }
                }
            }
            Action::SetAdvanceRequested(v) => d.advance.requested = v,
            Action::SetAdvanceJustification(v) => d.advance.justification = v,
            Action::Replace(draft, notice) => {
                // Only the scenario being edited is replaced; the others stay.
                let mut draft = *draft;
                if !self.parked.is_empty() {
                    // Lines from elsewhere get ids of their own, so the comparison
                    // never pairs them with unrelated lines of another scenario.
                    self.draft = Draft::default();
                    for line in &mut draft.budget {
                        line.id = self.fresh_id("b");
                    }
                }
                let mut next = State::from_draft(draft, self.lang);
                next.notice = notice;
                next.focus = self.focus.take();
                next.next_id = next.next_id.max(self.next_id);
                next.scenario = self.scenario;
                next.parked = std::mem::take(&mut self.parked);
                next.scenarios_version = self.scenarios_version;
                // An import or an example does not settle another tab's pending save.
                next.conflict = self.conflict;
                *self = next;
            }
            // While another tab's save waits for a choice, the set of scenarios stays as it is.
            Action::DuplicateScenario | Action::SwitchScenario(_) | Action::RemoveScenario(_)
                if self.conflict => {}
            Action::DuplicateScenario => {
                let Some(name) = self.next_scenario_name() else {
                    return;
                };
                let copy = self.clone();
                let parked = self.park();
                self.set_aside(parked);
                self.draft = copy.draft;
                self.amount_texts = copy.amount_texts;
                self.siret_texts = copy.siret_texts;
                self.score_texts = copy.score_texts;
                self.scenario = name;
                self.focus_on(format!("scenario-tab-{name}"));
            }
            Action::SwitchScenario(name) => {
                let Some(index) = self.parked.iter().position(|p| p.name == name) else {
                    return;
                };
                let target = self.parked.remove(index);
                let parked = self.park();
                self.set_aside(parked);
                self.unpark(target);
            }
            Action::RemoveScenario(name) => {
                if name == self.scenario {
                    if self.parked.is_empty() {
                        return;
                    }
                    let next = self.parked.remove(0);
                    self.unpark(next);
                } else {
                    self.parked.retain(|p| p.name != name);
                }
                self.scenarios_version += 1;
                // With one scenario left there are no tabs: focus goes to "duplicate".
                self.focus_on(if self.parked.is_empty() {
                    "duplicate-scenario".to_string()
                } else {
                    format!("scenario-tab-{}", self.scenario)
                });
            }
            Action::StartOver => {
                let version = self.scenarios_version + 1;
                *self = State::from_draft(Draft::default(), self.lang);
                self.scenarios_version = version;
            }
            Action::LoadSaved(saved) => {
                let version = self.scenarios_version + 1;
                let focus = self.focus.take();
                *self = *saved;
                self.scenarios_version = version;
                // The bar that held focus is gone: back to the draft's first field.
                self.focus = focus;
                self.focus_on("project-title".into());
            }
            Action::Notify(notice) => self.notice = Some(notice),
            Action::DismissNotice => self.notice = None,
            Action::OtherTabSaved(SavedItem::Draft(text)) => {
                // The same draft (identical edits) is no conflict.
                let same = booster_ia::parse_draft(&text).is_ok_and(|f| f.draft == self.draft);
                self.conflict |= !same;
            }
            Action::OtherTabSaved(SavedItem::Scenarios(text)) => {
                let ours = scenarios_text(self.scenario, &self.parked);
                self.conflict |= text != ours;
            }
            Action::KeepThisTab => {
                self.conflict = false;
                self.focus_on("project-title".into());
            }
        }
    }
}

/// How the scenarios are saved: which one is being edited and the others'
/// drafts (the one being edited is the saved draft); `None` when there is only one.
pub fn scenarios_text(editing: &str, others: &[ParkedScenario]) -> Option<String> {
    if others.is_empty() {
        return None;
    }
    let others: serde_json::Map<String, serde_json::Value> = others
        .iter()
        .map(|p| {
            (
                p.name.to_string(),
                serde_json::Value::String(booster_ia::format::draft_json(&p.draft)),
            )
        })
        .collect();
    Some(serde_json::json!({ "editing": editing, "others": others }).to_string())
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: State, actions: Vec<Action>) -> State {
        actions.into_iter().fold(state, |s, a| {
            let mut s = s;
            s.apply(a);
            s
        })
    }

    #[test]
    fn typed_amounts_are_kept_as_typed_and_read_in_the_page_language() {
        let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
        let id = s.draft.budget[0].id.clone();
        let s = reduce(
            s,
            vec![Action::UpdateLine(
                id.clone(),
                LineField::Amount("12 500,50".into()),
            )],
        );
        assert_eq!(s.draft.budget[0].amount, Some("12500.50".parse().unwrap()));
        let s = reduce(
            s,
            vec![Action::UpdateLine(
                id.clone(),
                LineField::Amount("12,5,5".into()),
            )],
        );
        assert_eq!(s.draft.budget[0].amount, None);
        assert_eq!(s.amount_input(&id).0, "12,5,5");
        assert!(s.amount_input(&id).1.is_some());
        let s = reduce(
            s,
            vec![
                Action::UpdateLine(id.clone(), LineField::Amount("4000,5".into())),
                Action::SetLang(Lang::En),
            ],
        );
        assert_eq!(s.amount_input(&id).0, "4000.50");
    }

    #[test]
    fn the_first_partner_leads_and_only_one_can() {
        let s = reduce(
            State::default(),
            vec![Action::AddPartner, Action::AddPartner],
        );
        assert_eq!(s.draft.partners[0].role, Role::Lead);
        assert_eq!(s.draft.partners[1].role, Role::Partner);
        let second = s.draft.partners[1].id.clone();
        let s = reduce(s, vec![Action::UpdatePartner(second, PartnerField::Lead)]);
        assert_eq!(
            s.draft
                .partners
                .iter()
                .filter(|p| p.role == Role::Lead)
                .count(),
            1
        );
        assert_eq!(s.draft.partners[1].role, Role::Lead);
    }

    #[test]
    fn removing_a_partner_unassigns_its_lines_and_moves_focus() {
        let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
        let p = s.draft.partners[0].id.clone();
        assert_eq!(s.draft.budget[0].partner, p);
        let s = reduce(s, vec![Action::RemovePartner(p)]);
        assert_eq!(s.draft.budget[0].partner, "");
        assert_eq!(
            s.focus.as_ref().map(|(e, _)| e.as_str()),
            Some("add-partner")
        );
    }

    #[test]
    fn duplicated_lines_get_a_fresh_id_and_the_same_amount() {
        let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
        let id = s.draft.budget[0].id.clone();
        let s = reduce(
            s,
            vec![
                Action::UpdateLine(id.clone(), LineField::Amount("100".into())),
                Action::DuplicateLine(id.clone()),
            ],
        );
        assert_eq!(s.draft.budget.len(), 2);
        assert_ne!(s.draft.budget[1].id, id);
        assert_eq!(s.draft.budget[1].amount, s.draft.budget[0].amount);
    }

    #[test]
    fn a_duplicated_scenario_is_edited_apart_and_keeps_what_was_typed() {
        let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
        let id = s.draft.budget[0].id.clone();
        let s = reduce(
            s,
            vec![
                Action::UpdateLine(id.clone(), LineField::Amount("1000".into())),
                Action::DuplicateScenario,
                Action::UpdateLine(id.clone(), LineField::Amount("2 000,5x".into())),
            ],
        );
        assert_eq!(s.scenario, "B");
        assert_eq!(s.parked.len(), 1);
        assert_eq!(s.parked[0].name, "A");
        assert_eq!(
            s.parked[0].draft.budget[0].amount,
            Some("1000".parse().unwrap())
        );
        // Back to A: its amount; B keeps the unreadable text as typed.
        let s = reduce(s, vec![Action::SwitchScenario("A")]);
        assert_eq!(s.scenario, "A");
        assert_eq!(s.amount_input(&id).0, "1000");
        let s = reduce(s, vec![Action::SwitchScenario("B")]);
        assert_eq!(s.amount_input(&id).0, "2 000,5x");
        assert_eq!(s.draft.budget[0].amount, None);
        // The same line id in both: the comparison matches lines by id.
        assert_eq!(s.parked[0].draft.budget[0].id, id);
    }

    #[test]
    fn lines_added_after_a_copy_never_share_an_id_across_scenarios() {
        let s = reduce(
            State::default(),
            vec![
                Action::AddPartner,
                Action::DuplicateScenario,
                Action::AddLine,
                Action::SwitchScenario("A"),
                Action::AddLine,
            ],
        );
        let in_a = s.draft.budget[0].id.clone();
        let in_b = s.parked[0].draft.budget[0].id.clone();
        assert_ne!(in_a, in_b);
        // An imported draft's lines get ids of their own beside other scenarios.
        let mut imported = (*s.parked[0].draft).clone();
        imported.budget[0].label = "Imported".into();
        let s = reduce(s, vec![Action::Replace(Box::new(imported), None)]);
        assert_ne!(s.draft.budget[0].id, in_b);
        assert_ne!(s.draft.budget[0].id, in_a);
        assert_eq!(s.draft.budget[0].label, "Imported");
    }

    #[test]
    fn switching_language_rewrites_the_amounts_of_every_scenario() {
        let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
        let id = s.draft.budget[0].id.clone();
        let s = reduce(
            s,
            vec![
                Action::UpdateLine(id.clone(), LineField::Amount("1500,5".into())),
                Action::DuplicateScenario,
                Action::SetLang(Lang::En),
                Action::SwitchScenario("A"),
            ],
        );
        assert_eq!(s.amount_input(&id), ("1500.50".to_string(), None));
    }

    #[test]
    fn while_another_tab_waits_for_a_choice_the_scenarios_stay_as_they_are() {
        let s = reduce(
            State::default(),
            vec![
                Action::DuplicateScenario,
                Action::OtherTabSaved(SavedItem::Scenarios(None)),
            ],
        );
        assert!(s.conflict, "the other tab has one scenario, this one two");
        let s = reduce(
            s,
            vec![
                Action::SwitchScenario("A"),
                Action::RemoveScenario("B"),
                Action::DuplicateScenario,
            ],
        );
        assert_eq!(s.scenario, "B");
        assert_eq!(s.parked.len(), 1);
        assert!(s.conflict);
        let s = reduce(s, vec![Action::KeepThisTab, Action::SwitchScenario("A")]);
        assert!(!s.conflict);
        assert_eq!(s.scenario, "A");
        // Replacing the draft (an import, an example) leaves a pending conflict pending.
        let s = reduce(
            s,
            vec![
                Action::OtherTabSaved(SavedItem::Scenarios(None)),
                Action::Replace(Box::default(), None),
            ],
        );
        assert!(s.conflict);
        let s = reduce(s, vec![Action::KeepThisTab]);
        // The same scenarios saved elsewhere are no conflict.
        let same = scenarios_text(s.scenario, &s.parked);
        let s = reduce(s, vec![Action::OtherTabSaved(SavedItem::Scenarios(same))]);
        assert!(!s.conflict);
    }

    #[test]
    fn removing_down_to_one_scenario_sends_focus_to_duplicate() {
        let s = reduce(
            State::default(),
            vec![Action::DuplicateScenario, Action::RemoveScenario("B")],
        );
        assert_eq!(
            s.focus.as_ref().map(|(e, _)| e.as_str()),
            Some("duplicate-scenario")
        );
    }

    #[test]
    fn three_scenarios_at_most_and_the_last_one_stays() {
        let s = reduce(
            State::default(),
            vec![
                Action::DuplicateScenario,
                Action::DuplicateScenario,
                Action::DuplicateScenario,
            ],
        );
        assert_eq!(s.scenario, "C");
        assert_eq!(s.next_scenario_name(), None);
        assert_eq!(s.scenario_names(), ["A", "B", "C"]);
        let s = reduce(
            s,
            vec![Action::RemoveScenario("B"), Action::RemoveScenario("C")],
        );
        assert_eq!(s.scenario, "A");
        assert!(s.parked.is_empty());
        let s = reduce(s, vec![Action::RemoveScenario("A")]);
        assert_eq!(s.scenario, "A", "the last scenario cannot be removed");
        // A copy after a removal takes the first free name.
        let s = reduce(s, vec![Action::DuplicateScenario]);
        assert_eq!(s.scenario, "B");
    }

    #[test]
    fn replacing_the_draft_keeps_the_other_scenarios_but_starting_over_does_not() {
        let s = reduce(
            State::default(),
            vec![Action::AddPartner, Action::DuplicateScenario],
        );
        let s = reduce(s, vec![Action::Replace(Box::default(), None)]);
        assert_eq!(s.scenario, "B");
        assert_eq!(s.parked.len(), 1);
        assert_eq!(s.parked[0].draft.partners.len(), 1);
        let s = reduce(s, vec![Action::StartOver]);
        assert_eq!(s.scenario, "A");
        assert!(s.parked.is_empty());
        assert_eq!(s.draft, Draft::default());
    }

    #[test]
    fn marks_out_of_range_are_flagged_not_counted() {
        let s = reduce(
            State::default(),
            vec![Action::SetScore(Criterion::Feasibility, "31".into())],
        );
        assert_eq!(s.draft.self_assessment.feasibility, None);
        assert_eq!(
            s.score_input(Criterion::Feasibility),
            ("31".to_string(), true)
        );
        let s = reduce(
            s,
            vec![Action::SetScore(Criterion::Feasibility, "30".into())],
        );
        assert_eq!(s.draft.self_assessment.feasibility, Some(30));
    }
}
