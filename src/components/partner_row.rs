//! One partner: name, kind, postcode with its department, country, SIRET, role.

use crate::state::{Action, PartnerField};
use crate::ui::{described_by, invalid, on_change, on_click, on_input, on_toggle, reason};
use booster_ia::draft::{Country, Partner, PartnerKind, Role};
use booster_ia::locale::Lang;
use booster_ia::rules::Location;
use booster_ia::text;
use booster_ia::text::page::{naming, numbered, say, PartnerRowWord};
use yew::prelude::*;

/// Props of [`PartnerRow`].
#[derive(Properties, PartialEq)]
pub struct PartnerRowProps {
    /// Position in the list, from 0.
    pub index: usize,
    /// The partner.
    pub partner: Partner,
    /// The SIRET as typed.
    pub siret_text: String,
    /// Whether that SIRET is invalid.
    pub siret_invalid: bool,
    /// Where the engine places its postcode.
    pub location: Location,
    /// Why a check marks its kind, if one does.
    #[prop_or_default]
    pub kind_mark: Option<AttrValue>,
    /// Why a check marks its postcode, if one does.
    #[prop_or_default]
    pub postcode_mark: Option<AttrValue>,
    /// Why a check marks its country, if one does.
    #[prop_or_default]
    pub country_mark: Option<AttrValue>,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// The partner's fields.
#[function_component(PartnerRow)]
pub fn partner_row(props: &PartnerRowProps) -> Html {
    let lang = props.lang;
    let p = &props.partner;
    let d = &props.dispatch;
    let id = p.id.clone();
    let field = |f: fn(String) -> PartnerField| {
        let id = id.clone();
        on_input(d, move |v| Action::UpdatePartner(id.clone(), f(v)))
    };
    let kind = {
        let id = id.clone();
        on_change(d, move |v| {
            Action::UpdatePartner(
                id.clone(),
                PartnerField::Kind(PartnerKind::from_code(&v).unwrap_or(PartnerKind::Other)),
            )
        })
    };
    let lead = {
        let id = id.clone();
        on_toggle(d, move |_| {
            Action::UpdatePartner(id.clone(), PartnerField::Lead)
        })
    };
    let new_to_datalab = {
        let id = id.clone();
        on_toggle(d, move |v| {
            Action::UpdatePartner(id.clone(), PartnerField::NewToDatalab(v))
        })
    };
    let country = {
        let id = id.clone();
        on_change(d, move |v| {
            Action::UpdatePartner(
                id.clone(),
                PartnerField::Country(Country::parse(&v).unwrap_or_default()),
            )
        })
    };
    let remove = on_click(d, Action::RemovePartner(id.clone()));
    let place = match text::location(&props.location, lang) {
        None => html! {},
        Some(words) => {
            // A postcode still being typed is not wrong yet: it says what is expected.
            let badge = match props.location {
                Location::Normandy(_) => "badge-pass",
                Location::Incomplete => "badge-missing",
                _ => "badge-fail",
            };
            html! { <span class={classes!("badge", badge)}>{ words }</span> }
        }
    };
    // The form offers its list; a draft may name another country, kept as it is.
    let offered = text::COUNTRIES.iter().filter_map(|c| Country::parse(c));
    let countries: Vec<Country> = if offered.clone().any(|c| c == p.country) {
        offered.collect()
    } else {
        offered.chain(std::iter::once(p.country)).collect()
    };
    let n = props.index + 1;
    let prefix = format!("partner-{id}");
    let name_label = text::partner_label(&p.name, n, lang);
    html! {
        <li class="row" data-testid="partner-row">
            <fieldset>
                <legend>{ numbered(PartnerRowWord::Partner, n, lang) }</legend>
                <div class="grid">
                    <div class="field">
                        <label for={format!("{prefix}-name")}>{ say(PartnerRowWord::Name, lang) }</label>
                        <input id={format!("{prefix}-name")} type="text" maxlength="5000" value={p.name.clone()} oninput={field(PartnerField::Name)} />
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-kind")}>{ say(PartnerRowWord::KindOfStructure, lang) }</label>
                        <select id={format!("{prefix}-kind")} onchange={kind} aria-invalid={invalid(&props.kind_mark)}
                            aria-describedby={described_by(&[], &format!("{prefix}-kind"), &props.kind_mark)}>
                            { for PartnerKind::ALL.iter().map(|k| html! {
                                <option value={k.code()} selected={p.kind == *k}>{ text::partner_kind(*k, lang) }</option>
                            }) }
                        </select>
                        { reason(&format!("{prefix}-kind"), &props.kind_mark) }
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-postcode")}>{ say(PartnerRowWord::EstablishmentPostcode, lang) }</label>
                        <input id={format!("{prefix}-postcode")} type="text" autocomplete="postal-code" maxlength="20"
                            aria-invalid={invalid(&props.postcode_mark)}
                            aria-describedby={described_by(&[&format!("{prefix}-place")], &format!("{prefix}-postcode"), &props.postcode_mark)}
                            value={p.postcode.clone()} oninput={field(PartnerField::Postcode)} />
                        <p class="hint" id={format!("{prefix}-place")} aria-live="polite">{ place }</p>
                        { reason(&format!("{prefix}-postcode"), &props.postcode_mark) }
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-country")}>{ say(PartnerRowWord::EstablishmentCountry, lang) }</label>
                        <select id={format!("{prefix}-country")} onchange={country} aria-invalid={invalid(&props.country_mark)}
                            aria-describedby={described_by(&[], &format!("{prefix}-country"), &props.country_mark)}>
                            { for countries.into_iter().map(|c| html! {
                                <option value={c.code().to_string()} selected={p.country == c}>{ text::country(c, lang) }</option>
                            }) }
                        </select>
                        { reason(&format!("{prefix}-country"), &props.country_mark) }
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-siret")}>{ say(PartnerRowWord::SiretOptional, lang) }</label>
                        <input id={format!("{prefix}-siret")} type="text" inputmode="numeric" maxlength="20"
                            data-optional="" aria-invalid={props.siret_invalid.to_string()} aria-describedby={format!("{prefix}-siret-error")}
                            value={props.siret_text.clone()} oninput={field(PartnerField::Siret)} />
                        <p class="error" id={format!("{prefix}-siret-error")}>{
                            if props.siret_invalid { say(PartnerRowWord::InvalidSiret, lang) } else { "" }
                        }</p>
                    </div>
                </div>
                <div class="inline">
                    <label class="check">
                        // One group per partner, so Tab reaches each partner's choice in
                        // reading order; the reducer keeps a single lead.
                        <input type="radio" name={format!("{prefix}-lead")} checked={p.role == Role::Lead} onchange={lead} />
                        { say(PartnerRowWord::LeadApplicant, lang) }
                    </label>
                    <label class="check">
                        <input type="checkbox" data-optional="" checked={p.new_to_datalab} onchange={new_to_datalab} />
                        { say(PartnerRowWord::NewToDataLab, lang) }
                    </label>
                    <button type="button" class="button-quiet" onclick={remove}
                        aria-label={naming(PartnerRowWord::Remove, &name_label, lang)}>{ say(PartnerRowWord::Remove, lang) }</button>
                </div>
            </fieldset>
        </li>
    }
}
