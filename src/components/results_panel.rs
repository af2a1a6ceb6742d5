//! The results, always in view: verdict, figures with their derivations,
//! the checks with the scheme's sentences, and the charts.

use crate::components::budget_chart::BudgetChart;
use crate::components::cap_gauge::CapGauge;
use crate::components::check_item::CheckItem;
use crate::components::dossier_panel::DossierPanel;
use crate::components::figure::Figure;
use crate::components::timeline_chart::TimelineChart;
use crate::goto;
use crate::ui::money;
use booster_ia::assess::{Assessment, Explained, Figure as Money, Verdict};
use booster_ia::draft::Draft;
use booster_ia::locale::Lang;
use booster_ia::money::format_amount;
use booster_ia::text;
use booster_ia::text::page::{say, ResultsPanelWord};
use booster_ia::Status;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ResultsPanel`].
#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    /// The draft.
    pub draft: Rc<Draft>,
    /// Its assessment.
    pub assessment: Rc<Assessment>,
    /// The page language.
    pub lang: Lang,
}

fn rank(status: Status) -> u8 {
    match status {
        Status::Fail => 0,
        Status::Missing => 1,
        Status::Warning => 2,
        Status::Pass => 3,
        Status::Info => 4,
    }
}

/// The results panel (a side column on a wide screen, a bar that opens on a phone).
#[function_component(ResultsPanel)]
pub fn results_panel(props: &ResultsPanelProps) -> Html {
    let lang = props.lang;
    let a = &props.assessment;
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    // The form field last typed in: on a phone the detail opens as a sheet
    // over the lower part of the page, and that field is scrolled clear of it.
    let last_field = use_mut_ref(|| None::<web_sys::HtmlElement>);
    {
        let last_field = last_field.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "focusin",
                move |event| {
                    use wasm_bindgen::JsCast;
                    let field = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                        .filter(|e| e.closest("#main").ok().flatten().is_some());
                    if let Some(field) = field {
                        *last_field.borrow_mut() = Some(field);
                    }
                },
            );
            move || drop(listener)
        });
    }
    {
        let last_field = last_field.clone();
        use_effect_with(*open, move |open| {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.class_list().toggle_with_force("sheet-open", *open);
            }
            if *open {
                if let Some(field) = last_field.borrow().as_ref() {
                    let scroll = web_sys::ScrollIntoViewOptions::new();
                    scroll.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    field.scroll_into_view_with_scroll_into_view_options(&scroll);
                }
            }
        });
    }
    let (missing, first_missing) = goto::to_complete(a);
    let go_first = {
        let open = open.clone();
        Callback::from(move |_| {
            open.set(false);
            if let Some(id) = first_missing {
                goto::go_to(goto::Target::Rule(id));
            }
        })
    };
    // While the dossier is incomplete, the bar gives the grant it would get
    // once complete: the figure people came for, from the first line of budget.
    // A line waiting for an answer: both figures, the grant as it stands and
    // what it would reach if the line counted (« jusqu’à … si … »).
    let headline = if a.verdict == Verdict::Incomplete && !a.pending.is_empty() {
        html! {
            <span data-testid="bar-pending" data-value={format_amount(a.pending.grant_if_counted)}>{
                format!("≈ {} — {}", money(a.potential_grant, lang), text::pending_grant(&a.pending, lang))
            }</span>
        }
    } else if a.verdict == Verdict::Incomplete && !a.potential_grant.is_zero() {
        html! {
            <span data-testid="bar-potential" data-value={format_amount(a.potential_grant)}>{ match lang {
                Lang::Fr => format!("≈ {} si le dossier est complété", money(a.potential_grant, lang)),
                Lang::En | Lang::Pseudo => format!("≈ {} once the application is complete", money(a.potential_grant, lang)),
            } }</span>
        }
    } else {
        html! { <span>{ format!("{} {}", say(ResultsPanelWord::Grant, lang), money(a.grant, lang)) }</span> }
    };
    let how = |what: Explained| Some(AttrValue::from(text::derivation(what, a, lang)));
    let pending = |note: String, testid: &'static str| {
        (!a.pending.is_empty()).then(|| (AttrValue::from(note), AttrValue::Static(testid)))
    };
    let verdict_class = match a.verdict {
        Verdict::Eligible => "verdict-eligible",
        Verdict::NotEligible => "verdict-not-eligible",
        Verdict::Incomplete => "verdict-incomplete",
    };
    let cap_line = if a.cap_binds {
        format!(
            "{} {} {}",
            say(ResultsPanelWord::CapReached, lang),
            money(a.costs_beyond_cap, lang),
            say(ResultsPanelWord::OfEligibleCostsBringNo, lang)
        )
    } else {
        format!(
            "{} {} {} {}",
            money(a.grant_below_cap, lang),
            say(ResultsPanelWord::BelowTheCapEligibleCosts, lang),
            money(a.room_under_cap, lang),
            say(ResultsPanelWord::BeforeReachingIt, lang)
        )
    };
    // The figures' names, as the comparison and the printed summary give them.
    let name = |figure: Money| text::figure_name(figure, lang);
    let advice = &a.advice;
    let mut checks = a.checks.clone();
    checks.sort_by_key(|c| rank(c.status));
    let count = |s: Status| a.checks.iter().filter(|c| c.status == s).count();
    html! {
        <aside class={classes!("results", (*open).then_some("results-open"))} aria-labelledby="results-heading">
            <div class="results-bar" data-testid="results-bar">
                <h2 id="results-heading">{ say(ResultsPanelWord::Result, lang) }</h2>
                <p class={classes!("verdict", verdict_class)} aria-live="polite" aria-atomic="true">
                    <span data-testid="verdict" data-value={a.verdict.code()}>{ text::verdict_label(a.verdict, lang) }</span>
                    { " — " }
                    { headline }
                </p>
                if missing > 0 {
                    <button type="button" class="button-quiet to-complete" data-testid="to-complete" data-value={missing.to_string()} onclick={go_first}>
                        { match lang {
                            Lang::Fr => format!("{missing} {} à compléter →", text::plural(lang, missing, "élément", "éléments")),
                            Lang::En | Lang::Pseudo => format!("{missing} {} to complete →", text::plural(lang, missing, "item", "items")),
                        } }
                    </button>
                }
                <button type="button" class="results-toggle button-quiet" aria-expanded={(*open).to_string()} aria-controls="results-body" onclick={toggle}>
                    { if *open { say(ResultsPanelWord::HideDetails, lang) } else { say(ResultsPanelWord::ShowDetails, lang) } }
                </button>
            </div>
            <div id="results-body" class="results-body">
                <dl class="figures">
                    <Figure main=true label={name(Money::Grant)} value={money(a.grant, lang)} testid="grant" raw={format_amount(a.grant)} derivation={how(Explained::Grant)} />
                    <Figure label={name(Money::PotentialGrant)} value={money(a.potential_grant, lang)} testid="potential-grant" raw={format_amount(a.potential_grant)} derivation={how(Explained::PotentialGrant)}
                        note={pending(text::pending_grant(&a.pending, lang), "pending-grant")} />
                    <Figure label={name(Money::TotalCosts)} value={money(a.total_costs, lang)} testid="total-costs" raw={format_amount(a.total_costs)} derivation={how(Explained::TotalCosts)} />
                    <Figure label={name(Money::EligibleCosts)} value={money(a.eligible_costs, lang)} testid="eligible-costs" raw={format_amount(a.eligible_costs)} derivation={how(Explained::EligibleCosts)}
                        note={pending(text::pending_costs(&a.pending, lang), "pending-costs")} />
                    <Figure label={name(Money::Advance)} value={text::figure_value(Money::Advance, a, lang)} testid="advance" raw={format_amount(a.advance)} derivation={how(Explained::Advance)} />
                    <Figure label={name(Money::Balance)} value={money(a.balance, lang)} testid="balance" raw={format_amount(a.balance)} derivation={how(Explained::Balance)} />
                    <Figure label={name(Money::OwnShare)} value={money(a.own_share, lang)} testid="own-share" raw={format_amount(a.own_share)} derivation={how(Explained::OwnShare)} />
                </dl>
                <p class="cap-line" data-testid="cap" data-value={a.cap_binds.to_string()}>{ cap_line }</p>
                <CapGauge assessment={a.clone()} lang={lang} />
                <DossierPanel assessment={a.clone()} lang={lang} />
                if !advice.is_empty() {
                    <h3>{ say(ResultsPanelWord::WhatToChange, lang) }</h3>
                    <ul class="advice" data-testid="advice">
                        { for advice.iter().map(|s| {
                            let target = goto::topic_target(s.topic);
                            let open = open.clone();
                            let go = Callback::from(move |_| { open.set(false); goto::go_to(target) });
                            html! { <li data-advice={s.topic.code()}>{ text::suggestion(s, lang) }{ " " }
                                <button type="button" class="link-button" onclick={go}>{ say(ResultsPanelWord::GoThere, lang) }</button>
                            </li> }
                        }) }
                    </ul>
                }
                <h3>{ text::checks_heading(count(Status::Fail), count(Status::Missing), count(Status::Pass), lang) }</h3>
                <ul class="checks" role="list">
                    { for checks.into_iter().map(|c| { let id = c.id.code(); html! { <CheckItem key={id} check={c} lang={lang} /> } }) }
                </ul>
                <BudgetChart draft={props.draft.clone()} assessment={a.clone()} lang={lang} />
                <TimelineChart timeline={props.draft.timeline.clone()} lang={lang} last_allowed_end={a.last_allowed_end} />
                <p class="hint">{ format!("{} {}", say(ResultsPanelWord::RulesOfTheSchemeAdopted, lang), text::date(a.rules_version(), lang)) }</p>
            </div>
        </aside>
    }
}
