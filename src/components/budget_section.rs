//! The budget: one row per line, with what the rules exclude marked in place.

use crate::components::budget_row::BudgetRow;
use crate::goto::control_id;
use crate::state::{Action, State};
use booster_ia::assess::Assessment;
use booster_ia::fields::Field;
use booster_ia::text::page::{say, BudgetSectionWord};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`BudgetSection`].
#[derive(Properties, PartialEq)]
pub struct BudgetSectionProps {
    /// The page state.
    pub state: Rc<State>,
    /// The assessment of its draft.
    pub assessment: Rc<Assessment>,
    /// The fields the checks mark, with their reasons.
    pub field_marks: Rc<crate::goto::FieldMarks>,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// The budget lines with an "add" button.
#[function_component(BudgetSection)]
pub fn budget_section(props: &BudgetSectionProps) -> Html {
    let s = &props.state;
    let lang = s.lang;
    let add = crate::ui::on_click(&props.dispatch, Action::AddLine);
    let names: Vec<(String, String)> = s
        .draft
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let name = if p.name.trim().is_empty() {
                booster_ia::text::partner_label("", i + 1, lang)
            } else {
                p.name.clone()
            };
            (p.id.clone(), name)
        })
        .collect();
    // The same list keeps the same Rc, so unchanged rows compare equal.
    let partners: Rc<Vec<(String, String)>> = use_memo(names, |names| names.clone());
    html! {
        <section class="card" aria-labelledby="budget-heading">
            <h2 id="budget-heading" tabindex="-1">{ say(BudgetSectionWord::Heading, lang) }</h2>
            <p class="hint">{ say(BudgetSectionWord::EligibleCostsHint, lang) }</p>
            <ul class="rows" role="list">
                { for s.draft.budget.iter().enumerate().map(|(i, line)| {
                    let (amount_text, amount_error) = s.amount_input(&line.id);
                    let assessed = props.assessment.lines.get(i);
                    let exclusions = assessed.map(|l| l.exclusions.clone()).unwrap_or_default();
                    let (asks_staff, pending) = assessed.map_or((false, false), |l| (l.asks_staff, l.pending));
                    html! {
                        <BudgetRow key={line.id.clone()} index={i} line={line.clone()} amount_text={amount_text}
                            amount_error={amount_error} exclusions={exclusions} asks_staff={asks_staff} pending={pending} partners={partners.clone()}
                            bearer_mark={props.field_marks.get(&control_id(&Field::LineBearer(line.id.clone())))}
                            amount_mark={props.field_marks.get(&control_id(&Field::LineAmount(line.id.clone())))}
                            staff_mark={props.field_marks.get(&control_id(&Field::LineStaff(line.id.clone())))}
                            lang={lang} dispatch={props.dispatch.clone()} />
                    }
                }) }
            </ul>
            <button type="button" id="add-line" class="button" onclick={add}>{ say(BudgetSectionWord::AddACost, lang) }</button>
        </section>
    }
}
