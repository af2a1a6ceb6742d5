//! Keeping the draft and the scenarios in this browser: each change saved
//! once typing pauses, the set of scenarios saved when it changes, another
//! tab's saves noticed; nothing of it on a stand.

use crate::stand::StandMode;
use crate::state::{Action, Notice, SavedItem, State};
use crate::storage;
use booster_ia::text::page::{say, AppWord};
use booster_ia::{AssessError, Assessment, Draft};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the draft is saved, in milliseconds.
const SAVE_DELAY_MS: u32 = 300;

/// The assessment as the page derives it: shared, or why it cannot be made.
pub type Assessed = Rc<Result<Rc<Assessment>, AssessError>>;

/// A draft waiting to be saved, with its assessment.
type PendingSave = Rc<RefCell<Option<(Rc<Draft>, Rc<Assessment>)>>>;

/// Writes the pending draft, if any; says so if the browser refuses.
fn flush_save(pending: &PendingSave, dispatch: &Callback<Action>) {
    let Some((draft, assessment)) = pending.borrow_mut().take() else {
        return;
    };
    if storage::save_draft(&draft, &assessment).is_err() {
        dispatch.emit(Action::Notify(Notice::error(|lang| {
            say(AppWord::DraftNotSaved, lang).into()
        })));
    }
}

/// Saves each change once typing pauses (writing a large draft on every
/// keystroke would cost more than computing it), unless another tab's save
/// is pending a choice (`conflict`); flushes when the page is hidden or left.
#[hook]
pub fn use_draft_saving(
    stand: Option<StandMode>,
    draft: Rc<Draft>,
    assessment: Assessed,
    conflict: bool,
    dispatch: Callback<Action>,
) {
    let pending: PendingSave = use_mut_ref(|| None);
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let pending = pending.clone();
        let dispatch = dispatch.clone();
        use_effect_with((draft, !conflict), move |(d, free)| {
            if *free && stand.is_none() {
                if let Ok(a) = assessment.as_ref() {
                    *pending.borrow_mut() = Some((d.clone(), a.clone()));
                    let pending = pending.clone();
                    *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                        SAVE_DELAY_MS,
                        move || flush_save(&pending, &dispatch),
                    ));
                }
            }
        });
    }
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let on_hide = {
            let pending = pending.clone();
            let dispatch = dispatch.clone();
            gloo::events::EventListener::new(&window, "pagehide", move |_| {
                flush_save(&pending, &dispatch)
            })
        };
        let on_hidden = gloo::events::EventListener::new(
            &gloo::utils::document(),
            "visibilitychange",
            move |_| {
                if gloo::utils::document().hidden() {
                    flush_save(&pending, &dispatch);
                }
            },
        );
        move || drop((on_hide, on_hidden))
    });
}

/// Saves the set of scenarios and the draft when the set changes (copy,
/// switch, removal), so a scenario never lives only in the page; also when a
/// conflict with another tab ends with "keep this one". Not on the first
/// render: what was just read needs no saving.
#[hook]
pub fn use_scenarios_saving(
    stand: Option<StandMode>,
    state: Rc<State>,
    draft: Rc<Draft>,
    assessment: Assessed,
    dispatch: Callback<Action>,
) {
    let first_run = use_mut_ref(|| true);
    use_effect_with(
        (state.scenarios_version, state.conflict),
        move |(_, conflict)| {
            let first_render = first_run.replace(false);
            if stand.is_some() || *conflict || first_render {
                return;
            }
            let draft_saved = match assessment.as_ref() {
                Ok(a) => storage::save_draft(&draft, a),
                Err(_) => Ok(()),
            };
            if draft_saved.is_err()
                || storage::save_scenarios(state.scenario, &state.parked).is_err()
            {
                dispatch.emit(Action::Notify(Notice::error(|lang| {
                    say(AppWord::ScenariosNotSaved, lang).into()
                })));
            }
        },
    );
}

/// Another tab saving the draft or the scenarios: this tab stops saving and
/// asks which to keep. A stand keeps nothing, so another tab is no concern of it.
#[hook]
pub fn use_other_tabs(stand: Option<StandMode>, dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |event| {
                use wasm_bindgen::JsCast;
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if stand.is_some() {
                    return;
                }
                let key = event.key();
                if key.as_deref() == Some(storage::key(storage::DRAFT_KEY).as_str()) {
                    if let Some(text) = event.new_value() {
                        dispatch.emit(Action::OtherTabSaved(SavedItem::Draft(text)));
                    }
                } else if key.as_deref() == Some(storage::key(storage::SCENARIOS_KEY).as_str()) {
                    dispatch.emit(Action::OtherTabSaved(SavedItem::Scenarios(
                        event.new_value(),
                    )));
                }
            });
        move || drop(listener)
    });
}

/// The state the page opens with. On a stand nothing is kept between
/// visitors: no draft or language is read. Elsewhere, what this browser
/// saved. The language: the URL's (embedded, the host's), a choice saved
/// here, or the browser's (`crate::lang`).
pub fn initial_state(stand: Option<StandMode>) -> State {
    match stand {
        Some(_) => State::from_draft(Draft::default(), crate::lang::at_start(None)),
        None => crate::saved::saved_state(crate::lang::at_start(storage::load_lang())),
    }
}
