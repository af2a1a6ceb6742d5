//! Keeping the draft in the browser (localStorage) across reloads. The saved
//! form is the draft format itself, so what is saved can always be exported.

use booster_ia::format::{parse_draft, DraftError};
use booster_ia::money::Lang;
use booster_ia::{export_draft, Assessment, Draft};

/// The key of the saved draft.
pub const DRAFT_KEY: &str = "booster-ia/draft/v1";
/// The key of the chosen language.
pub const LANG_KEY: &str = "booster-ia/lang";
/// Where an unreadable saved draft is set aside, never deleted.
pub const SET_ASIDE_KEY: &str = "booster-ia/draft/unreadable";

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
    let Ok(Some(text)) = store.get_item(DRAFT_KEY) else {
        return Saved::Nothing;
    };
    match parse_draft(&text) {
        Ok(file) => Saved::Draft(Box::new(file.draft)),
        Err(e) => {
            // Keep the raw text aside so nothing is lost; the page starts empty.
            let _ = store.set_item(SET_ASIDE_KEY, &text);
            let _ = store.remove_item(DRAFT_KEY);
            Saved::Unreadable(e)
        }
    }
}

/// Saves the draft with its assessment; `Err` when storage refuses (full or disabled).
pub fn save_draft(draft: &Draft, assessment: &Assessment) -> Result<(), ()> {
    let store = storage().ok_or(())?;
    store
        .set_item(DRAFT_KEY, &export_draft(draft, assessment))
        .map_err(|_| ())
}

/// The saved language, if any.
pub fn load_lang() -> Option<Lang> {
    match storage()?.get_item(LANG_KEY).ok().flatten()?.as_str() {
        "en" => Some(Lang::En),
        "fr" => Some(Lang::Fr),
        _ => None,
    }
}

/// Saves the language.
pub fn save_lang(lang: Lang) {
    if let Some(store) = storage() {
        let _ = store.set_item(LANG_KEY, lang.code());
    }
}
