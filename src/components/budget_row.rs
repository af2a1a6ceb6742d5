//! One budget line: who bears it, what it is, how much; excluded lines say why.

use crate::state::{Action, LineField};
use crate::ui::{on_change, on_click, on_input, on_toggle};
use booster_ia::draft::{BudgetLine, Category};
use booster_ia::money::{AmountError, Lang};
use booster_ia::rules::Exclusion;
use booster_ia::text;
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
    let permanent = {
        let id = id.clone();
        on_toggle(d, move |v| {
            Action::UpdateLine(id.clone(), LineField::PermanentStaff(v))
        })
    };
    let duplicate = on_click(d, Action::DuplicateLine(id.clone()));
    let remove = on_click(d, Action::RemoveLine(id.clone()));
    let n = props.index + 1;
    let name = text::line_label(&l.label, n, lang);
    let excluded = !props.exclusions.is_empty();
    let amount_invalid = props.amount_error.is_some();
    // What is typed and not an amount is said first; the check's reason then.
    let amount_mark = props.amount_mark.clone().filter(|_| !amount_invalid);
    let amount_id = format!("{prefix}-amount");
    let amount_error_id = format!("{prefix}-amount-error");
    html! {
        <li class={classes!("row", excluded.then_some("row-excluded"))} data-testid="budget-row">
            <fieldset>
                <legend>{ format!("{} {n}", lang.pick("Dépense", "Cost")) }</legend>
                <div class="grid">
                    <div class="field wide">
                        <label for={format!("{prefix}-label")}>{ lang.pick("Libellé", "Label") }</label>
                        <input id={format!("{prefix}-label")} type="text" maxlength="5000" value={l.label.clone()} oninput={update(LineField::Label)} />
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-partner")}>{ lang.pick("Portée par", "Borne by") }</label>
                        <select id={format!("{prefix}-partner")} onchange={partner} aria-invalid={crate::ui::invalid(&props.bearer_mark)}
                            aria-describedby={crate::ui::described_by(&[], &format!("{prefix}-partner"), &props.bearer_mark)}>
                            <option value="" selected={l.partner.is_empty()}>{ lang.pick("— à choisir —", "— choose —") }</option>
                            { for props.partners.iter().map(|(pid, pname)| html! {
                                <option value={pid.clone()} selected={l.partner == *pid}>{ pname.clone() }</option>
                            }) }
                        </select>
                        { crate::ui::reason(&format!("{prefix}-partner"), &props.bearer_mark) }
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-category")}>{ lang.pick("Nature", "Category") }</label>
                        <select id={format!("{prefix}-category")} onchange={category}>
                            { for Category::ALL.iter().map(|c| html! {
                                <option value={c.code()} selected={l.category == *c}>{ text::category(*c, lang) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-amount")}>{ lang.pick("Montant HT (€)", "Amount excl. VAT (€)") }</label>
                        <input id={format!("{prefix}-amount")} type="text" inputmode="decimal" autocomplete="off" maxlength="40"
                            aria-invalid={(amount_invalid || amount_mark.is_some()).to_string()}
                            aria-describedby={crate::ui::described_by(&[&amount_error_id], &amount_id, &amount_mark)}
                            value={props.amount_text.clone()} oninput={update(LineField::Amount)} />
                        <p class="error" id={amount_error_id.clone()}>{ props.amount_error.map(|e| e.message(lang)).unwrap_or("") }</p>
                        { crate::ui::reason(&amount_id, &amount_mark) }
                    </div>
                </div>
                <div class="inline">
                    if l.category == Category::Personnel {
                        <label class="check">
                            <input type="checkbox" data-optional="" checked={l.permanent_staff} onchange={permanent} />
                            { lang.pick("Personnel permanent", "Permanent staff") }
                        </label>
                    }
                    <button type="button" class="button-quiet" onclick={duplicate}
                        aria-label={format!("{} {name}", lang.pick("Dupliquer", "Duplicate"))}>{ lang.pick("Dupliquer", "Duplicate") }</button>
                    <button type="button" class="button-quiet" onclick={remove}
                        aria-label={format!("{} {name}", lang.pick("Retirer", "Remove"))}>{ lang.pick("Retirer", "Remove") }</button>
                </div>
                if excluded {
                    <ul class="exclusions" data-testid="exclusion">
                        { for props.exclusions.iter().map(|e| html! {
                            <li>{ format!("{} ", lang.pick("Exclue :", "Excluded:")) }{ text::reason(&e.reason, lang) }</li>
                        }) }
                    </ul>
                }
            </fieldset>
        </li>
    }
}
