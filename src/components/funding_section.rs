//! Other aid and funding: each partner's VAT status, the de minimis aids of
//! the lead's single undertaking (the application form asks for them), and
//! other public funding of the project (the financing plan).

use crate::components::amount_field::AmountField;
use crate::components::date_field::DateField;
use crate::state::Action;
use crate::ui::{on_change, on_click, on_input};
use booster_ia::draft::{Draft, FundingStatus};
use booster_ia::locale::Lang;
use booster_ia::text;
use booster_ia::text::page::{numbered, say, FundingWord};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`FundingSection`].
#[derive(Properties, PartialEq)]
pub struct FundingSectionProps {
    /// The draft.
    pub draft: Rc<Draft>,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// The dossier's other aid and funding.
#[function_component(FundingSection)]
pub fn funding_section(props: &FundingSectionProps) -> Html {
    let lang = props.lang;
    let dr = &props.draft;
    let d = &props.dispatch;
    let declared = {
        let d = d.clone();
        let listed = dr.de_minimis.aids.len();
        Callback::from(move |e: Event| {
            let ticked = crate::ui::checked_of(&e);
            let ask = say(FundingWord::ConfirmClearDeMinimis, lang);
            if ticked || listed == 0 || gloo::dialogs::confirm(ask) {
                d.emit(Action::SetDeMinimisDeclared(ticked));
            } else if let Some(input) = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            {
                // Kept as it was: the box stays ticked and the aids stay.
                input.set_checked(true);
            }
        })
    };
    html! {
        <section class="card" aria-labelledby="funding-heading">
            <h2 id="funding-heading" tabindex="-1">{ say(FundingWord::Heading, lang) }</h2>

            <h3>{ say(FundingWord::Vat, lang) }</h3>
            <p class="hint">{ say(FundingWord::VatHint, lang) }</p>
            <div class="grid">
                { for dr.partners.iter().enumerate().map(|(i, p)| {
                    let id = p.id.clone();
                    let change = on_change(d, move |v| Action::SetVatRecoverable(id.clone(), match v.as_str() {
                        "yes" => Some(true),
                        "no" => Some(false),
                        _ => None,
                    }));
                    let value = match p.vat_recoverable { Some(true) => "yes", Some(false) => "no", None => "" };
                    html! {
                        <div class="field">
                            <label for={format!("vat-{}", p.id)}>{ format!("{} — {}", say(FundingWord::RecoversVat, lang), text::partner_label(&p.name, i + 1, lang)) }</label>
                            <select id={format!("vat-{}", p.id)} onchange={change}>
                                <option value="" selected={value.is_empty()}>{ say(FundingWord::DontKnow, lang) }</option>
                                <option value="yes" selected={value == "yes"}>{ say(FundingWord::Yes, lang) }</option>
                                <option value="no" selected={value == "no"}>{ say(FundingWord::No, lang) }</option>
                            </select>
                        </div>
                    }
                }) }
            </div>

            <h3>{ say(FundingWord::DeMinimisHeading, lang) }</h3>
            <p class="hint">{ say(FundingWord::DeMinimisHint, lang) }</p>
            <label class="check">
                <input id="de-minimis-declared" type="checkbox" checked={dr.de_minimis.declared} onchange={declared} />
                { say(FundingWord::DeMinimisComplete, lang) }
            </label>
            if dr.de_minimis.declared {
                <ul class="rows" role="list">
                    { for dr.de_minimis.aids.iter().enumerate().map(|(i, a)| {
                        let date = { let d = d.clone(); Callback::from(move |v| d.emit(Action::SetAidDate(i, v))) };
                        let amount = { let d = d.clone(); Callback::from(move |v| d.emit(Action::SetAidAmount(i, v))) };
                        let n = i + 1;
                        html! {
                            <li class="row" key={i}>
                                <fieldset>
                                    <legend>{ numbered(FundingWord::DeMinimisAid, n, lang) }</legend>
                                    <div class="grid">
                                        <div class="field">
                                            <label for={format!("aid-{i}-funder")}>{ say(FundingWord::Funder, lang) }</label>
                                            <input id={format!("aid-{i}-funder")} type="text" maxlength="5000" value={a.funder.clone()} oninput={on_input(d, move |v| Action::SetAidFunder(i, v))} />
                                        </div>
                                        <DateField id={format!("aid-{i}-date")} label={say(FundingWord::GrantedOn, lang)} value={a.granted_on} lang={lang} on_change={date} />
                                        <AmountField id={format!("aid-{i}-amount")} label={say(FundingWord::Amount, lang)} value={a.amount} lang={lang} on_change={amount} />
                                    </div>
                                    <button type="button" class="button-quiet" onclick={on_click(d, Action::RemoveAid(i))}
                                        aria-label={numbered(FundingWord::RemoveDeMinimisAid, n, lang)}>{ say(FundingWord::Remove, lang) }</button>
                                </fieldset>
                            </li>
                        }
                    }) }
                </ul>
            }
            <button type="button" id="add-aid" class="button" onclick={on_click(d, Action::AddAid)}>{ say(FundingWord::AddDeMinimisAid, lang) }</button>

            <h3>{ say(FundingWord::OtherFundingHeading, lang) }</h3>
            <ul class="rows" role="list">
                { for dr.other_funding.iter().enumerate().map(|(i, f)| {
                    let amount = { let d = d.clone(); Callback::from(move |v| d.emit(Action::SetFundingAmount(i, v))) };
                    let status = on_change(d, move |v| Action::SetFundingStatus(i, FundingStatus::from_code(&v).unwrap_or(FundingStatus::Requested)));
                    let n = i + 1;
                    html! {
                        <li class="row" key={i}>
                            <fieldset>
                                <legend>{ numbered(FundingWord::Funding, n, lang) }</legend>
                                <div class="grid">
                                    <div class="field">
                                        <label for={format!("funding-{i}-funder")}>{ say(FundingWord::Funder, lang) }</label>
                                        <input id={format!("funding-{i}-funder")} type="text" maxlength="5000" value={f.funder.clone()} oninput={on_input(d, move |v| Action::SetFundingFunder(i, v))} />
                                    </div>
                                    <AmountField id={format!("funding-{i}-amount")} label={say(FundingWord::Amount, lang)} value={f.amount} lang={lang} on_change={amount} />
                                    <div class="field">
                                        <label for={format!("funding-{i}-status")}>{ say(FundingWord::Status, lang) }</label>
                                        <select id={format!("funding-{i}-status")} onchange={status}>
                                            { for FundingStatus::ALL.iter().map(|s| html! {
                                                <option value={s.code()} selected={f.status == *s}>{ text::funding_status(*s, lang) }</option>
                                            }) }
                                        </select>
                                    </div>
                                </div>
                                <button type="button" class="button-quiet" onclick={on_click(d, Action::RemoveFunding(i))}
                                    aria-label={numbered(FundingWord::RemoveFunding, n, lang)}>{ say(FundingWord::Remove, lang) }</button>
                            </fieldset>
                        </li>
                    }
                }) }
            </ul>
            <button type="button" id="add-funding" class="button" onclick={on_click(d, Action::AddFunding)}>{ say(FundingWord::AddFunding, lang) }</button>
        </section>
    }
}
