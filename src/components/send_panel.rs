//! Embedded on a host site that asked for it: « send my simulation to this
//! site ». Nothing goes to the host before the user presses it and then
//! confirms, having read what will be sent; then only to the host's declared
//! origin.

use booster_ia::money::Lang;
use booster_ia::{Assessment, CheckReport, Draft};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SendPanel`].
#[derive(Properties, PartialEq)]
pub struct SendPanelProps {
    /// The host page's origin, the only one the simulation may go to.
    pub origin: AttrValue,
    /// The draft.
    pub draft: Rc<Draft>,
    /// Its assessment.
    pub assessment: Rc<Assessment>,
    /// The page language.
    pub lang: Lang,
}

/// The message the host receives: the checker's report and the project's title.
fn message(draft: &Draft, assessment: &Assessment) -> Option<wasm_bindgen::JsValue> {
    let report = serde_json::to_string(&CheckReport::new(assessment, &[])).ok()?;
    let text = format!(
        "{{\"type\":\"booster-ia:assessment\",\"title\":{},\"assessment\":{report}}}",
        serde_json::to_string(&draft.project.title).ok()?
    );
    js_sys::JSON::parse(&text).ok()
}

/// The consent, what it sends, and the sending.
#[function_component(SendPanel)]
pub fn send_panel(props: &SendPanelProps) -> Html {
    let lang = props.lang;
    let asking = use_state(|| false);
    let sent = use_state(|| false);
    let ask = {
        let (asking, sent) = (asking.clone(), sent.clone());
        Callback::from(move |_| {
            asking.set(true);
            sent.set(false);
        })
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let send = {
        let (asking, sent) = (asking.clone(), sent.clone());
        let (draft, assessment) = (props.draft.clone(), props.assessment.clone());
        Callback::from(move |_| {
            if let Some(message) = message(&draft, &assessment) {
                crate::embed::post(&message);
                sent.set(true);
            }
            asking.set(false);
        })
    };
    let origin = props.origin.to_string();
    html! {
        <section class="card send" aria-labelledby="send-heading" data-testid="send-panel">
            <h2 id="send-heading">{ lang.pick("Transmettre au site", "Send to this site") }</h2>
            if *asking {
                <p>{ match lang {
                    Lang::Fr => format!("Le site {origin} recevra le titre du projet et le résultat de la simulation : le verdict, les dépenses totales et éligibles, l’aide, l’avance, chaque vérification et le plan de financement. Rien d’autre, et rien d’autre ne sera envoyé ensuite."),
                    Lang::En => format!("The site {origin} will receive the project's title and the simulation's result: the verdict, total and eligible costs, the grant, the advance, every check and the financing plan. Nothing else, and nothing more will be sent afterwards."),
                } }</p>
                <div class="inline">
                    <button type="button" class="button" data-testid="send-confirm" onclick={send}>{ lang.pick("Envoyer", "Send") }</button>
                    <button type="button" class="button-quiet" onclick={cancel}>{ lang.pick("Annuler", "Cancel") }</button>
                </div>
            } else {
                <button type="button" class="button-quiet" data-testid="send" onclick={ask}>
                    { lang.pick("Envoyer ma simulation à ce site", "Send my simulation to this site") }
                </button>
            }
            <p class="hint" role="status">{ if *sent {
                match lang { Lang::Fr => format!("Simulation envoyée à {origin}."), Lang::En => format!("Simulation sent to {origin}.") }
            } else { String::new() } }</p>
        </section>
    }
}
