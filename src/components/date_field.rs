//! A date field the page controls: typed day/month/year in both languages
//! (the browser's date input would show mm/dd/yyyy in an English-locale
//! browser), or with a month's name; what is typed is kept as typed — never
//! reformatted while the user types, even once it reads as a date — and
//! while it is not a date yet, with a message. A text keyboard on a phone: a
//! numeric one has no « / » on some phones, and no letters for « mars ».

use crate::typed_date::{parse_typed_date, typed};
use booster_ia::date::Date;
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, DateFieldWord};
use yew::prelude::*;

/// Props of [`DateField`].
#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// The input's id.
    pub id: AttrValue,
    /// Its label.
    pub label: AttrValue,
    /// The date in the draft.
    pub value: Option<Date>,
    /// A hint under the field (the last day allowed…).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Why a check marks it (the last allowed day passed…), if one does.
    #[prop_or_default]
    pub reason: Option<AttrValue>,
    /// The page language.
    pub lang: Lang,
    /// The date typed, or `None` when cleared or not a date yet.
    pub on_change: Callback<Option<Date>>,
}

/// A labelled date field with its format, hint and error.
#[function_component(DateField)]
pub fn date_field(props: &DateFieldProps) -> Html {
    let lang = props.lang;
    // What is typed, kept even while it is not a date: nothing typed is lost.
    let text = use_state(|| props.value.map(|d| typed(d, lang)).unwrap_or_default());
    {
        // The draft changed from elsewhere (an example, an import): show it,
        // unless what is typed already says the same; and when the language
        // changes, the page's way (31/03/2027 reads 31 Mar 2027 in English).
        let text = text.clone();
        let shown_in = use_mut_ref(|| lang);
        use_effect_with((props.value, lang), move |(value, lang)| {
            let relanguaged = *shown_in.borrow() != *lang;
            *shown_in.borrow_mut() = *lang;
            if parse_typed_date(&text) != *value || (relanguaged && value.is_some()) {
                text.set(value.map(|d| typed(d, *lang)).unwrap_or_default());
            }
        });
    }
    let oninput = {
        let text = text.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let typed = crate::ui::value_of(&e);
            on_change.emit(parse_typed_date(&typed));
            text.set(typed);
        })
    };
    let invalid = !text.trim().is_empty() && parse_typed_date(&text).is_none();
    let id = &props.id;
    let format_id = format!("{id}-format");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    // What is typed and not a date yet is said first; the check's reason then.
    let mark = props.reason.clone().filter(|_| !invalid);
    let mut described = vec![format_id.as_str()];
    if props.hint.is_some() {
        described.push(&hint_id);
    }
    described.push(&error_id);
    let described = crate::ui::described_by(&described, id, &mark);
    html! {
        <div class="field">
            <label for={id.clone()}>{ props.label.clone() }</label>
            <input id={id.clone()} type="text" autocomplete="off" maxlength="20"
                value={(*text).clone()} {oninput}
                aria-invalid={(invalid || mark.is_some()).to_string()} aria-describedby={described} />
            <p class="hint" id={format_id}>{ say(DateFieldWord::FormatHint, lang) }</p>
            if let Some(hint) = &props.hint { <p class="hint" id={hint_id}>{ hint.clone() }</p> }
            <p class="error" id={error_id}>{
                if invalid { say(DateFieldWord::ImpossibleDate, lang) } else { "" }
            }</p>
            { crate::ui::reason(id, &mark) }
        </div>
    }
}
