//! Another tab saved the draft: this tab stops saving and asks which to keep.

use crate::state::{Action, Notice};
use booster_ia::money::Lang;
use booster_ia::parse_draft;
use yew::prelude::*;

/// Props of [`ConflictBar`].
#[derive(Properties, PartialEq)]
pub struct ConflictBarProps {
    /// The draft the other tab saved, as saved.
    pub other: String,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// Two choices: load the other tab's draft, or keep this one.
#[function_component(ConflictBar)]
pub fn conflict_bar(props: &ConflictBarProps) -> Html {
    let lang = props.lang;
    let load = {
        let dispatch = props.dispatch.clone();
        let other = props.other.clone();
        Callback::from(move |_| match parse_draft(&other) {
            Ok(file) => dispatch.emit(Action::Replace(Box::new(file.draft), None)),
            Err(e) => dispatch.emit(Action::Notify(Notice {
                is_error: true,
                fr: format!(
                    "Le brouillon de l’autre onglet est illisible ({}).",
                    e.message(Lang::Fr)
                ),
                en: format!(
                    "The other tab's draft cannot be read ({}).",
                    e.message(Lang::En)
                ),
            })),
        })
    };
    let keep = crate::ui::on_click(&props.dispatch, Action::KeepThisTab);
    html! {
        <div class="notice notice-error" role="alert" data-testid="conflict">
            <p>{ lang.pick(
                "Ce brouillon a été modifié dans un autre onglet. Cet onglet n’enregistre plus rien tant que vous n’avez pas choisi.",
                "This draft was changed in another tab. This tab saves nothing until you choose.") }</p>
            <button type="button" class="button" onclick={load}>{ lang.pick("Charger la version de l’autre onglet", "Load the other tab’s version") }</button>
            <button type="button" class="button-quiet" onclick={keep}>{ lang.pick("Garder celle-ci", "Keep this one") }</button>
        </div>
    }
}
