//! What this browser has saved, read back into a page state: the draft being
//! edited and the other scenarios, with a notice for what could not be read.

use crate::state::{Notice, State};
use crate::storage::{self, Saved};
use booster_ia::locale::Lang;
use booster_ia::Draft;

/// Everything saved in this browser: the draft being edited and the other scenarios.
pub fn saved_state(lang: Lang) -> State {
    let mut state = saved_draft(lang);
    match storage::load_scenarios(lang) {
        Ok(Some((editing, others))) => {
            state.scenario = editing;
            state.parked = others;
        }
        Ok(None) => {}
        Err(e) => {
            state.notice = Some(Notice {
                is_error: true,
                fr: format!("Les autres scénarios enregistrés n’ont pas pu être relus ({}). Leur texte a été mis de côté sous la clé « {} ».", e.message(Lang::Fr), storage::key(storage::SCENARIOS_SET_ASIDE_KEY)),
                en: format!("The other saved scenarios could not be read back ({}). Their text was set aside under the key “{}”.", e.message(Lang::En), storage::key(storage::SCENARIOS_SET_ASIDE_KEY)),
            });
        }
    }
    state
}

fn saved_draft(lang: Lang) -> State {
    match storage::load_draft() {
        Saved::Nothing => State::from_draft(Draft::default(), lang),
        Saved::Draft(draft) => State::from_draft(*draft, lang),
        Saved::Unreadable(e) => {
            let mut s = State::from_draft(Draft::default(), lang);
            s.notice = Some(Notice {
                is_error: true,
                fr: format!("Le brouillon enregistré dans ce navigateur n’a pas pu être relu ({}). Son texte a été mis de côté sous la clé « {} » ; la page repart d’un brouillon vide.", e.message(Lang::Fr), storage::key(storage::SET_ASIDE_KEY)),
                en: format!("The draft saved in this browser could not be read back ({}). Its text was set aside under the key “{}”; the page starts from an empty draft.", e.message(Lang::En), storage::key(storage::SET_ASIDE_KEY)),
            });
            s
        }
    }
}
