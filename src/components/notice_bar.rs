//! A message above the form: an import error, a restored draft.

use crate::state::{Action, Notice};
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, NoticeBarWord};
use yew::prelude::*;

/// Props of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The message.
    pub notice: Notice,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// Shows a message with a button to dismiss it.
#[function_component(NoticeBar)]
pub fn notice_bar(props: &NoticeBarProps) -> Html {
    let lang = props.lang;
    let n = &props.notice;
    let dismiss = crate::ui::on_click(&props.dispatch, Action::DismissNotice);
    html! {
        <div class={classes!("notice", n.is_error.then_some("notice-error"))}
             role={if n.is_error { "alert" } else { "status" }} data-testid="notice">
            <p>{ n.text(lang) }</p>
            <button type="button" class="button-quiet" onclick={dismiss}>{ say(NoticeBarWord::Dismiss, lang) }</button>
        </div>
    }
}
