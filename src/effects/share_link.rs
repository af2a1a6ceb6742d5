//! What the URL asks for beyond the page: a share link's draft (`#draft=1.…`)
//! and the recovery's self-check (`?panic-test`).

use crate::state::{Action, Notice};
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, AppWord};
use booster_ia::Draft;
use std::rc::Rc;
use yew::prelude::*;

/// Drops a share link's draft from the address bar: it now lives in the page.
fn forget_fragment(window: &web_sys::Window) {
    if let Ok(history) = window.history() {
        let path = window.location().pathname().unwrap_or_else(|_| "/".into());
        let search = window.location().search().unwrap_or_default();
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

/// Opens the share link in the URL, if any: asks first before it replaces a
/// non-empty draft (`current_is_empty`), in the page's language `lang`; a
/// damaged or unknown link changes nothing and says why.
fn open_link((current_is_empty, lang): (bool, Lang), dispatch: Callback<Action>) {
    let window = gloo::utils::window();
    let hash = window.location().hash().unwrap_or_default();
    if hash.starts_with(crate::share::PREFIX) {
        forget_fragment(&window);
    }
    // Inflating is asynchronous in the browser (src/share.rs).
    yew::platform::spawn_local(async move {
        let action = match crate::share::decode(&hash).await {
            Ok(None) => None,
            Ok(Some(shared)) => {
                let ask = say(AppWord::ReplaceWithLinkQuestion, lang);
                (current_is_empty || gloo::dialogs::confirm(ask)).then(|| {
                    Action::Replace(
                        Box::new(shared),
                        Some(Notice::success(|lang| {
                            say(AppWord::OpenedFromLink, lang).into()
                        })),
                    )
                })
            }
            Err(e) => Some(Action::Notify(Notice::error(move |lang| e.said(lang)))),
        };
        if let Some(action) = action {
            dispatch.emit(action);
        }
    });
}

/// A share link (`#draft=1.…`) opens its draft: at start, and when a link is
/// pasted into a tab already open here (only the fragment changes: no new
/// page load).
#[hook]
pub fn use_share_link(draft: Rc<Draft>, lang: Lang, dispatch: Callback<Action>) {
    // What the page holds now, read when a link comes.
    let now = use_mut_ref(|| (true, lang));
    *now.borrow_mut() = (*draft == Draft::default(), lang);
    use_effect_with((), move |_| {
        open_link(*now.borrow(), dispatch.clone());
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                open_link(*now.borrow(), dispatch.clone())
            });
        move || drop(listener)
    });
}

/// A self-check of the recovery path: `?panic-test` stops the app on purpose.
#[hook]
pub fn use_panic_test() {
    use_effect_with((), |_| {
        let search = gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default();
        if search.contains("panic-test") {
            panic!("panic requested by ?panic-test");
        }
    });
}
