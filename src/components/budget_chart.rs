//! The budget split by category and by partner, as bars.

use crate::ui::{money, svg_number};
use booster_ia::assess::Assessment;
use booster_ia::draft::Draft;
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, BudgetChartWord};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`BudgetChart`].
#[derive(Properties, PartialEq)]
pub struct BudgetChartProps {
    /// The draft.
    pub draft: Rc<Draft>,
    /// Its assessment.
    pub assessment: Rc<Assessment>,
    /// The page language.
    pub lang: Lang,
}

fn bars(title: &str, rows: Vec<(String, Decimal, bool)>, lang: Lang) -> Html {
    let largest = rows.iter().map(|(_, v, _)| *v).max().unwrap_or_default();
    html! {
        <figure class="chart">
            <figcaption>{ title.to_string() }</figcaption>
            <ul class="bars" role="list">
                { for rows.into_iter().map(|(label, value, eligible)| {
                    // Drawing only: a width in percent.
                    let share = if largest.is_zero() { 0.0 } else { (value / largest).to_f64().unwrap_or(0.0) * 100.0 };
                    html! {
                        <li>
                            <span class="bar-label">{ label }</span>
                            <svg viewBox="0 0 100 10" preserveAspectRatio="none" class="bar" aria-hidden="true">
                                <rect x="0" y="0" width={svg_number(share)} height="10" class={if eligible { "bar-fill" } else { "bar-fill bar-excluded" }} />
                            </svg>
                            <span class="bar-value">{ money(value, lang) }</span>
                        </li>
                    }
                }) }
            </ul>
        </figure>
    }
}

/// Two bar charts: by category (eligible ones first) and by partner.
#[function_component(BudgetChart)]
pub fn budget_chart(props: &BudgetChartProps) -> Html {
    let lang = props.lang;
    let d = &props.draft;
    if d.budget.is_empty() {
        return html! {};
    }
    // The sums come from the rules crate; this component only draws them.
    let a = &props.assessment;
    let by_category: Vec<(String, Decimal, bool)> = a
        .costs_by_category
        .iter()
        .filter_map(|g| {
            let c = booster_ia::draft::Category::from_code(&g.key)?;
            Some((
                booster_ia::text::category(c, lang).to_string(),
                g.total,
                g.eligible == g.total,
            ))
        })
        .collect();
    let by_partner: Vec<(String, Decimal, bool)> = a
        .costs_by_partner
        .iter()
        .map(|g| {
            let index = d
                .partners
                .iter()
                .position(|p| p.id == g.key)
                .unwrap_or_default();
            // The user's name as typed; the catalogue's « Partenaire 2 » when there is none.
            let name = match d.partners.get(index) {
                Some(p) if !p.name.trim().is_empty() => p.name.clone(),
                _ => booster_ia::text::partner_label("", index + 1, lang),
            };
            (name, g.total, g.eligible == g.total)
        })
        .collect();
    html! {
        <div class="charts">
            { bars(say(BudgetChartWord::CostsByCategory, lang), by_category, lang) }
            { bars(say(BudgetChartWord::CostsByPartner, lang), by_partner, lang) }
            <p class="hint">{ say(BudgetChartWord::HatchedBarsHint, lang) }</p>
        </div>
    }
}
