//! The first render in stages, one task each: the page's top first, then
//! the form's later sections, the results last. In one task the first
//! render blocked a phone's main thread for about half a second, most of it
//! the browser compiling, on first call, the code each part runs
//! (bench/NOTES.md, the startup trace); in stages no task blocks for long,
//! and the first screen paints sooner. The results (and their `verdict`)
//! come last, so whatever waits for them finds the whole page.

use yew::prelude::*;

/// The stage the first render has reached, from 0 to `last`.
#[hook]
pub fn use_stages(last: u8) -> u8 {
    let stage = use_state(|| 0u8);
    use_effect_with(*stage, {
        let stage = stage.clone();
        move |current| {
            let current = *current;
            let next = (current < last)
                .then(|| gloo::timers::callback::Timeout::new(0, move || stage.set(current + 1)));
            move || drop(next)
        }
    });
    *stage
}
