//! The scenarios set aside while another is edited: naming, parking and
//! unparking, and the text they are saved as.

use super::State;
use booster_ia::compare::SCENARIO_NAMES;
use booster_ia::draft::*;
use booster_ia::locale::Lang;
use std::collections::BTreeMap;
use std::rc::Rc;

/// A scenario set aside while another is edited, with what was typed in it.
#[derive(Clone, Debug, PartialEq)]
pub struct ParkedScenario {
    /// Its name (`A`, `B`, `C`).
    pub name: &'static str,
    /// Its draft.
    pub draft: Rc<Draft>,
    pub(super) amount_texts: BTreeMap<String, String>,
    pub(super) siret_texts: BTreeMap<String, String>,
    pub(super) score_texts: BTreeMap<&'static str, String>,
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

impl State {
    /// Every scenario's name, in order.
    pub fn scenario_names(&self) -> Vec<&'static str> {
        // The others are in name order; the one edited is placed among them.
        let mut names: Vec<&'static str> = self.parked.iter().map(|p| p.name).collect();
        let at = names.partition_point(|n| *n < self.scenario);
        names.insert(at, self.scenario);
        names
    }

    /// The name a duplicate would get, if fewer than three scenarios exist.
    pub fn next_scenario_name(&self) -> Option<&'static str> {
        SCENARIO_NAMES
            .into_iter()
            .find(|n| *n != self.scenario && self.parked.iter().all(|p| p.name != *n))
    }

    /// Sets the scenario being edited aside, under its name.
    pub(super) fn park(&mut self) -> ParkedScenario {
        ParkedScenario {
            name: self.scenario,
            draft: Rc::new(std::mem::take(&mut self.draft)),
            amount_texts: std::mem::take(&mut self.amount_texts),
            siret_texts: std::mem::take(&mut self.siret_texts),
            score_texts: std::mem::take(&mut self.score_texts),
        }
    }

    /// Makes `parked` the scenario being edited.
    pub(super) fn unpark(&mut self, parked: ParkedScenario) {
        self.scenario = parked.name;
        self.draft = Rc::unwrap_or_clone(parked.draft);
        self.amount_texts = parked.amount_texts;
        self.siret_texts = parked.siret_texts;
        self.score_texts = parked.score_texts;
    }

    /// Puts `parked` among the others, in name order.
    pub(super) fn set_aside(&mut self, parked: ParkedScenario) {
        let at = self.parked.partition_point(|p| p.name < parked.name);
        self.parked.insert(at, parked);
        self.scenarios_version += 1;
    }
}

/// How the scenarios are saved: which one is being edited and the others'
/// drafts (the one being edited is the saved draft); `None` when there is only one.
pub fn scenarios_text(editing: &str, others: &[ParkedScenario]) -> Option<String> {
    if others.is_empty() {
        return None;
    }
    // Inserted one by one: collecting into a map sorts, and brings a sort's
    // code into the wasm for nothing (the map orders its keys anyway).
    let mut map = serde_json::Map::new();
    for p in others {
        map.insert(
            p.name.to_string(),
            serde_json::Value::String(booster_ia::format::draft_json(&p.draft)),
        );
    }
    let others = map;
    Some(serde_json::json!({ "editing": editing, "others": others }).to_string())
}

// The reducer's handlers for the set of scenarios. While another tab's save
// waits for a choice, the set of scenarios stays as it is.
impl State {
    /// Copies the scenario being edited as a new one (B, then C) and edits the copy.
    pub(super) fn duplicate_scenario(&mut self) {
        if self.conflict {
            return;
        }
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

    /// Edits scenario `name`, setting the one being edited aside.
    pub(super) fn switch_scenario(&mut self, name: &'static str) {
        if self.conflict {
            return;
        }
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

    /// Removes scenario `name` (the last one cannot be removed).
    pub(super) fn remove_scenario(&mut self, name: &'static str) {
        if self.conflict {
            return;
        }
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
}
