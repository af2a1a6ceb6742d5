//! The share panel: a link that carries the whole draft in its fragment, and
//! its QR code drawn as SVG, or a word on why a QR code cannot carry it.

use crate::share::{encode, MAX_QR_BYTES};
use booster_ia::money::Lang;
use booster_ia::Draft;
use qrcode::{Color, EcLevel, QrCode};
use std::rc::Rc;
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
    let link = format!("{base}{}", encode(&props.draft));
    let copied = use_state(|| false);
    let copy = {
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            // navigator.clipboard.writeText, looked up at run time (not in web-sys's stable API).
            let navigator = gloo::utils::window().navigator();
            if let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) {
                if let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) {
                    if let Ok(write) = wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(write) {
                        let _ = write.call1(&clipboard, &link.as_str().into());
                        copied.set(true);
                    }
                }
            }
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
            <h2 id="share-heading">{ lang.pick("Partager cette simulation", "Share this simulation") }</h2>
            <p class="hint">{ lang.pick(
                "Le lien contient tout le brouillon, dans la partie après « # » que le navigateur n’envoie à aucun serveur.",
                "The link holds the whole draft, in the part after “#”, which the browser sends to no server.") }</p>
            <label for="share-link">{ lang.pick("Lien", "Link") }</label>
            <input id="share-link" type="text" readonly=true value={link.clone()} data-testid="share-link" />
            <div class="inline">
                <button type="button" class="button" onclick={copy}>{ lang.pick("Copier le lien", "Copy the link") }</button>
                if *copied { <span role="status">{ lang.pick("Lien copié.", "Link copied.") }</span> }
                <button type="button" class="button-quiet" onclick={close}>{ lang.pick("Fermer", "Close") }</button>
            </div>
            { match qr {
                Some(code) => {
                    let (size, path) = qr_path(&code);
                    html! {
                        <svg class="qr" data-testid="qr" viewBox={format!("0 0 {size} {size}")}
                            width={(size * 3).to_string()} height={(size * 3).to_string()} role="img" shape-rendering="crispEdges"
                            aria-label={lang.pick("QR code du lien de partage", "QR code of the share link")}>
                            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
                            <path d={path} fill="#000" />
                        </svg>
                    }
                }
                None => html! {
                    <p data-testid="qr-too-long">{ lang.pick(
                        "Ce brouillon est trop grand pour un QR code : envoyez le lien, ou exportez le fichier JSON.",
                        "This draft is too large for a QR code: send the link, or export the JSON file.") }</p>
                },
            } }
        </section>
    }
}
