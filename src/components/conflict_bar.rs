//! Another tab saved the draft or the scenarios: this tab stops saving and
//! asks which to keep.

use crate::state::Action;
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, ConflictBarWord};
use yew::prelude::*;

/// Props of [`ConflictBar`].
#[derive(Properties, PartialEq)]
pub struct ConflictBarProps {
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// Two choices: load what the other tab saved (draft and scenarios), or keep this one.
#[function_component(ConflictBar)]
pub fn conflict_bar(props: &ConflictBarProps) -> Html {
    let lang = props.lang;
    let load = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| {
            dispatch.emit(Action::LoadSaved(Box::new(crate::saved::saved_state(lang))))
        })
    };
    let keep = crate::ui::on_click(&props.dispatch, Action::KeepThisTab);
    html! {
        <div class="notice notice-error" role="alert" data-testid="conflict">
            <p>{ say(ConflictBarWord::ChangedInAnotherTab, lang) }</p>
            <button type="button" class="button" onclick={load}>{ say(ConflictBarWord::LoadOther, lang) }</button>
            <button type="button" class="button-quiet" onclick={keep}>{ say(ConflictBarWord::KeepThis, lang) }</button>
        </div>
    }
}
