//! What this browser has saved, read back into a page state: the draft being
//! edited and the other scenarios, with a notice for what could not be read.

use crate::state::{Notice, State};
use crate::storage::{self, Saved};
use booster_ia::locale::Lang;
use booster_ia::text::page::{tell, StorageSentence};
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
            let key = storage::key(storage::SCENARIOS_SET_ASIDE_KEY);
            state.notice = Some(Notice::error(move |lang| {
                let problem = e.message(lang);
                tell(
                    &StorageSentence::ScenariosSetAside {
                        problem: &problem,
                        key: &key,
                    },
                    lang,
                )
            }));
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
            let key = storage::key(storage::SET_ASIDE_KEY);
            s.notice = Some(Notice::error(move |lang| {
                let problem = e.message(lang);
                tell(
                    &StorageSentence::DraftSetAside {
                        problem: &problem,
                        key: &key,
                    },
                    lang,
                )
            }));
            s
        }
    }
}
