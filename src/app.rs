//! The whole page: one reducer holds the draft; the assessment is derived
//! from it (memoised on the draft), never stored beside it.

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
use crate::engine::assess;
use crate::goto::FieldMarks;
use crate::state::{Action, Notice, SavedItem, State};
use crate::storage;
use booster_ia::locale::Lang;
use booster_ia::params::Parameters;
use booster_ia::text;
use booster_ia::text::page::{say, AppWord};
use booster_ia::{Assessment, Draft, RuleId, Status};
use std::collections::HashSet;
use std::rc::Rc;
use yew::prelude::*;

/// The scheme in one sentence, its numbers from the parameters the engine
/// applied to the draft (the static first view in index.html says the same
/// before the app runs).
fn lede(lang: Lang, p: &Parameters) -> String {
    let rate = text::percent(p.grant_rate.value, lang);
    let cap = text::money(p.grant_cap.value, lang);
    let cap = cap
        .strip_suffix(",00\u{a0}€")
        .map_or(cap.clone(), |c| format!("{c}\u{a0}€"));
    let months = p.max_duration_months.value;
    match lang {
        Lang::Fr => format!("Région Normandie : aide de {rate} des dépenses éligibles, plafonnée à {cap} HT, pour une preuve de concept en IA de {months} mois au plus. Tout reste dans votre navigateur."),
        Lang::En | Lang::Pseudo => format!("Région Normandie: a grant of {rate} of eligible costs, capped at {} excluding VAT, for an AI proof of concept of {months} months at most. Everything stays in your browser.", cap.replace(".00", "")),
    }
}

/// How long typing must pause before the draft is saved, in milliseconds.
const SAVE_DELAY_MS: u32 = 300;
/// The first render's last stage (see `stage` in [`App`]): the results.
const LAST_STAGE: u8 = 5;

/// A draft waiting to be saved, with its assessment.
type PendingSave = Rc<std::cell::RefCell<Option<(Rc<Draft>, Rc<Assessment>)>>>;

/// Writes the pending draft, if any; says so if the browser refuses.
fn flush_save(pending: &PendingSave, dispatch: &Callback<Action>) {
    let Some((draft, assessment)) = pending.borrow_mut().take() else {
        return;
    };
    if storage::save_draft(&draft, &assessment).is_err() {
        dispatch.emit(Action::Notify(Notice {
            is_error: true,
            fr: "Le navigateur refuse d’enregistrer le brouillon (stockage plein ou désactivé) : exportez-le pour le garder.".into(),
            en: "The browser refuses to save the draft (storage full or disabled): export it to keep it.".into(),
        }));
    }
}

/// The simulator.
#[function_component(App)]
pub fn app() -> Html {
    let stand = *use_memo((), |_| crate::stand::from_location());
    let embed = crate::embed::mode();
    // In stand mode nothing is kept between visitors: no draft or language is
    // read or saved. The language: the URL's (embedded, the host's), a choice
    // saved here, or the browser's (src/lang.rs).
    let state = use_reducer(move || match stand {
        Some(_) => State::from_draft(Draft::default(), crate::lang::at_start(None)),
        None => crate::saved::saved_state(crate::lang::at_start(storage::load_lang())),
    });
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
    let assessment = use_memo(state.draft.clone(), |d| assess(d).map(Rc::new));
    // The other scenarios change only with the set (copy, switch, removal), and
    // every such change counts in `scenarios_version`.
    let parked_assessed = {
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
    };
    let lang = state.lang;
    // The examples show on an empty draft (always on a stand) and then stay,
    // until the page is left: the first letter typed, or an example loaded,
    // never takes the card away and moves the field being typed in.
    let examples_kept = use_mut_ref(|| false);
    if state.draft == Draft::default() {
        *examples_kept.borrow_mut() = true;
    }
    let show_examples = stand.is_some() || *examples_kept.borrow();

    // Embedded: the host page sizes the frame to the content, so tell it the
    // height whenever it changes (a section opening, a row added), in the same frame.
    use_effect_with((), move |_| {
        if crate::embed::mode().is_none() {
            return;
        }
        crate::embed::follow_viewport();
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let report = Closure::<dyn FnMut()>::new(|| {
            let height = gloo::utils::document()
                .document_element()
                .map(|e| e.scroll_height())
                .unwrap_or_default();
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"booster-ia:height".into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            crate::embed::post(&message);
        });
        if let (Ok(observer), Some(body)) = (
            web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()),
            gloo::utils::document().body(),
        ) {
            observer.observe(&body);
            // Kept for the page's life, as the observer is.
            report.forget();
            std::mem::forget(observer);
        }
    });
    // The first render comes in stages, one task each: the page's top first,
    // then the form's later sections, the results last. In one task the first
    // render blocked a phone's main thread for about half a second, most of
    // it the browser compiling, on first call, the code each part runs
    // (bench/NOTES.md, the startup trace); in stages no task blocks for long,
    // and the first screen paints sooner. The results (and their `verdict`)
    // come last, so whatever waits for them finds the whole page.
    let stage = use_state(|| 0u8);
    use_effect_with(*stage, {
        let stage = stage.clone();
        move |current| {
            let current = *current;
            let next = (current < LAST_STAGE)
                .then(|| gloo::timers::callback::Timeout::new(0, move || stage.set(current + 1)));
            move || drop(next)
        }
    });
    let stage = *stage;
    // The static first view is replaced once the app runs.
    use_effect_with((), |_| {
        if let Some(shell) = gloo::utils::document().get_element_by_id("shell") {
            shell.remove();
        }
    });
    {
        // Another tab saving the draft: stop saving here and ask which to keep.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            // Stand mode keeps nothing, so another tab's draft is no concern of it.
            let stand_mode = stand.is_some();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |event| {
                    use wasm_bindgen::JsCast;
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if stand_mode {
                        return;
                    }
                    let key = event.key();
                    if key.as_deref() == Some(storage::key(storage::DRAFT_KEY).as_str()) {
                        if let Some(text) = event.new_value() {
                            dispatch.emit(Action::OtherTabSaved(SavedItem::Draft(text)));
                        }
                    } else if key.as_deref() == Some(storage::key(storage::SCENARIOS_KEY).as_str())
                    {
                        dispatch.emit(Action::OtherTabSaved(SavedItem::Scenarios(
                            event.new_value(),
                        )));
                    }
                });
            move || drop(listener)
        });
    }
    {
        // A share link (`#draft=1.…`) opens its draft, asking first before it
        // replaces a non-empty one; a damaged or unknown link changes nothing.
        // At start, and when a link is pasted into a tab already open here
        // (only the fragment changes: no new page load).
        let dispatch = dispatch.clone();
        let draft_is_empty = use_mut_ref(|| true);
        *draft_is_empty.borrow_mut() = state.draft == Draft::default();
        use_effect_with((), move |_| {
            let open_link = move || {
                let current_is_empty = *draft_is_empty.borrow();
                let dispatch = dispatch.clone();
                let window = gloo::utils::window();
                let hash = window.location().hash().unwrap_or_default();
                if hash.starts_with(crate::share::PREFIX) {
                    // The draft now lives in the page; drop it from the address bar.
                    if let Ok(history) = window.history() {
                        let path = window.location().pathname().unwrap_or_else(|_| "/".into());
                        let search = window.location().search().unwrap_or_default();
                        let _ = history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(&format!("{path}{search}")),
                        );
                    }
                }
                // Inflating is asynchronous in the browser (src/share.rs).
                yew::platform::spawn_local(async move {
                    let action = match crate::share::decode(&hash).await {
                        Ok(None) => None,
                        Ok(Some(shared)) => {
                            let ask = "Remplacer le brouillon en cours par celui du lien ? / Replace the current draft with the link's?";
                            (current_is_empty || gloo::dialogs::confirm(ask)).then(|| {
                                Action::Replace(
                                    Box::new(shared),
                                    Some(Notice {
                                        is_error: false,
                                        fr: "Brouillon ouvert depuis un lien de partage.".into(),
                                        en: "Draft opened from a share link.".into(),
                                    }),
                                )
                            })
                        }
                        Err(e) => {
                            let (fr, en) = e.message();
                            Some(Action::Notify(Notice {
                                is_error: true,
                                fr,
                                en,
                            }))
                        }
                    };
                    if let Some(action) = action {
                        dispatch.emit(action);
                    }
                });
            };
            open_link();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    open_link()
                });
            move || drop(listener)
        });
    }
    use_effect_with((), |_| {
        // A self-check of the recovery path: `?panic-test` stops the app on purpose.
        let search = gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default();
        if search.contains("panic-test") {
            panic!("panic requested by ?panic-test");
        }
    });
    {
        // Save each change once typing pauses (writing a large draft on every
        // keystroke would cost more than computing it), unless another tab's
        // save is pending a choice; flush when the page is hidden or left.
        let pending = use_mut_ref(|| None::<(Rc<Draft>, Rc<Assessment>)>);
        let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
        {
            let pending = pending.clone();
            let dispatch = dispatch.clone();
            let assessment = assessment.clone();
            use_effect_with((draft.clone(), !state.conflict), move |(d, free)| {
                if *free && stand.is_none() {
                    if let Ok(a) = assessment.as_ref() {
                        *pending.borrow_mut() = Some((d.clone(), a.clone()));
                        let pending = pending.clone();
                        *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                            SAVE_DELAY_MS,
                            move || flush_save(&pending, &dispatch),
                        ));
                    }
                }
            });
        }
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_hide = {
                let pending = pending.clone();
                let dispatch = dispatch.clone();
                gloo::events::EventListener::new(&window, "pagehide", move |_| {
                    flush_save(&pending, &dispatch)
                })
            };
            let on_hidden = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "visibilitychange",
                move |_| {
                    if gloo::utils::document().hidden() {
                        flush_save(&pending, &dispatch);
                    }
                },
            );
            move || drop((on_hide, on_hidden))
        });
    }
    {
        // The set of scenarios changed (copy, switch, removal): save it and the
        // draft now, so a scenario never lives only in the page.
        let dispatch = dispatch.clone();
        let state = state.clone();
        let draft = draft.clone();
        let assessment = assessment.clone();
        // Also when a conflict with another tab ends with "keep this one". Not on
        // the first render: what was just read needs no saving.
        let first_run = use_mut_ref(|| true);
        use_effect_with(
            (state.scenarios_version, state.conflict),
            move |(_, conflict)| {
                let first_render = first_run.replace(false);
                if stand.is_none() && !conflict && !first_render {
                    let draft_saved = match assessment.as_ref() {
                        Ok(a) => storage::save_draft(&draft, a),
                        Err(_) => Ok(()),
                    };
                    if draft_saved.is_err()
                        || storage::save_scenarios(state.scenario, &state.parked).is_err()
                    {
                        dispatch.emit(Action::Notify(Notice {
                        is_error: true,
                        fr: "Le navigateur refuse d’enregistrer les scénarios (stockage plein ou désactivé) : exportez-les pour les garder.".into(),
                        en: "The browser refuses to save the scenarios (storage full or disabled): export them to keep them.".into(),
                    }));
                    }
                }
            },
        );
    }
    // The printable summary is built only while printing: kept in the page, a
    // 2 000-line budget table would be re-rendered on every keystroke.
    let printing = use_state(|| false);
    // « Imprimer le résumé »: the summary is rendered from the draft as it is,
    // then the browser prints, so the printout is never a keystroke behind.
    let print_requested = use_state(|| false);
    use_effect_with(*print_requested, {
        let print_requested = print_requested.clone();
        move |requested| {
            if *requested {
                print_requested.set(false);
                let _ = gloo::utils::window().print();
            }
        }
    });
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let before = {
                let printing = printing.clone();
                gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                    printing.set(true)
                })
            };
            let after = gloo::events::EventListener::new(&window, "afterprint", move |_| {
                printing.set(false)
            });
            move || drop((before, after))
        });
    }
    // Only a choice made on the page is saved: the language the page opened
    // in (the browser's guess) is read again next time.
    let first_run = use_mut_ref(|| true);
    use_effect_with(lang, move |lang| {
        let chosen = !std::mem::replace(&mut *first_run.borrow_mut(), false);
        if stand.is_none() && chosen {
            storage::save_lang(*lang);
        }
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(say(AppWord::BoosterIASimulatorRegionNormandie, *lang));
    });
    // The fields the person has been in and left, since the draft was last
    // replaced (its `loads`): an unanswered one is marked from then on.
    let visited = use_mut_ref(|| (state.loads, HashSet::<String>::new()));
    let rerender = use_force_update();
    {
        let visited = visited.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "focusout",
                move |event| {
                    use wasm_bindgen::JsCast;
                    let left = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                        .filter(|e| e.closest("#main").ok().flatten().is_some())
                        .map(|e| e.id())
                        .filter(|id| !id.is_empty());
                    if let Some(id) = left {
                        if visited.borrow_mut().1.insert(id) {
                            rerender.force_update();
                        }
                    }
                },
            );
            move || drop(listener)
        });
    }
    use_effect_with(state.visit, |visit| {
        // A stand's new visitor starts at the top of the page.
        if *visit > 0 {
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    use_effect_with(state.focus.clone(), |focus| {
        if let Some((id, _)) = focus {
            if let Some(element) = gloo::utils::document().get_element_by_id(id) {
                use wasm_bindgen::JsCast;
                if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        }
    });

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
    if visited.borrow().0 != state.loads {
        *visited.borrow_mut() = (state.loads, HashSet::new());
    }
    let marks = Rc::new(FieldMarks::of(
        &draft,
        &assessment,
        &visited.borrow().1,
        lang,
    ));
    let shared = Rc::new((*state).clone());
    let several = !state.parked.is_empty();
    let compared = parked_assessed.as_ref().clone().map(|mut all| {
        all.push((state.scenario, draft.clone(), assessment.clone()));
        all.sort_by_key(|(name, _, _)| *name);
        all
    });
    html! {
        <>
        <div key={state.visit.to_string()} class={classes!("layout", stand.is_some().then_some("stand"), embed.is_some().then_some("embedded"))}>
            <a class="skip-link" href="#results-heading">{ say(AppWord::SkipToTheResult, lang) }</a>
            if several {
                <a class="skip-link" href="#main">{ say(AppWord::SkipToTheForm, lang) }</a>
            }
            <header class="page-header">
                // Embedded, the host page has its own title and header.
                <h1 class={classes!(embed.is_some().then_some("visually-hidden"))}>{ say(AppWord::BoosterIASimulator, lang) }</h1>
                if embed.is_none() {
                    <p class="lede">{ lede(lang, &assessment.parameters) }</p>
                }
                if let Some(origin) = embed.as_ref().filter(|e| e.share).and_then(|e| e.parent.clone()) {
                    <SendPanel origin={origin} draft={draft.clone()} assessment={assessment.clone()} lang={lang} />
                }
                <Toolbar draft={draft.clone()} assessment={assessment.clone()} scenario={several.then_some(state.scenario)} lang={lang} dispatch={dispatch.clone()}
                    on_print={{ let print_requested = print_requested.clone(); Callback::from(move |_| print_requested.set(true)) }} />
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
        if *printing || *print_requested {
            <PrintSummary draft={draft} assessment={assessment} lang={lang} />
            if several {
                <PrintComparison scenarios={compared} editing={state.scenario} lang={lang} />
            }
        }
        </>
    }
}
