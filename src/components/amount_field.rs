//! An amount field for the dossier's lists (de minimis aids, other funding):
//! typed as elsewhere (« 1 500 € », « 10000,50 »), what is typed kept while it
//! is not an amount yet, with a message.

use crate::state::amount_for_input;
use booster_ia::locale::Lang;
use booster_ia::money::parse_typed_amount;
use rust_decimal::Decimal;
use yew::prelude::*;

/// Props of [`AmountField`].
#[derive(Properties, PartialEq)]
pub struct AmountFieldProps {
    /// The input's id.
    pub id: AttrValue,
    /// Its label.
    pub label: AttrValue,
    /// The amount in the draft.
    pub value: Option<Decimal>,
    /// The page language.
    pub lang: Lang,
    /// The amount typed, or `None` when cleared or not an amount yet.
    pub on_change: Callback<Option<Decimal>>,
}

/// A labelled amount field with its error.
#[function_component(AmountField)]
pub fn amount_field(props: &AmountFieldProps) -> Html {
    let lang = props.lang;
    let shown = move |v: Option<Decimal>| v.map(|a| amount_for_input(a, lang)).unwrap_or_default();
    let text = use_state(|| shown(props.value));
    {
        // Changed from elsewhere (a row removed, an import): show the draft's.
        let text = text.clone();
        use_effect_with(props.value, move |value| {
            if parse_typed_amount(&text, lang).ok().flatten() != *value {
                text.set(shown(*value));
            }
        });
    }
    let oninput = {
        let text = text.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let typed = crate::ui::value_of(&e);
            on_change.emit(parse_typed_amount(&typed, lang).ok().flatten());
            text.set(typed);
        })
    };
    let error = parse_typed_amount(&text, lang).err();
    let id = &props.id;
    let error_id = format!("{id}-error");
    html! {
        <div class="field">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <input id={id.clone()} type="text" inputmode="decimal" autocomplete="off" maxlength="40" value={(*text).clone()} {oninput}
                aria-invalid={error.is_some().to_string()} aria-describedby={error_id.clone()} />
            <p class="error" id={error_id}>{ error.map(|e| e.message(lang)).unwrap_or("") }</p>
        </div>
    }
}
