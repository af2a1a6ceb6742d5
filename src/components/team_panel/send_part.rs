//! Sending a part: a partner of the draft exported as a part file for the
//! lead, or a fresh draft for a partner preparing its own part.

use super::transfer::{download, today, word_notice};
use crate::state::Action;
use booster_ia::consortium::part::part_json;
use booster_ia::draft::{Partner, PartnerKind, Role};
use booster_ia::locale::Lang;
use booster_ia::rules::PartnerRef;
use booster_ia::text::page::{say, TeamPanelWord};
use booster_ia::{text, Draft};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`SendPart`].
#[derive(Properties, PartialEq)]
pub struct SendPartProps {
    /// The draft.
    pub draft: Rc<Draft>,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// A draft with only one partner, not the lead, for a partner preparing its part.
fn partner_draft() -> Draft {
    let mut draft = Draft::default();
    draft.partners.push(Partner {
        id: "p1".into(),
        name: String::new(),
        kind: PartnerKind::Company,
        siret: None,
        postcode: String::new(),
        country: Default::default(),
        vat_recoverable: None,
        role: Role::Partner,
        new_to_datalab: false,
    });
    draft
}

/// The partner to export, its part's button, and « I am a partner ».
#[function_component(SendPart)]
pub fn send_part(props: &SendPartProps) -> Html {
    let lang = props.lang;
    let draft = props.draft.clone();
    let part_partner = use_state(|| None::<String>);
    let chosen = (*part_partner)
        .clone()
        .filter(|id| draft.partners.iter().any(|p| &p.id == id))
        .or_else(|| draft.partners.first().map(|p| p.id.clone()));
    let export_part = {
        let draft = draft.clone();
        let chosen = chosen.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| {
            let (Some(id), Some(date)) = (chosen.clone(), today()) else {
                return;
            };
            let Some((position, partner)) =
                draft.partners.iter().enumerate().find(|(_, p)| p.id == id)
            else {
                return;
            };
            if let Some(json) = part_json(&draft, &id, date) {
                let name = text::partner_label(&partner.name, position + 1, lang);
                let file = crate::files::named_file(
                    say(TeamPanelWord::PartFileName, lang),
                    &name,
                    &crate::files::today(),
                    "json",
                );
                download(&dispatch, &file, &json, "application/json");
            }
        })
    };
    let start_part = {
        let dispatch = props.dispatch.clone();
        let empty = *draft == Draft::default();
        Callback::from(move |_| {
            let question = say(TeamPanelWord::ConfirmStartPart, lang);
            if empty || gloo::dialogs::confirm(question) {
                let notice = word_notice(TeamPanelWord::PartStarted);
                dispatch.emit(Action::Replace(Box::new(partner_draft()), Some(notice)));
            }
        })
    };
    let choose = {
        let part_partner = part_partner.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                part_partner.set(Some(select.value()));
            }
        })
    };
    html! {
        <>
            <h3>{ say(TeamPanelWord::SendPartHeading, lang) }</h3>
            if draft.partners.is_empty() {
                <p class="hint">{ say(TeamPanelWord::AddPartnerFirst, lang) }</p>
            } else {
                <div class="inline">
                    <label for="part-partner">{ say(TeamPanelWord::Partner, lang) }</label>
                    <select id="part-partner" data-testid="part-partner" onchange={choose}>
                        { for draft.partners.iter().enumerate().map(|(i, p)| html! {
                            <option value={p.id.clone()} selected={chosen.as_deref() == Some(p.id.as_str())}>
                                { text::partner_name(&PartnerRef { id: p.id.clone(), position: i + 1, name: p.name.trim().to_string() }, lang) }
                            </option>
                        }) }
                    </select>
                    <button type="button" class="button" data-testid="export-part" onclick={export_part}>
                        { say(TeamPanelWord::ExportPart, lang) }
                    </button>
                </div>
            }
            <p><button type="button" class="button-quiet" data-testid="start-part" onclick={start_part}>
                { say(TeamPanelWord::StartPart, lang) }
            </button></p>
        </>
    }
}
