//! Embedded on a host site that asked for it: « send my simulation to this
//! site ». Nothing goes to the host before the user presses it and then
//! confirms, having read what will be sent; then only to the host's declared
//! origin. The message is built once ([`booster_ia::sent`]): the list is
//! walked from it, the disclosure shows its exact JSON, and that very text is
//! what is posted. A blank draft offers nothing to send.

use booster_ia::locale::Lang;
use booster_ia::sent::{self, Item};
use booster_ia::text::page::send_panel::SendPanelSentence;
use booster_ia::text::page::{say, tell, SendPanelWord};
use booster_ia::{text, Assessment, Draft};
use std::rc::Rc;
use web_sys::HtmlInputElement;
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

/// One entry of the list: the key's name, a list's length, the keys inside.
fn item(i: &Item, lang: Lang) -> Html {
    let name = match &i.key {
        Ok(key) => text::sent_key(*key, lang).to_string(),
        Err(raw) => raw.clone(),
    };
    let count = i.count.map(|n| format!(" ({n})")).unwrap_or_default();
    let parts: Vec<String> = i
        .parts
        .iter()
        .map(|p| match &p.key {
            Ok(key) => text::sent_key(*key, lang).to_string(),
            Err(raw) => raw.clone(),
        })
        .collect();
    let colon = say(SendPanelWord::Colon, lang);
    let inside = if parts.is_empty() {
        String::new()
    } else {
        format!("{colon}{}", parts.join(", "))
    };
    html! { <li>{ format!("{name}{count}{inside}") }</li> }
}

/// The consent, what it sends, and the sending.
#[function_component(SendPanel)]
pub fn send_panel(props: &SendPanelProps) -> Html {
    let lang = props.lang;
    let asking = use_state(|| false);
    let sent = use_state(|| false);
    let details = use_state(|| false);
    let intro = use_node_ref();
    let opener = use_node_ref();
    let opened = use_mut_ref(|| false);
    {
        // Keyboard: into the consent when it opens, back to the button after
        // (not on the first render: the page's focus is not ours to take).
        let (intro, opener, opened) = (intro.clone(), opener.clone(), opened.clone());
        use_effect_with(*asking, move |asking| {
            let target = if *asking {
                Some(intro)
            } else {
                opened.borrow().then_some(opener)
            };
            *opened.borrow_mut() |= *asking;
            if let Some(el) = target.and_then(|t| t.cast::<web_sys::HtmlElement>()) {
                let _ = el.focus();
            }
        });
    }
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
    let toggle = {
        let details = details.clone();
        Callback::from(move |e: Event| {
            details.set(e.target_unchecked_into::<HtmlInputElement>().checked());
        })
    };
    let origin = props.origin.to_string();
    if !sent::has_content(&props.draft) {
        return html! {
            <section class="card send" aria-labelledby="send-heading" data-testid="send-panel">
                <h2 id="send-heading">{ say(SendPanelWord::Heading, lang) }</h2>
                <p class="hint" data-testid="send-nothing">{ say(SendPanelWord::NothingToSend, lang) }</p>
            </section>
        };
    }
    // Built once: listed, shown and posted from this very text.
    let worded = |c: &booster_ia::Check| text::check_message(c, lang);
    let json = sent::message_json(&props.draft, &props.assessment, *details, worded);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let send = {
        let (asking, sent, json) = (asking.clone(), sent.clone(), json.clone());
        Callback::from(move |_| {
            if let Ok(message) = js_sys::JSON::parse(&json) {
                crate::embed::post(&message);
                sent.set(true);
            }
            asking.set(false);
        })
    };
    html! {
        <section class="card send" aria-labelledby="send-heading" data-testid="send-panel">
            <h2 id="send-heading">{ say(SendPanelWord::Heading, lang) }</h2>
            if *asking {
                <p id="send-intro" tabindex="-1" ref={intro}>{ tell(&SendPanelSentence::WillReceive { origin: &origin }, lang) }</p>
                <ul data-testid="consent-list">{ for sent::items(&value).iter().map(|i| item(i, lang)) }</ul>
                <label class="check">
                    <input type="checkbox" checked={*details} onchange={toggle} data-testid="send-details" />
                    { " " }{ say(SendPanelWord::AddDetails, lang) }
                </label>
                <details class="consent-data">
                    <summary>{ say(SendPanelWord::SeeExactData, lang) }</summary>
                    <pre data-testid="consent-preview" tabindex="0" role="region"
                        aria-label={say(SendPanelWord::DataSent, lang)}>{ json.clone() }</pre>
                </details>
                <div class="inline">
                    <button type="button" class="button" data-testid="send-confirm" onclick={send}>{ say(SendPanelWord::Send, lang) }</button>
                    <button type="button" class="button-quiet" onclick={cancel}>{ say(SendPanelWord::Cancel, lang) }</button>
                </div>
            } else {
                <button type="button" class="button-quiet" data-testid="send" onclick={ask} ref={opener}>
                    { say(SendPanelWord::SendMySimulation, lang) }
                </button>
            }
            <p class="hint" role="status">{ if *sent {
                tell(&SendPanelSentence::Sent { origin: &origin }, lang)
            } else { String::new() } }</p>
        </section>
    }
}
