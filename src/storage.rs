//! Keeping the draft in the browser (localStorage) across reloads. The saved
//! form is the draft format itself, so what is saved can always be exported.

use crate::state::{scenarios_text, ParkedScenario};
use booster_ia::compare::SCENARIO_NAMES;
use booster_ia::format::{parse_draft, DraftError};
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, tell, StorageSentence, StorageWord};
use booster_ia::{export_draft, Assessment, Draft};
use serde_json::Value;

/// The key of the saved draft.
pub const DRAFT_KEY: &str = "booster-ia/draft/v1";
/// The key of the chosen language.
pub const LANG_KEY: &str = "booster-ia/lang";
/// Where an unreadable saved draft is set aside, never deleted.
pub const SET_ASIDE_KEY: &str = "booster-ia/draft/unreadable";
/// The key of the other scenarios: `{"editing": "B", "others": {"A": "<draft file>"}}`.
pub const SCENARIOS_KEY: &str = "booster-ia/scenarios/v1";
/// Where unreadable saved scenarios are set aside.
pub const SCENARIOS_SET_ASIDE_KEY: &str = "booster-ia/scenarios/unreadable";

/// A key in this page's own space: embedded on another site, the simulator
/// keeps its drafts apart from the full page's (`booster-ia-embed/…`).
pub fn key(name: &'static str) -> String {
    if crate::embed::mode().is_some() {
        name.replacen("booster-ia/", "booster-ia-embed/", 1)
    } else {
        name.to_string()
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What was found in storage at start-up.
pub enum Saved {
    /// Nothing saved (or storage unavailable).
    Nothing,
    /// A draft, read back.
    Draft(Box<Draft>),
    /// Something that does not read as a draft: set aside under [`SET_ASIDE_KEY`].
    Unreadable(DraftError),
}

/// Reads the saved draft.
pub fn load_draft() -> Saved {
    let Some(store) = storage() else {
        return Saved::Nothing;
    };
    let Ok(Some(text)) = store.get_item(&key(DRAFT_KEY)) else {
        return Saved::Nothing;
    };
    match parse_draft(&text) {
        Ok(file) => Saved::Draft(Box::new(file.draft)),
        Err(e) => {
            // Keep the raw text aside so nothing is lost; the page starts empty.
            let _ = store.set_item(&key(SET_ASIDE_KEY), &text);
            let _ = store.remove_item(&key(DRAFT_KEY));
            Saved::Unreadable(e)
        }
    }
}

/// Saves the draft with its assessment; `Err` when storage refuses (full or disabled).
pub fn save_draft(draft: &Draft, assessment: &Assessment) -> Result<(), ()> {
    let store = storage().ok_or(())?;
    store
        .set_item(&key(DRAFT_KEY), &export_draft(draft, assessment))
        .map_err(|_| ())
}

/// The saved language, if any: one the page offers (never the test-only
/// pseudo-language).
pub fn load_lang() -> Option<Lang> {
    let code = storage()?.get_item(&key(LANG_KEY)).ok().flatten()?;
    Lang::from_code(&code).filter(|lang| Lang::OFFERED.contains(lang))
}

/// Saves the language chosen, when the page offers it: the pseudo-language
/// (`?lang=x-pseudo`, for tests) is never saved.
pub fn save_lang(lang: Lang) {
    if !Lang::OFFERED.contains(&lang) {
        return;
    }
    if let Some(store) = storage() {
        let _ = store.set_item(&key(LANG_KEY), lang.code());
    }
}

/// Saves the scenarios ([`crate::state::scenarios_text`]); removes the key when there is only one.
pub fn save_scenarios(editing: &str, others: &[ParkedScenario]) -> Result<(), ()> {
    let store = storage().ok_or(())?;
    match scenarios_text(editing, others) {
        None => store.remove_item(&key(SCENARIOS_KEY)).map_err(|_| ()),
        Some(text) => store.set_item(&key(SCENARIOS_KEY), &text).map_err(|_| ()),
    }
}

/// Why the saved scenarios could not be read back.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenariosError {
    /// The text is not JSON.
    NotJson,
    /// `editing` is not A, B or C.
    Editing,
    /// `others` is not an object.
    Others,
    /// A key of `others` is not a scenario name (or is the one being edited).
    NotScenarioName(String),
    /// A value of `others` is not a text.
    NotDraft(String),
    /// A scenario's draft is invalid.
    InvalidDraft(String, DraftError),
}

impl ScenariosError {
    /// What went wrong, in `lang`, with the path of what is wrong.
    pub fn message(&self, lang: Lang) -> String {
        let written = |said: StorageSentence| tell(&said, lang);
        match self {
            ScenariosError::NotJson => say(StorageWord::NotJson, lang).into(),
            ScenariosError::Editing => say(StorageWord::EditingNotAName, lang).into(),
            ScenariosError::Others => say(StorageWord::OthersNotAnObject, lang).into(),
            ScenariosError::NotScenarioName(name) => {
                written(StorageSentence::NotScenarioName { name })
            }
            ScenariosError::NotDraft(name) => written(StorageSentence::NotDraft { name }),
            ScenariosError::InvalidDraft(name, e) => written(StorageSentence::InvalidDraft {
                name,
                problem: &e.message(lang),
            }),
        }
    }
}

/// Reads the saved scenarios: the name of the one being edited and the others.
/// `Err` says what could not be read; the text is then set aside.
pub fn load_scenarios(
    lang: Lang,
) -> Result<Option<(&'static str, Vec<ParkedScenario>)>, ScenariosError> {
    let Some(store) = storage() else {
        return Ok(None);
    };
    let Ok(Some(text)) = store.get_item(&key(SCENARIOS_KEY)) else {
        return Ok(None);
    };
    let name_of = |n: &str| SCENARIO_NAMES.into_iter().find(|k| *k == n);
    let read = || -> Result<(&'static str, Vec<ParkedScenario>), ScenariosError> {
        let value: Value = serde_json::from_str(&text).map_err(|_| ScenariosError::NotJson)?;
        let editing = value
            .get("editing")
            .and_then(Value::as_str)
            .and_then(name_of)
            .ok_or(ScenariosError::Editing)?;
        let others = value
            .get("others")
            .and_then(Value::as_object)
            .ok_or(ScenariosError::Others)?;
        let mut parked = Vec::new();
        for (name, draft) in others {
            let known = name_of(name)
                .filter(|n| *n != editing)
                .ok_or_else(|| ScenariosError::NotScenarioName(name.clone()))?;
            let text = draft
                .as_str()
                .ok_or_else(|| ScenariosError::NotDraft(name.clone()))?;
            let file =
                parse_draft(text).map_err(|e| ScenariosError::InvalidDraft(name.clone(), e))?;
            // In name order: each placed where it goes, not sorted after.
            let at = parked.partition_point(|p: &ParkedScenario| p.name < known);
            parked.insert(at, ParkedScenario::from_draft(known, file.draft, lang));
        }
        Ok((editing, parked))
    };
    match read() {
        Ok(found) => Ok(Some(found)),
        Err(e) => {
            let _ = store.set_item(&key(SCENARIOS_SET_ASIDE_KEY), &text);
            let _ = store.remove_item(&key(SCENARIOS_KEY));
            Err(e)
        }
    }
}
