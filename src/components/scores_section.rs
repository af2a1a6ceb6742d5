//! The applicant's estimate of the six appraisal marks, with the running total.

use crate::goto::FieldMarks;
use crate::state::{Action, State};
use crate::ui::{described_by, on_input};
use booster_ia::rules::appraisal::Marks;
use booster_ia::text;
use booster_ia::text::page::{say, scores_section, ScoresSectionWord};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ScoresSection`].
#[derive(Properties, PartialEq)]
pub struct ScoresSectionProps {
    /// The page state.
    pub state: Rc<State>,
    /// The marks as the engine assesses them: maxima, total, threshold.
    pub marks: Marks,
    /// Whether the self-assessment rule fails (it waits for every mark).
    pub low: bool,
    /// The fields the checks mark, with their reasons.
    pub field_marks: Rc<FieldMarks>,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// Six marks, each with its maximum and what the Région looks for.
#[function_component(ScoresSection)]
pub fn scores_section(props: &ScoresSectionProps) -> Html {
    let s = &props.state;
    let lang = s.lang;
    let m = &props.marks;
    let (total, minimum, maximum) = (m.total, m.minimum, m.out_of);
    let low = props.low;
    // Each mark's reason; one said once, under the total, when it is the
    // total's (below the minimum, every mark is marked for the same reason).
    let reasons: Vec<Option<AttrValue>> = m
        .criteria
        .iter()
        .map(|mark| {
            props
                .field_marks
                .get(&format!("score-{}", mark.criterion.code()))
        })
        .collect();
    let shared = reasons
        .first()
        .cloned()
        .flatten()
        .filter(|first| reasons.iter().all(|r| r.as_ref() == Some(first)));
    html! {
        <section class="card" aria-labelledby="scores-heading">
            <h2 id="scores-heading" tabindex="-1">{ say(ScoresSectionWord::Heading, lang) }</h2>
            <p class="hint">{ scores_section::purpose(minimum, maximum, lang) }</p>
            <div class="grid">
                { for m.criteria.iter().zip(&reasons).map(|(mark, why)| {
                    let criterion = mark.criterion;
                    let key = criterion.code();
                    let (value, invalid) = s.score_input(criterion);
                    let max = mark.max;
                    let control = format!("score-{key}");
                    // What is typed and not a mark is said first; the check's reason then.
                    let own = why.clone().filter(|_| !invalid && shared.is_none());
                    let error_id = format!("score-{key}-error");
                    let mut described = vec![error_id.as_str()];
                    if shared.is_some() && !invalid {
                        described.push("scores-reason");
                    }
                    let described = described_by(&described, &control, &own);
                    let marked = invalid || own.is_some() || shared.is_some();
                    html! {
                        <div class="field">
                            <label for={format!("score-{key}")}>{ format!("{} (/{max})", text::criterion(criterion, lang)) }</label>
                            <input id={format!("score-{key}")} type="number" min="0" max={max.to_string()} step="1" inputmode="numeric"
                                aria-invalid={marked.to_string()} aria-describedby={described}
                                value={value} oninput={on_input(&props.dispatch, move |v| Action::SetScore(criterion, v))} />
                            <p class="error" id={error_id.clone()}>{
                                if invalid { scores_section::whole_mark(max, lang) } else { String::new() }
                            }</p>
                            { crate::ui::reason(&control, &own) }
                        </div>
                    }
                }) }
            </div>
            <p class={classes!("total", low.then_some("total-low"))} data-testid="score-total">
                { scores_section::total(total, minimum, maximum, lang) }
            </p>
            if let Some(why) = shared {
                <p class="error field-reason" id="scores-reason">{ why }</p>
            }
        </section>
    }
}
