//! Embedded on a host page (`?embed`): the messages to and from the host.

use yew::prelude::*;

/// Tells the host the page's height whenever it changes (a section opening,
/// a row added), in the same frame, so it sizes the frame to the content;
/// and follows the part of the frame the host shows (`crate::embed`).
#[hook]
pub fn use_host_messages() {
    use_effect_with((), move |_| {
        if crate::embed::mode().is_none() {
            return;
        }
        crate::embed::follow_viewport();
        report_heights();
    });
}

/// Posts `booster-ia:height` to the host each time the body's size changes,
/// for the page's life.
fn report_heights() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let report = Closure::<dyn FnMut()>::new(|| {
        let height = gloo::utils::document()
            .document_element()
            .map(|e| e.scroll_height())
            .unwrap_or_default();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"booster-ia:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        crate::embed::post(&message);
    });
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()),
        gloo::utils::document().body(),
    ) {
        observer.observe(&body);
        // Kept for the page's life, as the observer is.
        report.forget();
        std::mem::forget(observer);
    }
}
