//! The share panel: a link that carries the whole draft in its fragment, and
//! its QR code drawn as SVG, or a word on why a QR code cannot carry it.

use crate::share::{encode, MAX_QR_BYTES};
use booster_ia::locale::Lang;
use booster_ia::text::page::share_panel::SharePanelSentence;
use booster_ia::text::page::{say, tell, SharePanelWord};
use booster_ia::Draft;
use qrcode::{Color, EcLevel, QrCode};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Props of [`SharePanel`].
#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The draft to share.
    pub draft: Rc<Draft>,
    /// The page language.
    pub lang: Lang,
    /// Closes the panel.
    pub on_close: Callback<()>,
    /// Exports the draft as a JSON file (offered when no QR code can carry it).
    pub on_export: Callback<MouseEvent>,
}

/// An SVG path drawing the dark modules of a QR code, one unit per module, with a 4-module margin.
fn qr_path(code: &QrCode) -> (usize, String) {
    let width = code.width();
    let mut d = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (i % width + 4, i / width + 4);
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    (width + 8, d)
}

/// `navigator.clipboard.writeText(text)`, looked up at run time (not in
/// web-sys's stable API); `None` where the browser has no clipboard API.
fn write_to_clipboard(text: &str) -> Option<js_sys::Promise> {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()?
        .dyn_into()
        .ok()?;
    write.call1(&clipboard, &text.into()).ok()?.dyn_into().ok()
}

/// The link, a button to copy it, and its QR code.
#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let lang = props.lang;
    let location = gloo::utils::window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_else(|_| "/".into())
    );
    // None until the button is pressed; then whether the browser copied the link.
    let copied = use_state(|| None::<bool>);
    // Deflating is asynchronous in the browser: the link (None until ready,
    // then None inside where the browser cannot deflate) follows the draft.
    let fragment = use_state(|| None::<Option<String>>);
    // Only the latest draft's link is shown, whatever order deflating ends in.
    let latest = use_mut_ref(|| 0u32);
    {
        let fragment = fragment.clone();
        use_effect_with(props.draft.clone(), move |draft| {
            let draft = draft.clone();
            let mine = {
                let mut latest = latest.borrow_mut();
                *latest += 1;
                *latest
            };
            yew::platform::spawn_local(async move {
                let encoded = encode(&draft).await;
                if *latest.borrow() == mine {
                    fragment.set(Some(encoded));
                }
            });
        });
    }
    let link = match &*fragment {
        Some(Some(f)) => format!("{base}{f}"),
        Some(None) => {
            return html! {
                <section class="card share" aria-labelledby="share-heading" data-testid="share-panel">
                    <h2 id="share-heading">{ say(SharePanelWord::Heading, lang) }</h2>
                    <p role="alert">{ say(SharePanelWord::CannotCompress, lang) }</p>
                    <button type="button" class="button-quiet" data-testid="share-export" onclick={props.on_export.clone()}>
                        { say(SharePanelWord::ExportJson, lang) }
                    </button>
                </section>
            }
        }
        None => {
            return html! {
                <section class="card share" aria-labelledby="share-heading" data-testid="share-panel">
                    <h2 id="share-heading">{ say(SharePanelWord::Heading, lang) }</h2>
                    <p role="status">{ say(SharePanelWord::Preparing, lang) }</p>
                </section>
            }
        }
    };
    let copy = {
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            let outcome = copied.clone();
            let refused = copied.clone();
            let on_copied = Closure::once(move |_: JsValue| outcome.set(Some(true)));
            let on_refused = Closure::once(move |_: JsValue| refused.set(Some(false)));
            match write_to_clipboard(&link) {
                // Said only once the browser confirms: a refused permission is not a copy.
                Some(promise) => {
                    let _ = promise.then2(&on_copied, &on_refused);
                }
                None => copied.set(Some(false)),
            }
            // The closures live until the promise settles; they are small and made once per press.
            on_copied.forget();
            on_refused.forget();
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let qr = (link.len() <= MAX_QR_BYTES)
        .then(|| QrCode::with_error_correction_level(link.as_bytes(), EcLevel::L).ok())
        .flatten();
    html! {
        <section class="card share" aria-labelledby="share-heading" data-testid="share-panel">
            <h2 id="share-heading">{ say(SharePanelWord::Heading, lang) }</h2>
            <p class="hint">{ say(SharePanelWord::Intro, lang) }</p>
            <label for="share-link">{ say(SharePanelWord::Link, lang) }</label>
            <input id="share-link" type="text" readonly=true value={link.clone()} data-testid="share-link" />
            <div class="inline">
                <button type="button" class="button" onclick={copy}>{ say(SharePanelWord::CopyLink, lang) }</button>
                <span role="status" data-testid="copy-status">{ match *copied {
                    Some(true) => say(SharePanelWord::LinkCopied, lang),
                    Some(false) => say(SharePanelWord::CopyRefused, lang),
                    None => "",
                } }</span>
                <button type="button" class="button-quiet" onclick={close}>{ say(SharePanelWord::Close, lang) }</button>
            </div>
            { match qr {
                Some(code) => {
                    let (size, path) = qr_path(&code);
                    html! {
                        <svg class="qr" data-testid="qr" viewBox={format!("0 0 {size} {size}")}
                            width={(size * 3).to_string()} height={(size * 3).to_string()} role="img" shape-rendering="crispEdges"
                            aria-label={say(SharePanelWord::QrCodeLabel, lang)}>
                            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
                            <path d={path} fill="#000" />
                        </svg>
                    }
                }
                None => html! {
                    <div data-testid="qr-too-long">
                        <p>{ tell(&SharePanelSentence::TooLargeForQr { bytes: link.len(), max: MAX_QR_BYTES }, lang) }</p>
                        <button type="button" class="button-quiet" data-testid="share-export" onclick={props.on_export.clone()}>
                            { say(SharePanelWord::ExportJson, lang) }
                        </button>
                    </div>
                },
            } }
        </section>
    }
}
