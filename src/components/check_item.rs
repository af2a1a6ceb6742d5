//! One check: its status, what it means here, and the scheme's sentence.

use booster_ia::locale::Lang;
use booster_ia::text;
use booster_ia::text::page::{check_item, naming, CheckItemWord};
use booster_ia::{Check, Status};
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
        <li class={classes!("check-item", format!("check-{}", c.status.code()))} data-check={c.id.code()} data-status={c.status.code()}>
            <details open={open}>
                <summary>
                    <span class={classes!("badge", format!("badge-{}", c.status.code()))}>{ text::status_label(c.status, lang) }</span>
                    { " " }
                    <strong>{ text::rule_title(c.id, lang) }</strong>{ " — " }
                    { text::check_message(c, lang) }
                </summary>
                <blockquote lang="fr" cite="booster-ia.txt">{ format!("« {} »", c.rule().citation) }</blockquote>
                if let Some(gloss) = check_item::gloss(c.rule().citation_en, lang) {
                    <p class="gloss">{ gloss }</p>
                }
                if let Some(reading) = text::reading(c.id, lang) {
                    <p class="reading">{ naming(CheckItemWord::OurReading, reading, lang) }</p>
                }
                <p class="rule-id">{ naming(CheckItemWord::Rule, c.id.code(), lang) }</p>
            </details>
        </li>
    }
}
