//! What the page shows if the app ever panics: a message, a link to download
//! the draft as last saved, and a way to reload. Built with plain DOM calls,
//! since the app itself is no longer running by then.

use crate::storage::DRAFT_KEY;

/// Installs the panic hook (through Yew, so its default hook does not replace it).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Booster IA simulator stopped: {info}").into());
        let _ = show();
    }));
}

fn show() -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let body = document.body()?;
    let saved = window
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(&crate::storage::key(DRAFT_KEY)).ok().flatten());
    let panel = document.create_element("div").ok()?;
    panel.set_id("recovery");
    panel.set_attribute("role", "alert").ok()?;
    panel.set_attribute("class", "recovery").ok()?;
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(
        "Le simulateur s’est arrêté sur une erreur. Votre brouillon enregistré est intact : téléchargez-le ou rechargez la page. \
         — The simulator stopped on an error. Your saved draft is intact: download it or reload the page.",
    ));
    panel.append_child(&text).ok()?;
    if let Some(saved) = saved {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&saved));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link = document.create_element("a").ok()?;
        link.set_attribute("href", &url).ok()?;
        link.set_attribute("download", "booster-ia-brouillon-recupere.json")
            .ok()?;
        link.set_attribute("class", "button").ok()?;
        link.set_attribute("data-testid", "recovery-download")
            .ok()?;
        link.set_text_content(Some("Télécharger mon brouillon — Download my draft"));
        panel.append_child(&link).ok()?;
    }
    let reload = document.create_element("a").ok()?;
    reload.set_attribute("href", "/").ok()?;
    reload.set_attribute("class", "button-quiet").ok()?;
    reload.set_text_content(Some("Recharger — Reload"));
    panel.append_child(&reload).ok()?;
    body.prepend_with_node_1(&panel).ok()?;
    Some(())
}
