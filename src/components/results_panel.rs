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
use booster_ia::assess::{Assessment, Verdict};
use booster_ia::draft::Draft;
use booster_ia::figures::Figure as Money;
use booster_ia::figures::PendingNote;
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

/// The order the checks are listed in: what fails first, what informs last.
const SHOWN_FIRST: [Status; 5] = [
    Status::Fail,
    Status::Missing,
    Status::Warning,
    Status::Pass,
    Status::Info,
];

/// While the detail is open on a phone (a sheet over the lower part of the
/// page), the form field last typed in is scrolled clear of it.
#[hook]
fn use_sheet_keeps_field_in_view(open: bool) {
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
    use_effect_with(open, move |open| {
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

/// The bar's figure: the grant; while the dossier is incomplete, the grant it
/// would get once complete (the figure people came for, from the first line
/// of budget); with a line waiting for an answer, both figures, the grant as
/// it stands and what it would reach if the line counted.
fn headline(a: &Assessment, lang: Lang) -> Html {
    if a.verdict == Verdict::Incomplete && !a.pending.is_empty() {
        html! {
            <span data-testid="bar-pending" data-value={format_amount(a.pending.grant_if_counted)}>{
                format!("≈ {} — {}", money(a.potential_grant, lang), text::pending_grant(&a.pending, lang))
            }</span>
        }
    } else if a.verdict == Verdict::Incomplete && !a.potential_grant.is_zero() {
        html! {
            <span data-testid="bar-potential" data-value={format_amount(a.potential_grant)}>{
                text::grant_once_complete(a.potential_grant, lang)
            }</span>
        }
    } else {
        html! { <span>{ text::grant_headline(a.grant, lang) }</span> }
    }
}

/// The figures the declarations put in the panel, in their order, each with
/// its derivation and, while lines wait for an answer, its note.
fn figures(a: &Assessment, lang: Lang) -> Html {
    let note = |note: Option<PendingNote>| {
        let (words, testid) = match note.filter(|_| !a.pending.is_empty())? {
            PendingNote::Grant => (text::pending_grant(&a.pending, lang), "pending-grant"),
            PendingNote::Costs => (text::pending_costs(&a.pending, lang), "pending-costs"),
        };
        Some((AttrValue::from(words), AttrValue::Static(testid)))
    };
    html! {
        <dl class="figures">
            { for Money::in_panel().into_iter().map(|(figure, panel)| html! {
                <Figure
                    main={panel.main}
                    label={text::figure_name(figure, lang)}
                    value={text::figure_value(figure, a, lang)}
                    testid={figure.code().replace('_', "-")}
                    raw={format_amount(a.money(figure))}
                    derivation={figure.explained().map(|what| AttrValue::from(text::derivation(what, a, lang)))}
                    note={note(panel.note)} />
            }) }
        </dl>
    }
}

/// What to change to be eligible, each with a button to the field (which
/// closes the sheet on a phone).
fn advice(a: &Assessment, lang: Lang, open: &UseStateHandle<bool>) -> Html {
    if a.advice.is_empty() {
        return Html::default();
    }
    html! { <>
        <h3>{ say(ResultsPanelWord::WhatToChange, lang) }</h3>
        <ul class="advice" data-testid="advice">
            { for a.advice.iter().map(|s| {
                let target = goto::topic_target(s.topic);
                let open = open.clone();
                let go = Callback::from(move |_| { open.set(false); goto::go_to(target) });
                html! { <li data-advice={s.topic.code()}>{ text::suggestion(s, lang) }{ " " }
                    <button type="button" class="link-button" onclick={go}>{ say(ResultsPanelWord::GoThere, lang) }</button>
                </li> }
            }) }
        </ul>
    </> }
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
    use_sheet_keeps_field_in_view(*open);
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
    let verdict_class = match a.verdict {
        Verdict::Eligible => "verdict-eligible",
        Verdict::NotEligible => "verdict-not-eligible",
        Verdict::Incomplete => "verdict-incomplete",
    };
    // By status, each group in the rules' order (a stable grouping, no sort).
    let checks: Vec<_> = SHOWN_FIRST
        .iter()
        .flat_map(|&s| a.checks.iter().filter(move |c| c.status == s).cloned())
        .collect();
    let count = |s: Status| a.checks.iter().filter(|c| c.status == s).count();
    html! {
        <aside class={classes!("results", (*open).then_some("results-open"))} aria-labelledby="results-heading">
            <div class="results-bar" data-testid="results-bar">
                <h2 id="results-heading">{ say(ResultsPanelWord::Result, lang) }</h2>
                <p class={classes!("verdict", verdict_class)} aria-live="polite" aria-atomic="true">
                    <span data-testid="verdict" data-value={a.verdict.code()}>{ text::verdict_label(a.verdict, lang) }</span>
                    { " — " }
                    { headline(a, lang) }
                </p>
                if missing > 0 {
                    <button type="button" class="button-quiet to-complete" data-testid="to-complete" data-value={missing.to_string()} onclick={go_first}>
                        { text::to_complete(missing, lang) }
                    </button>
                }
                <button type="button" class="results-toggle button-quiet" aria-expanded={(*open).to_string()} aria-controls="results-body" onclick={toggle}>
                    { if *open { say(ResultsPanelWord::HideDetails, lang) } else { say(ResultsPanelWord::ShowDetails, lang) } }
                </button>
            </div>
            <div id="results-body" class="results-body">
                { figures(a, lang) }
                <p class="cap-line" data-testid="cap" data-value={a.cap_binds.to_string()}>{ text::cap_line(a, lang) }</p>
                <CapGauge assessment={a.clone()} lang={lang} />
                <DossierPanel assessment={a.clone()} lang={lang} />
                { advice(a, lang, &open) }
                <h3>{ text::checks_heading(count(Status::Fail), count(Status::Missing), count(Status::Pass), lang) }</h3>
                <ul class="checks" role="list">
                    { for checks.into_iter().map(|c| { let id = c.id.code(); html! { <CheckItem key={id} check={c} lang={lang} /> } }) }
                </ul>
                <BudgetChart draft={props.draft.clone()} assessment={a.clone()} lang={lang} />
                <TimelineChart timeline={props.draft.timeline.clone()} lang={lang} last_allowed_end={a.last_allowed_end} />
                <p class="hint">{ text::rules_adopted_on(a.rules_version(), lang) }</p>
            </div>
        </aside>
    }
}
