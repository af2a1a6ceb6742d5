//! One budget line: who bears it, what it is, how much; excluded lines say why.
//! A public body's personnel line asks whether the person is permanent staff.

use crate::state::{Action, LineField};
use crate::ui::{on_change, on_click, on_input};
use booster_ia::draft::{BudgetLine, Category};
use booster_ia::locale::Lang;
use booster_ia::money::AmountError;
use booster_ia::rules::{Exclusion, Reason};
use booster_ia::text;
use booster_ia::text::page::{naming, numbered, say, BudgetRowWord};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`BudgetRow`].
#[derive(Properties, PartialEq)]
pub struct BudgetRowProps {
    /// Position, from 0.
    pub index: usize,
    /// The line.
    pub line: BudgetLine,
    /// The amount as typed.
    pub amount_text: String,
    /// Why that amount cannot be read, if so.
    pub amount_error: Option<AmountError>,
    /// Why the rules leave it out, if they do.
    pub exclusions: Vec<Exclusion>,
    /// Why a check marks who bears it, if one does.
    #[prop_or_default]
    pub bearer_mark: Option<AttrValue>,
    /// Why a check marks its amount, if one does.
    #[prop_or_default]
    pub amount_mark: Option<AttrValue>,
    /// Why a check marks the staff question, if one does (still unanswered).
    #[prop_or_default]
    pub staff_mark: Option<AttrValue>,
    /// Whether the text distinguishes it by its person being permanent staff
    /// (a public body's personnel line): the question is asked (the
    /// assessment's fact, `LineAssessment::asks_staff`).
    pub asks_staff: bool,
    /// Whether it is left out only until that question is answered: pending,
    /// not excluded (the assessment's fact, `LineAssessment::pending`).
    #[prop_or_default]
    pub pending: bool,
    /// Partner ids and names to choose from.
    pub partners: Rc<Vec<(String, String)>>,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// The line's fields.
#[function_component(BudgetRow)]
pub fn budget_row(props: &BudgetRowProps) -> Html {
    let lang = props.lang;
    let l = &props.line;
    let d = &props.dispatch;
    let id = l.id.clone();
    let prefix = format!("line-{id}");
    let update = |f: fn(String) -> LineField| {
        let id = id.clone();
        on_input(d, move |v| Action::UpdateLine(id.clone(), f(v)))
    };
    let partner = {
        let id = id.clone();
        on_change(d, move |v| {
            Action::UpdateLine(id.clone(), LineField::Partner(v))
        })
    };
    let category = {
        let id = id.clone();
        on_change(d, move |v| {
            Action::UpdateLine(
                id.clone(),
                LineField::Category(Category::from_code(&v).unwrap_or(Category::Other)),
            )
        })
    };
    let answer = |v: bool| {
        let id = id.clone();
        on_change(d, move |_| {
            Action::UpdateLine(id.clone(), LineField::PermanentStaff(v))
        })
    };
    let duplicate = on_click(d, Action::DuplicateLine(id.clone()));
    let remove = on_click(d, Action::RemoveLine(id.clone()));
    let n = props.index + 1;
    let name = text::line_label(&l.label, n, lang);
    let excluded = !props.exclusions.is_empty();
    let pending = props.pending;
    let amount_invalid = props.amount_error.is_some();
    // What is typed and not an amount is said first; the check's reason then.
    let amount_mark = props.amount_mark.clone().filter(|_| !amount_invalid);
    let amount_id = format!("{prefix}-amount");
    let amount_error_id = format!("{prefix}-amount-error");
    html! {
        <li class={classes!("row", if pending { Some("row-pending") } else { excluded.then_some("row-excluded") })} data-testid="budget-row">
            <fieldset>
                <legend>{ numbered(BudgetRowWord::Cost, n, lang) }</legend>
                <div class="grid">
                    <div class="field wide">
                        <label for={format!("{prefix}-label")}>{ say(BudgetRowWord::Label, lang) }</label>
                        <input id={format!("{prefix}-label")} type="text" maxlength="5000" value={l.label.clone()} oninput={update(LineField::Label)} />
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-partner")}>{ say(BudgetRowWord::BorneBy, lang) }</label>
                        <select id={format!("{prefix}-partner")} onchange={partner} aria-invalid={crate::ui::invalid(&props.bearer_mark)}
                            aria-describedby={crate::ui::described_by(&[], &format!("{prefix}-partner"), &props.bearer_mark)}>
                            <option value="" selected={l.partner.is_empty()}>{ say(BudgetRowWord::Choose, lang) }</option>
                            { for props.partners.iter().map(|(pid, pname)| html! {
                                <option value={pid.clone()} selected={l.partner == *pid}>{ pname.clone() }</option>
                            }) }
                        </select>
                        { crate::ui::reason(&format!("{prefix}-partner"), &props.bearer_mark) }
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-category")}>{ say(BudgetRowWord::Category, lang) }</label>
                        <select id={format!("{prefix}-category")} onchange={category}>
                            { for Category::ALL.iter().map(|c| html! {
                                <option value={c.code()} selected={l.category == *c}>{ text::category(*c, lang) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-amount")}>{ say(BudgetRowWord::AmountExclVat, lang) }</label>
                        <input id={format!("{prefix}-amount")} type="text" inputmode="decimal" autocomplete="off" maxlength="40"
                            aria-invalid={(amount_invalid || amount_mark.is_some()).to_string()}
                            aria-describedby={crate::ui::described_by(&[&amount_error_id], &amount_id, &amount_mark)}
                            value={props.amount_text.clone()} oninput={update(LineField::Amount)} />
                        <p class="error" id={amount_error_id.clone()}>{ props.amount_error.map(|e| e.message(lang)).unwrap_or("") }</p>
                        { crate::ui::reason(&amount_id, &amount_mark) }
                    </div>
                </div>
                if props.asks_staff {
                    { staff_question(&prefix, l.permanent_staff, &props.staff_mark, (answer(true), answer(false)), lang) }
                }
                <div class="inline">
                    <button type="button" class="button-quiet" onclick={duplicate}
                        aria-label={naming(BudgetRowWord::Duplicate, &name, lang)}>{ say(BudgetRowWord::Duplicate, lang) }</button>
                    <button type="button" class="button-quiet" onclick={remove}
                        aria-label={naming(BudgetRowWord::Remove, &name, lang)}>{ say(BudgetRowWord::Remove, lang) }</button>
                </div>
                if excluded {
                    <ul class="exclusions" data-testid="exclusion">
                        { for props.exclusions.iter().map(|e| html! {
                            <li>{ format!("{} ", if e.reason == Reason::PermanentStaffNotSaid {
                                say(BudgetRowWord::Pending, lang)
                            } else {
                                say(BudgetRowWord::Excluded, lang)
                            }) }{ text::reason(&e.reason, lang) }</li>
                        }) }
                    </ul>
                }
            </fieldset>
        </li>
    }
}

/// « Personnel permanent ? »: two radio buttons in a group of their own, none
/// checked until answered, with the text's words as a hint. While unanswered
/// they carry `data-unanswered`, so "items to complete" leads here.
fn staff_question(
    prefix: &str,
    answer: Option<bool>,
    mark: &Option<AttrValue>,
    (yes, no): (Callback<Event>, Callback<Event>),
    lang: Lang,
) -> Html {
    let name = format!("{prefix}-staff");
    let hint = format!("{prefix}-staff-hint");
    let unanswered = answer.is_none().then_some(AttrValue::Static(""));
    // A radiogroup, so that the group itself may carry aria-invalid.
    html! {
        <fieldset id={name.clone()} role="radiogroup" class="staff-question" data-testid="staff-question"
            aria-invalid={crate::ui::invalid(mark)} aria-describedby={crate::ui::described_by(&[&hint], &name, mark)}>
            <legend>{ say(BudgetRowWord::PermanentStaffQuestion, lang) }</legend>
            <p class="hint" id={hint}>{ say(BudgetRowWord::PermanentStaffHint, lang) }</p>
            <div class="choices">
                <label class="check">
                    <input type="radio" id={format!("{name}-yes")} name={name.clone()} value="yes"
                        checked={answer == Some(true)} data-unanswered={unanswered.clone()} onchange={yes} />
                    { say(BudgetRowWord::YesPermanentStaff, lang) }
                </label>
                <label class="check">
                    <input type="radio" id={format!("{name}-no")} name={name.clone()} value="no"
                        checked={answer == Some(false)} data-unanswered={unanswered} onchange={no} />
                    { say(BudgetRowWord::NotPermanentStaff, lang) }
                </label>
            </div>
            { crate::ui::reason(&name, mark) }
        </fieldset>
    }
}
