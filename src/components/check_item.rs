//! One check: its status, what it means here, and the scheme's sentence.

use booster_ia::checks::{Check, Status};
use booster_ia::money::Lang;
use yew::prelude::*;

/// Props of [`CheckItem`].
#[derive(Properties, PartialEq)]
pub struct CheckItemProps {
    /// The check.
    pub check: Check,
    /// The page language.
    pub lang: Lang,
}

/// A check that opens to say why, with the sentence it comes from.
#[function_component(CheckItem)]
pub fn check_item(props: &CheckItemProps) -> Html {
    let lang = props.lang;
    let c = &props.check;
    let open = matches!(c.status, Status::Fail);
    html! {
        <li class={classes!("check-item", format!("check-{}", c.status.code()))} data-check={c.id} data-status={c.status.code()}>
            <details open={open}>
                <summary>
                    <span class={classes!("badge", format!("badge-{}", c.status.code()))}>{ c.status.label(lang) }</span>
                    { " " }
                    if let Some(rule) = booster_ia::checks::rule(c.id) {
                        <strong>{ lang.pick(rule.title.0, rule.title.1) }</strong>{ " — " }
                    }
                    { c.message.get(lang).to_string() }
                </summary>
                <blockquote lang="fr" cite="booster-ia.txt">{ format!("« {} »", c.citation) }</blockquote>
                if lang == Lang::En {
                    <p class="gloss">{ format!("In English: {}", c.citation_en) }</p>
                }
                if let Some(reading) = &c.reading {
                    <p class="reading">{ format!("{} {}", lang.pick("Notre lecture :", "Our reading:"), reading.get(lang)) }</p>
                }
                <p class="rule-id">{ format!("{} {}", lang.pick("Règle", "Rule"), c.id) }</p>
            </details>
        </li>
    }
}
