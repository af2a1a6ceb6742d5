//! What the page shows if the app ever panics: a message, a link to download
//! the draft as last saved, and a way to reload. Built with plain DOM calls,
//! since the app itself is no longer running by then.

use crate::storage::DRAFT_KEY;
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, RecoveryWord};

/// Installs the panic hook (through Yew, so its default hook does not replace it).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Booster IA simulator stopped: {info}").into());
        let _ = show();
    }));
}

/// The languages the message is written in: the page's (its `<html lang>`),
/// or, when it cannot be told, each language offered.
fn languages(document: &web_sys::Document) -> Vec<Lang> {
    document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .map_or_else(|| Lang::OFFERED.to_vec(), |lang| vec![lang])
}

/// `word` in each of `langs`, one after the other.
fn in_each(word: RecoveryWord, langs: &[Lang]) -> String {
    langs
        .iter()
        .map(|lang| say(word, *lang))
        .collect::<Vec<_>>()
        .join(" — ")
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
    let langs = languages(&document);
    let panel = document.create_element("div").ok()?;
    panel.set_id("recovery");
    panel.set_attribute("role", "alert").ok()?;
    panel.set_attribute("class", "recovery").ok()?;
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(&in_each(RecoveryWord::Stopped, &langs)));
    panel.append_child(&text).ok()?;
    if let Some(saved) = saved {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&saved));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link = document.create_element("a").ok()?;
        link.set_attribute("href", &url).ok()?;
        link.set_attribute("download", say(RecoveryWord::DraftFileName, langs[0]))
            .ok()?;
        link.set_attribute("class", "button").ok()?;
        link.set_attribute("data-testid", "recovery-download")
            .ok()?;
        link.set_text_content(Some(&in_each(RecoveryWord::DownloadDraft, &langs)));
        panel.append_child(&link).ok()?;
    }
    let reload = document.create_element("a").ok()?;
    reload.set_attribute("href", "/").ok()?;
    reload.set_attribute("class", "button-quiet").ok()?;
    reload.set_text_content(Some(&in_each(RecoveryWord::Reload, &langs)));
    panel.append_child(&reload).ok()?;
    body.prepend_with_node_1(&panel).ok()?;
    Some(())
}
