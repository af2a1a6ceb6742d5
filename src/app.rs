//! The whole page's layout: one reducer holds the draft; the assessment is
//! derived from it (memoised on the draft), never stored beside it. What
//! touches the browser is in `crate::effects`, one hook each.

use crate::components::budget_section::BudgetSection;
use crate::components::commitments_section::CommitmentsSection;
use crate::components::comparison_table::ComparisonTable;
use crate::components::conflict_bar::ConflictBar;
use crate::components::examples_card::ExamplesCard;
use crate::components::funding_section::FundingSection;
use crate::components::notice_bar::NoticeBar;
use crate::components::partners_section::PartnersSection;
use crate::components::print_comparison::PrintComparison;
use crate::components::print_summary::PrintSummary;
use crate::components::project_section::ProjectSection;
use crate::components::results_panel::ResultsPanel;
use crate::components::scenario_bar::ScenarioBar;
use crate::components::scores_section::ScoresSection;
use crate::components::send_panel::SendPanel;
use crate::components::stand_countdown::StandCountdown;
use crate::components::timeline_section::TimelineSection;
use crate::components::toolbar::Toolbar;
use crate::effects::saving::Assessed;
use crate::effects::{document, embedding, printing, saving, share_link, stages};
use crate::engine::assess;
use crate::goto::FieldMarks;
use crate::state::{Action, State};
use booster_ia::locale::Lang;
use booster_ia::params::Parameters;
use booster_ia::text;
use booster_ia::text::page::{say, tell, AppSentence, AppWord};
use booster_ia::{AssessError, Assessment, Draft, RuleId, Status};
use std::rc::Rc;
use yew::prelude::*;

/// The scheme in one sentence, its numbers from the parameters the engine
/// applied to the draft (the static first view in index.html says the same
/// before the app runs).
fn lede(lang: Lang, p: &Parameters) -> String {
    let rate = text::percent(p.grant_rate.value, lang);
    // The cap is a whole number of euros: written without its cents.
    let cap = text::money(p.grant_cap.value, lang);
    let cap = match cap.rsplit_once([',', '.']) {
        Some((whole, rest)) if rest.starts_with("00") => format!("{whole}{}", &rest[2..]),
        _ => cap,
    };
    let months = p.max_duration_months.value;
    tell(&AppSentence::Lede { rate, cap, months }, lang)
}

/// The first render's last stage (see [`stages`]): the results.
const LAST_STAGE: u8 = 5;

/// The other scenarios with their assessments. They change only with the
/// set (copy, switch, removal), and every such change counts in
/// `scenarios_version`.
type ParkedAssessed = Rc<Result<Vec<(&'static str, Rc<Draft>, Rc<Assessment>)>, AssessError>>;

/// The other scenarios, assessed once per change of the set.
#[hook]
fn use_parked_assessed(state: &State) -> ParkedAssessed {
    let parked: Vec<(&'static str, Rc<Draft>)> = state
        .parked
        .iter()
        .map(|p| (p.name, p.draft.clone()))
        .collect();
    use_memo(state.scenarios_version, move |_| {
        parked
            .into_iter()
            .map(|(name, draft)| assess(&draft).map(|a| (name, draft, Rc::new(a))))
            .collect::<Result<Vec<_>, _>>()
    })
}

/// Whether the examples show: on an empty draft (always on a stand), and
/// then they stay until the page is left: the first letter typed, or an
/// example loaded, never takes the card away and moves the field being typed in.
#[hook]
fn use_examples_shown(draft_is_empty: bool, stand: bool) -> bool {
    let kept = use_mut_ref(|| false);
    if draft_is_empty {
        *kept.borrow_mut() = true;
    }
    stand || *kept.borrow()
}

/// The simulator.
#[function_component(App)]
pub fn app() -> Html {
    let stand = *use_memo((), |_| crate::stand::from_location());
    let embed = crate::embed::mode();
    let state = use_reducer(move || saving::initial_state(stand));
    // One callback for the page's life: rows whose data did not change then
    // compare equal and are not re-rendered.
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let draft = use_memo(state.draft.clone(), |d| d.clone());
    let assessment: Assessed = use_memo(state.draft.clone(), |d| assess(d).map(Rc::new));
    let parked_assessed = use_parked_assessed(&state);
    // The state as the sections and the saving of scenarios read it.
    let shared = Rc::new((*state).clone());
    let lang = state.lang;
    let show_examples = use_examples_shown(state.draft == Draft::default(), stand.is_some());
    embedding::use_host_messages();
    let stage = stages::use_stages(LAST_STAGE);
    document::use_shell_removed();
    saving::use_other_tabs(stand, dispatch.clone());
    share_link::use_share_link(draft.clone(), lang, dispatch.clone());
    share_link::use_panic_test();
    saving::use_draft_saving(
        stand,
        draft.clone(),
        assessment.clone(),
        state.conflict,
        dispatch.clone(),
    );
    saving::use_scenarios_saving(
        stand,
        shared.clone(),
        draft.clone(),
        assessment.clone(),
        dispatch.clone(),
    );
    let (printing, print) = printing::use_printing();
    document::use_document_language(stand, lang);
    let fields_left = document::use_fields_left(state.loads);
    document::use_top_for_each_visitor(state.visit);
    document::use_focus(state.focus.clone());

    let assessment = match assessment.as_ref() {
        Ok(a) => a.clone(),
        Err(e) => {
            return html! {
                <main class="fatal" role="alert">
                    <p>{ text::assess_error(e, lang) }</p>
                </main>
            }
        }
    };
    // The fields the checks mark; one only unanswered once its field was left.
    let marks = Rc::new(FieldMarks::of(
        &draft,
        &assessment,
        &fields_left.borrow().1,
        lang,
    ));
    let several = !state.parked.is_empty();
    let compared = parked_assessed.as_ref().clone().map(|mut all| {
        // In name order (the others are kept so): placed, not sorted.
        let at = all.partition_point(|(name, _, _)| *name < state.scenario);
        all.insert(at, (state.scenario, draft.clone(), assessment.clone()));
        all
    });
    html! {
        <>
        <div key={state.visit.to_string()} class={classes!("layout", stand.is_some().then_some("stand"), embed.is_some().then_some("embedded"))}>
            <a class="skip-link" href="#results-heading">{ say(AppWord::SkipToResult, lang) }</a>
            if several {
                <a class="skip-link" href="#main">{ say(AppWord::SkipToForm, lang) }</a>
            }
            <header class="page-header">
                // Embedded, the host page has its own title and header.
                <h1 class={classes!(embed.is_some().then_some("visually-hidden"))}>{ say(AppWord::Heading, lang) }</h1>
                if embed.is_none() {
                    <p class="lede">{ lede(lang, &assessment.parameters) }</p>
                }
                if let Some(origin) = embed.as_ref().filter(|e| e.share).and_then(|e| e.parent.clone()) {
                    <SendPanel origin={origin} draft={draft.clone()} assessment={assessment.clone()} lang={lang} />
                }
                <Toolbar draft={draft.clone()} assessment={assessment.clone()} scenario={several.then_some(state.scenario)} lang={lang} dispatch={dispatch.clone()}
                    on_print={print} />
                <ScenarioBar names={state.scenario_names()} editing={state.scenario}
                    next={state.next_scenario_name()} conflict={state.conflict} lang={lang} dispatch={dispatch.clone()} />
                if state.conflict {
                    <ConflictBar lang={lang} dispatch={dispatch.clone()} />
                }
                if let Some(notice) = &state.notice {
                    <NoticeBar notice={notice.clone()} lang={lang} dispatch={dispatch.clone()} />
                }
            </header>
            if several {
                <ComparisonTable scenarios={compared.clone()} editing={state.scenario} lang={lang} />
            }
            <main id="main" class="form">
                if let Some(mode) = stand {
                    <StandCountdown idle_seconds={mode.idle_seconds} active={several || state.draft != Draft::default()} lang={lang} dispatch={dispatch.clone()} />
                }
                if stage >= 1 {
                if show_examples {
                    <ExamplesCard lang={lang} ask_first={stand.is_none() && state.draft != Draft::default()} dispatch={dispatch.clone()} />
                }
                <ProjectSection project={state.draft.project.clone()} lang={lang} field_marks={marks.clone()} dispatch={dispatch.clone()} />
                }
                if stage >= 2 {
                <PartnersSection state={shared.clone()} assessment={assessment.clone()} field_marks={marks.clone()} dispatch={dispatch.clone()} />
                <BudgetSection state={shared.clone()} assessment={assessment.clone()} field_marks={marks.clone()} dispatch={dispatch.clone()} />
                }
                if stage >= 3 {
                <TimelineSection key={format!("timeline-{}", state.loads)} timeline={state.draft.timeline.clone()} lang={lang}
                    last_allowed_end={assessment.last_allowed_end} max_months={assessment.parameters.max_duration_months.value}
                    first_day={assessment.scheme_opened} field_marks={marks.clone()} dispatch={dispatch.clone()} />
                <CommitmentsSection draft={state.draft.clone()} lang={lang} field_marks={marks.clone()} dispatch={dispatch.clone()} />
                }
                if stage >= 4 {
                <FundingSection key={format!("funding-{}", state.loads)} draft={draft.clone()} lang={lang} dispatch={dispatch.clone()} />
                <ScoresSection state={shared} marks={assessment.marks.clone()}
                    low={assessment.check(RuleId::SelfAssessment).is_some_and(|c| c.status == Status::Fail)} field_marks={marks.clone()} dispatch={dispatch.clone()} />
                }
            </main>
            if stage >= LAST_STAGE {
                <ResultsPanel draft={draft.clone()} assessment={assessment.clone()} lang={lang} />
            }
        </div>
        if printing {
            <PrintSummary draft={draft} assessment={assessment} lang={lang} />
            if several {
                <PrintComparison scenarios={compared} editing={state.scenario} lang={lang} />
            }
        }
        </>
    }
}
