//! Printing: the printable summary is built only while printing (kept in
//! the page, a 2 000-line budget table would be re-rendered on every
//! keystroke).

use yew::prelude::*;

/// Whether the printable summary is to be rendered, and the callback that
/// prints it: the summary is rendered from the draft as it is, then the
/// browser prints, so the printout is never a keystroke behind. Printing
/// from the browser's own menu renders it too (`beforeprint`).
#[hook]
pub fn use_printing() -> (bool, Callback<()>) {
    let printing = use_state(|| false);
    let requested = use_state(|| false);
    use_effect_with(*requested, {
        let requested = requested.clone();
        move |asked| {
            if *asked {
                requested.set(false);
                let _ = gloo::utils::window().print();
            }
        }
    });
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let before = {
                let printing = printing.clone();
                gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                    printing.set(true)
                })
            };
            let after = gloo::events::EventListener::new(&window, "afterprint", move |_| {
                printing.set(false)
            });
            move || drop((before, after))
        });
    }
    let print = {
        let requested = requested.clone();
        Callback::from(move |_| requested.set(true))
    };
    (*printing || *requested, print)
}
