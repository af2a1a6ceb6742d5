//! The page's one state: the draft being edited, plus what the person typed
//! that does not read as a value yet (kept so nothing typed is lost), and the
//! other scenarios. The assessment is never stored here: it is derived from
//! the draft on render. Pure: nothing here touches the browser (that is
//! `storage`, `saved`, `share`, `files` and the app's effects).
//!
//! - [`action`]: what can happen (the `Action` enum and the fields it names);
//! - [`inputs`]: what was typed, as typed, and how it reads;
//! - [`notice`]: a message above the form, worded in the page's language;
//! - [`scenarios`]: the scenarios set aside while another is edited, and
//!   the reducer's handlers for copying, switching and removing them;
//! - the reducer's handlers, one file per part of the draft: [`project`]
//!   (texts, marks, indicators), [`partners`], [`budget`], [`timeline`],
//!   [`dossier`] (de minimis aid, other funding), [`loading`] (language,
//!   drafts loaded whole, another tab's save);
//! - this file: the state, and the reducer routing each action to its part.

mod action;
mod budget;
mod dossier;
mod inputs;
mod loading;
mod notice;
mod partners;
mod project;
mod scenarios;
#[cfg(test)]
mod tests;
mod timeline;

pub use action::{Action, LineField, PartnerField, ProjectText, SavedItem, TimelineDate};
pub use inputs::amount_for_input;
pub use notice::Notice;
pub use scenarios::{scenarios_text, ParkedScenario};

use booster_ia::compare::SCENARIO_NAMES;
use booster_ia::draft::*;
use booster_ia::locale::Lang;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

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
        // Inserted one by one: collecting into a map sorts (a sort's code in
        // the wasm for nothing: the map orders its keys anyway).
        let mut amount_texts = BTreeMap::new();
        for l in &draft.budget {
            let text = l
                .amount
                .map(|a| amount_for_input(a, lang))
                .unwrap_or_default();
            amount_texts.insert(l.id.clone(), text);
        }
        let mut siret_texts = BTreeMap::new();
        for p in &draft.partners {
            let text = p
                .siret
                .as_ref()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            siret_texts.insert(p.id.clone(), text);
        }
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

    /// Applies `action`, through the handler of the part of the draft it changes.
    fn apply(&mut self, action: Action) {
        use Action::*;
        match action {
            SetLang(lang) => self.set_lang(lang),
            SetProjectText(field, text) => self.set_project_text(field, text),
            SetS3Domain(domain) => self.draft.project.s3_domain = domain,
            SetExperienceReport(v) => self.draft.commons.experience_report = v,
            SetToolsOrContent(v) => self.draft.commons.tools_or_content = v,
            SetOpenData(v) => self.draft.commons.open_data = v,
            SetReportIndicators(v) => self.draft.commitments.report_indicators = v,
            SetCollectiveReview(v) => self.draft.commitments.collective_review = v,
            SetScore(criterion, text) => self.set_score(criterion, text),
            AddPartner => self.add_partner(),
            UpdatePartner(id, field) => self.update_partner(id, field),
            RemovePartner(id) => self.remove_partner(id),
            SetVatRecoverable(id, v) => self.set_vat_recoverable(&id, v),
            AddLine => self.add_line(),
            UpdateLine(id, field) => self.update_line(id, field),
            DuplicateLine(id) => self.duplicate_line(id),
            RemoveLine(id) => self.remove_line(id),
            SetDate(which, value) => self.set_date(which, value),
            AddMilestone => self.add_milestone(),
            SetMilestoneLabel(i, v) => self.set_milestone_label(i, v),
            SetMilestoneDate(i, v) => self.set_milestone_date(i, v),
            RemoveMilestone(i) => self.remove_milestone(i),
            AddIndicator => self.add_indicator(),
            SetIndicatorLabel(i, v) => self.set_indicator_label(i, v),
            SetIndicatorTarget(i, v) => self.set_indicator_target(i, v),
            RemoveIndicator(i) => self.remove_indicator(i),
            SetAdvanceRequested(v) => self.draft.advance.requested = v,
            SetAdvanceJustification(v) => self.draft.advance.justification = v,
            SetDeMinimisDeclared(declared) => self.set_de_minimis_declared(declared),
            AddAid => self.add_aid(),
            RemoveAid(i) => self.remove_aid(i),
            SetAidFunder(i, v) => self.set_aid_funder(i, v),
            SetAidDate(i, v) => self.set_aid_date(i, v),
            SetAidAmount(i, v) => self.set_aid_amount(i, v),
            AddFunding => self.add_funding(),
            RemoveFunding(i) => self.remove_funding(i),
            SetFundingFunder(i, v) => self.set_funding_funder(i, v),
            SetFundingAmount(i, v) => self.set_funding_amount(i, v),
            SetFundingStatus(i, v) => self.set_funding_status(i, v),
            Replace(draft, notice) => self.replace(*draft, notice, false),
            Restore(draft, notice) => self.replace(*draft, notice, true),
            DuplicateScenario => self.duplicate_scenario(),
            SwitchScenario(name) => self.switch_scenario(name),
            RemoveScenario(name) => self.remove_scenario(name),
            StartOver(lang) => self.start_over(lang),
            LoadSaved(saved) => self.load_saved(*saved),
            OtherTabSaved(item) => self.other_tab_saved(item),
            KeepThisTab => self.keep_this_tab(),
            FocusOn(id) => self.focus_on(id),
            Notify(notice) => self.notice = Some(notice),
            DismissNotice => {
                // Its close button held focus and is gone: back to the form's first field.
                self.notice = None;
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
