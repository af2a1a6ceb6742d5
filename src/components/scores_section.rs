//! The applicant's estimate of the six appraisal marks, with the running total.

use crate::state::{criterion_max, Action, State};
use crate::ui::on_input;
use std::rc::Rc;
use yew::prelude::*;

/// The six criteria with what the Région looks for, from the rules crate.
use booster_ia::advice::CRITERIA;

/// Props of [`ScoresSection`].
#[derive(Properties, PartialEq)]
pub struct ScoresSectionProps {
    /// The page state.
    pub state: Rc<State>,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// Six marks, each with its maximum and what the Région looks for.
#[function_component(ScoresSection)]
pub fn scores_section(props: &ScoresSectionProps) -> Html {
    let s = &props.state;
    let lang = s.lang;
    let params = booster_ia::params::current();
    let total = booster_ia::checks::estimated_total(&s.draft, &params);
    let minimum = params.min_total_score.value;
    html! {
        <section class="card" aria-labelledby="scores-heading">
            <h2 id="scores-heading">{ lang.pick("Auto-évaluation (estimation)", "Self-assessment (estimate)") }</h2>
            <p class="hint">{ lang.pick(
                "La Région note le projet ; cette estimation vous aide à repérer vos points faibles. Toute note inférieure à 50/100 rend l’opération inéligible.",
                "The Région marks the project; this estimate helps you spot weak points. Any mark below 50/100 makes the operation ineligible.") }</p>
            <div class="grid">
                { for CRITERIA.iter().map(|(key, fr, en)| {
                    let key: &'static str = key;
                    let (text, invalid) = s.score_input(key);
                    let max = criterion_max(key);
                    html! {
                        <div class="field">
                            <label for={format!("score-{key}")}>{ format!("{} (/{max})", lang.pick(fr, en)) }</label>
                            <input id={format!("score-{key}")} type="number" min="0" max={max.to_string()} step="1" inputmode="numeric"
                                aria-invalid={invalid.to_string()} aria-describedby={format!("score-{key}-error")}
                                value={text} oninput={on_input(&props.dispatch, move |v| Action::SetScore(key, v))} />
                            <p class="error" id={format!("score-{key}-error")}>{
                                if invalid { format!("{} {max}", lang.pick("Note entière de 0 à", "A whole mark from 0 to")) } else { String::new() }
                            }</p>
                        </div>
                    }
                }) }
            </div>
            <p class={classes!("total", (total < minimum).then_some("total-low"))} data-testid="score-total">
                { format!("{} {total}/100 — {} {minimum}/100", lang.pick("Total estimé :", "Estimated total:"), lang.pick("minimum", "minimum")) }
            </p>
        </section>
    }
}
