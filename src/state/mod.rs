//! The page's one state: the draft being edited, plus what the person typed
//! that does not read as a value yet (kept so nothing typed is lost), and the
//! other scenarios. The assessment is never stored here: it is derived from
//! the draft on render. Pure: nothing here touches the browser (that is
//! `storage`, `saved`, `share`, `files` and the app's effects).
//!
//! - [`action`]: what can happen (the `Action` enum and the fields it names);
//! - [`inputs`]: what was typed, as typed, and how it reads;
//! - [`scenarios`]: the scenarios set aside while another is edited;
//! - this file: the state and the reducer.

mod action;
mod inputs;
mod scenarios;
#[cfg(test)]
mod tests;

pub use action::{Action, LineField, PartnerField, ProjectText, SavedItem, TimelineDate};
pub use inputs::amount_for_input;
pub use scenarios::{scenarios_text, ParkedScenario};

use booster_ia::compare::SCENARIO_NAMES;
use booster_ia::draft::*;
use booster_ia::locale::Lang;
use booster_ia::money::parse_typed_amount;
use booster_ia::text::page::{say, StateWord};
use inputs::score_slot;
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
    /// Counts the stand's resets: the page is rebuilt for each new visitor,
    /// so no panel, disclosure or status of the last one stays open.
    pub visit: u64,
    /// Counts the drafts loaded whole (new, example, import, link): the fields
    /// that keep what is typed (dates, amounts of the dossier) start afresh.
    pub loads: u64,
}

impl Default for State {
    fn default() -> State {
        State::from_draft(Draft::default(), Lang::Fr)
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
            visit: 0,
            loads: 0,
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
        // An undo puts the draft back with its own line ids.
        let restore = matches!(action, Action::Restore(..));
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
                    country: Default::default(),
                    vat_recoverable: None,
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
                    PartnerField::Country(c) => p.country = c,
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
                    // Not said yet: asked only if it is a public body's personnel.
                    permanent_staff: None,
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
                    // An answer already given is kept: it only matters, and
                    // is only asked, for a public body's personnel line.
                    LineField::Category(v) => l.category = v,
                    LineField::Label(v) => l.label = v,
                    LineField::Amount(text) => {
                        l.amount = parse_typed_amount(&text, lang).ok().flatten();
                        self.amount_texts.insert(id, text);
                    }
                    LineField::PermanentStaff(v) => l.permanent_staff = Some(v),
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
                // Named apart from its original, on screen and to a screen reader
                // (an unlabelled line is already named by its place).
                if !copy.label.trim().is_empty() {
                    copy.label.push_str(say(StateWord::Copy, self.lang));
                }
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
            Action::SetVatRecoverable(id, v) => {
                if let Some(p) = d.partners.iter_mut().find(|p| p.id == id) {
                    p.vat_recoverable = v;
                }
            }
            Action::SetDeMinimisDeclared(declared) => {
                // Not declared means not filled in yet: no aid is listed (the
                // page asks before clearing a list).
                d.de_minimis.declared = declared;
                if !declared {
                    d.de_minimis.aids.clear();
                }
            }
            Action::AddAid => {
                d.de_minimis.declared = true;
                d.de_minimis.aids.push(DeMinimisAid::default());
                let i = d.de_minimis.aids.len() - 1;
                self.focus_on(format!("aid-{i}-funder"));
            }
            Action::RemoveAid(i) => {
                if i < d.de_minimis.aids.len() {
                    d.de_minimis.aids.remove(i);
                }
                self.focus_on("add-aid".into());
            }
            Action::SetAidFunder(i, v) => {
                if let Some(a) = d.de_minimis.aids.get_mut(i) {
                    a.funder = v;
                }
            }
            Action::SetAidDate(i, v) => {
                if let Some(a) = d.de_minimis.aids.get_mut(i) {
                    a.granted_on = v;
                }
            }
            Action::SetAidAmount(i, v) => {
                if let Some(a) = d.de_minimis.aids.get_mut(i) {
                    a.amount = v;
                }
            }
            Action::AddFunding => {
                d.other_funding.push(OtherFunding {
                    funder: String::new(),
                    amount: None,
                    status: FundingStatus::Requested,
                });
                let i = d.other_funding.len() - 1;
                self.focus_on(format!("funding-{i}-funder"));
            }
            Action::RemoveFunding(i) => {
                if i < d.other_funding.len() {
                    d.other_funding.remove(i);
                }
                self.focus_on("add-funding".into());
            }
            Action::SetFundingFunder(i, v) => {
                if let Some(f) = d.other_funding.get_mut(i) {
                    f.funder = v;
                }
            }
            Action::SetFundingAmount(i, v) => {
                if let Some(f) = d.other_funding.get_mut(i) {
                    f.amount = v;
                }
            }
            Action::SetFundingStatus(i, v) => {
                if let Some(f) = d.other_funding.get_mut(i) {
                    f.status = v;
                }
            }
            Action::Replace(draft, notice) | Action::Restore(draft, notice) => {
                // Only the scenario being edited is replaced; the others stay.
                let mut draft = *draft;
                if !self.parked.is_empty() && !restore {
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
                next.visit = self.visit;
                next.loads = self.loads + 1;
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
                // Another draft on screen: its typed fields start afresh.
                self.loads += 1;
            }
            Action::RemoveScenario(name) => {
                if name == self.scenario {
                    if self.parked.is_empty() {
                        return;
                    }
                    let next = self.parked.remove(0);
                    self.unpark(next);
                    self.loads += 1;
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
            Action::FocusOn(id) => self.focus_on(id),
            Action::StartOver(lang) => {
                let version = self.scenarios_version + 1;
                let visit = self.visit + 1;
                // The next visitor meets the page as the first did: in the
                // stand's language (its URL's or its browser's), given.
                *self = State::from_draft(Draft::default(), lang);
                self.scenarios_version = version;
                self.visit = visit;
            }
            Action::LoadSaved(saved) => {
                let version = self.scenarios_version + 1;
                let focus = self.focus.take();
                let (visit, loads) = (self.visit, self.loads + 1);
                *self = *saved;
                self.scenarios_version = version;
                self.visit = visit;
                self.loads = loads;
                // The bar that held focus is gone: back to the draft's first field.
                self.focus = focus;
                self.focus_on("project-title".into());
            }
            Action::Notify(notice) => self.notice = Some(notice),
            Action::DismissNotice => {
                // Its close button held focus and is gone: back to the form's first field.
                self.notice = None;
                self.focus_on("project-title".into());
            }
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

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}
