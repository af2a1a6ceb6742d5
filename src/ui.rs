//! Small helpers shared by the components: reading input events into
//! actions, and the formatting every component uses.

use crate::state::Action;
use booster_ia::locale::Lang;
use booster_ia::money::format_money;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The value of the input, textarea or select an event came from.
pub fn value_of(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// Whether the checkbox an event came from is ticked.
pub fn checked_of(event: &Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// On every keystroke, the field's text turned into an action.
pub fn on_input(
    dispatch: &Callback<Action>,
    make: impl Fn(String) -> Action + 'static,
) -> Callback<InputEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: InputEvent| dispatch.emit(make(value_of(&e))))
}

/// On change of a select or date, its value turned into an action.
pub fn on_change(
    dispatch: &Callback<Action>,
    make: impl Fn(String) -> Action + 'static,
) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| dispatch.emit(make(value_of(&e))))
}

/// On change of a checkbox, its state turned into an action.
pub fn on_toggle(
    dispatch: &Callback<Action>,
    make: impl Fn(bool) -> Action + 'static,
) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| dispatch.emit(make(checked_of(&e))))
}

/// A click that sends one action.
pub fn on_click(dispatch: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| dispatch.emit(action.clone()))
}

/// `aria-invalid` of a control a check marks: `true` when `mark` holds its
/// reason, absent otherwise (a valid field is never marked).
pub fn invalid(mark: &Option<AttrValue>) -> Option<AttrValue> {
    mark.as_ref().map(|_| AttrValue::from("true"))
}

/// `aria-describedby` of control `control`: the ids it already names, then
/// its reason's when it is marked; absent when there is none.
pub fn described_by(own: &[&str], control: &str, mark: &Option<AttrValue>) -> Option<AttrValue> {
    let mut ids: Vec<String> = own.iter().map(|s| s.to_string()).collect();
    if mark.is_some() {
        ids.push(crate::goto::reason_id(control));
    }
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

/// The reason control `control` is marked, said under it (nothing when it is not).
pub fn reason(control: &str, mark: &Option<AttrValue>) -> Html {
    match mark {
        Some(why) => html! {
            <p class="error field-reason" id={crate::goto::reason_id(control)}>{ why.clone() }</p>
        },
        None => html! {},
    }
}

/// Money in the page's language.
pub fn money(value: Decimal, lang: Lang) -> String {
    format_money(value, lang)
}

/// A drawing coordinate with one decimal (`12.5`), written without the float
/// formatter, which would add several kilobytes to the wasm for this alone.
pub fn svg_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::svg_number;

    #[test]
    fn drawing_coordinates_have_one_decimal() {
        assert_eq!(svg_number(12.54), "12.5");
        assert_eq!(svg_number(0.0), "0.0");
        assert_eq!(svg_number(299.96), "300.0");
        assert_eq!(svg_number(-3.25), "-3.3");
    }
}
