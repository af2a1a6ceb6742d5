//! The scenarios: which one is being edited, a copy to try a variant, removal.

use crate::state::Action;
use booster_ia::locale::Lang;
use booster_ia::text::page::scenario_bar::ScenarioBarSentence;
use booster_ia::text::page::{say, tell, ScenarioBarWord};
use yew::prelude::*;

/// Props of [`ScenarioBar`].
#[derive(Properties, PartialEq)]
pub struct ScenarioBarProps {
    /// Every scenario's name, in order.
    pub names: Vec<&'static str>,
    /// The one being edited.
    pub editing: &'static str,
    /// The name a copy would get (none once there are three).
    pub next: Option<&'static str>,
    /// Another tab's save waits for a choice: scenarios cannot change meanwhile.
    pub conflict: bool,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// One button per scenario, then "duplicate" and "remove".
#[function_component(ScenarioBar)]
pub fn scenario_bar(props: &ScenarioBarProps) -> Html {
    let lang = props.lang;
    let several = props.names.len() > 1;
    let duplicate = crate::ui::on_click(&props.dispatch, Action::DuplicateScenario);
    let remove = {
        let dispatch = props.dispatch.clone();
        let editing = props.editing;
        Callback::from(move |_| {
            let question = tell(&ScenarioBarSentence::ConfirmRemove { name: editing }, lang);
            if gloo::dialogs::confirm(&question) {
                dispatch.emit(Action::RemoveScenario(editing));
            }
        })
    };
    html! {
        <div class={classes!("scenario-bar", (!several).then_some("scenario-bar-single"))} data-testid="scenarios">
            if several {
                <div class="scenario-tabs" role="group" aria-label={say(ScenarioBarWord::TabsLabel, lang)}>
                    { for props.names.iter().map(|name| {
                        let name = *name;
                        let current = name == props.editing;
                        html! {
                            <button type="button" id={format!("scenario-tab-{name}")}
                                class={classes!("scenario-tab", current.then_some("scenario-tab-current"))}
                                aria-current={current.then_some("true")} data-testid={format!("scenario-tab-{name}")}
                                disabled={props.conflict && !current}
                                onclick={crate::ui::on_click(&props.dispatch, Action::SwitchScenario(name))}>
                                { tell(&ScenarioBarSentence::Tab { name }, lang) }
                            </button>
                        }
                    }) }
                </div>
            }
            if let Some(next) = props.next {
                <button type="button" class="button-quiet" id="duplicate-scenario" data-testid="duplicate-scenario"
                    disabled={props.conflict} onclick={duplicate}>
                    { tell(&ScenarioBarSentence::Duplicate { next }, lang) }
                </button>
            }
            if several {
                <button type="button" class="button-quiet" data-testid="remove-scenario" disabled={props.conflict} onclick={remove}>
                    { tell(&ScenarioBarSentence::Remove { name: props.editing }, lang) }
                </button>
            }
        </div>
    }
}
