//! The document around the page: its language and title, the element to
//! focus, the scroll for a stand's new visitor, the static first view, and
//! the fields the person has been in and left.

use crate::stand::StandMode;
use crate::storage;
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, AppWord};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use yew::prelude::*;

/// The document's language and title follow the page's; only a choice made
/// on the page is saved (the language it opened in, the browser's guess or
/// the URL's, is read again next time), and never on a stand.
#[hook]
pub fn use_document_language(stand: Option<StandMode>, lang: Lang) {
    let first_run = use_mut_ref(|| true);
    use_effect_with(lang, move |lang| {
        let chosen = !first_run.replace(false);
        if stand.is_none() && chosen {
            storage::save_lang(*lang);
        }
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(say(AppWord::DocumentTitle, *lang));
    });
}

/// Moves focus to the element the state names, after the render that made it.
#[hook]
pub fn use_focus(focus: Option<(String, u64)>) {
    use_effect_with(focus, |focus| {
        let Some((id, _)) = focus else {
            return;
        };
        if let Some(element) = gloo::utils::document().get_element_by_id(id) {
            use wasm_bindgen::JsCast;
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}

/// A stand's new visitor (`visit` counts them) starts at the top of the page.
#[hook]
pub fn use_top_for_each_visitor(visit: u64) {
    use_effect_with(visit, |visit| {
        if *visit > 0 {
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}

/// The static first view of index.html goes once the app runs.
#[hook]
pub fn use_shell_removed() {
    use_effect_with((), |_| {
        if let Some(shell) = gloo::utils::document().get_element_by_id("shell") {
            shell.remove();
        }
    });
}

/// The ids of the form's fields the person has been in and left since the
/// draft was last replaced (`loads`): an unanswered one is marked from then
/// on. The page renders again when a field is left for the first time.
#[hook]
pub fn use_fields_left(loads: u64) -> Rc<RefCell<(u64, HashSet<String>)>> {
    let left = use_mut_ref(|| (loads, HashSet::<String>::new()));
    let rerender = use_force_update();
    {
        let left = left.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "focusout",
                move |event| {
                    use wasm_bindgen::JsCast;
                    let id = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                        .filter(|e| e.closest("#main").ok().flatten().is_some())
                        .map(|e| e.id())
                        .filter(|id| !id.is_empty());
                    if let Some(id) = id {
                        if left.borrow_mut().1.insert(id) {
                            rerender.force_update();
                        }
                    }
                },
            );
            move || drop(listener)
        });
    }
    // Another draft loaded: nothing of it has been left yet.
    if left.borrow().0 != loads {
        *left.borrow_mut() = (loads, HashSet::new());
    }
    left
}
