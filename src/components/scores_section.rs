//! The applicant's estimate of the six appraisal marks, with the running total.

use crate::state::{criterion_max, Action, State};
use crate::ui::on_input;
use booster_ia::money::Lang;
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
    let maximum = params.criteria_maxima.value.total();
    // Low is the rule's verdict (it waits for every mark), not a comparison made here.
    let low = booster_ia::checks::self_assessment(&s.draft, &params).status
        == booster_ia::checks::Status::Fail;
    html! {
        <section class="card" aria-labelledby="scores-heading">
            <h2 id="scores-heading">{ lang.pick("Auto-évaluation (estimation)", "Self-assessment (estimate)") }</h2>
            <p class="hint">{ match lang {
                Lang::Fr => format!("La Région note le projet ; cette estimation vous aide à repérer vos points faibles. Toute note inférieure à {minimum}/{maximum} rend l’opération inéligible."),
                Lang::En => format!("The Région marks the project; this estimate helps you spot weak points. Any mark below {minimum}/{maximum} makes the operation ineligible."),
            } }</p>
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
            <p class={classes!("total", low.then_some("total-low"))} data-testid="score-total">
                { format!("{} {total}/{maximum} — {} {minimum}/{maximum}", lang.pick("Total estimé :", "Estimated total:"), lang.pick("minimum", "minimum")) }
            </p>
        </section>
    }
}
