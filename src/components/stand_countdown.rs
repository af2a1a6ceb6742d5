//! Stand mode's idle countdown: visible before the reset, cancelled by any
//! touch, key or input.

use crate::stand::warn_seconds;
use crate::state::Action;
use booster_ia::locale::Lang;
use booster_ia::text::page::{tell, StandCountdownSentence};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`StandCountdown`].
#[derive(Properties, PartialEq)]
pub struct StandCountdownProps {
    /// Seconds without activity before the reset.
    pub idle_seconds: u32,
    /// Whether there is anything to reset (a non-empty draft).
    pub active: bool,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// Counts down while nobody touches the page, then resets it to an empty draft.
#[function_component(StandCountdown)]
pub fn stand_countdown(props: &StandCountdownProps) -> Html {
    let idle = props.idle_seconds;
    let remaining = use_mut_ref(|| Rc::new(Cell::new(idle)));
    let remaining = (*remaining.borrow()).clone();
    let update = use_force_update();
    let active = use_mut_ref(|| Rc::new(Cell::new(props.active)));
    let active = (*active.borrow()).clone();
    active.set(props.active);
    {
        let remaining = remaining.clone();
        let active = active.clone();
        let dispatch = props.dispatch.clone();
        let update = update.clone();
        use_effect_with(idle, move |idle| {
            let idle = *idle;
            let document = gloo::utils::document();
            let listeners: Vec<gloo::events::EventListener> =
                ["pointerdown", "keydown", "input", "touchstart", "wheel"]
                    .into_iter()
                    .map(|event| {
                        let remaining = remaining.clone();
                        let update = update.clone();
                        gloo::events::EventListener::new(&document, event, move |_| {
                            if remaining.get() != idle {
                                remaining.set(idle);
                                update.force_update();
                            }
                        })
                    })
                    .collect();
            let tick = gloo::timers::callback::Interval::new(1_000, move || {
                if !active.get() {
                    remaining.set(idle);
                    return;
                }
                let left = remaining.get().saturating_sub(1);
                if left == 0 {
                    remaining.set(idle);
                    dispatch.emit(Action::StartOver(crate::lang::at_start(None)));
                } else {
                    remaining.set(left);
                }
                update.force_update();
            });
            move || drop((listeners, tick))
        });
    }
    let left = remaining.get();
    if !props.active || left > warn_seconds(idle) {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <div class="stand-countdown" role="status" data-testid="stand-countdown">
            { tell(&StandCountdownSentence::ClearedIn { seconds: left }, lang) }
        </div>
    }
}
