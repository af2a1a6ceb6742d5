//! Language switch, new draft, export and import (file picker or drop).

use crate::state::{Action, Notice};
use booster_ia::format::{parse_draft, MAX_FILE_BYTES};
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, tell, ToolbarSentence, ToolbarWord};
use booster_ia::{export_draft, Assessment, Draft};
use gloo::file::callbacks::FileReader;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The draft (for export and to know whether "new" discards anything).
    pub draft: Rc<Draft>,
    /// Its assessment, written into the export.
    pub assessment: Rc<Assessment>,
    /// The scenario's name, when there are several (it goes into the file name).
    pub scenario: Option<&'static str>,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
    /// Prints the summary of the draft as it is now (the app renders it, then prints).
    pub on_print: Callback<()>,
}

/// Reads a chosen or dropped file into the draft, or says why it cannot.
fn import_file(
    file: web_sys::File,
    dispatch: Callback<Action>,
    reader: Rc<std::cell::RefCell<Option<FileReader>>>,
) {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES as f64 {
        // Checked before reading: a huge file never freezes the page.
        dispatch.emit(Action::Notify(Notice::error(move |lang| {
            let max_mb = MAX_FILE_BYTES / 1_000_000;
            tell(
                &ToolbarSentence::TooLarge {
                    name: &name,
                    max_mb,
                },
                lang,
            )
        })));
        return;
    }
    let file = gloo::file::File::from(file);
    let task = gloo::file::callbacks::read_as_text(&file, move |result| {
        let action = match result {
            Err(_) => Action::Notify(Notice::error(move |lang| {
                tell(&ToolbarSentence::Unreadable { name: &name }, lang)
            })),
            Ok(text) => match parse_draft(&text) {
                Ok(parsed) => Action::Replace(
                    Box::new(parsed.draft),
                    Some(Notice::success(move |lang| {
                        tell(&ToolbarSentence::Imported { name: &name }, lang)
                    })),
                ),
                Err(e) => Action::Notify(Notice::error(move |lang| {
                    let problem = e.message(lang);
                    let said = ToolbarSentence::NotADraft {
                        name: &name,
                        problem: &problem,
                    };
                    tell(&said, lang)
                })),
            },
        };
        dispatch.emit(action);
    });
    *reader.borrow_mut() = Some(task);
}

/// Downloads the draft with its assessment, named after its title (and
/// scenario); says so if the browser refuses.
fn export_callback(props: &ToolbarProps) -> Callback<MouseEvent> {
    let d = props.dispatch.clone();
    let draft = props.draft.clone();
    let assessment = props.assessment.clone();
    let scenario = props.scenario;
    Callback::from(move |_| {
        let name =
            crate::files::export_file_name(&draft.project.title, scenario, &crate::files::today());
        if crate::files::download(&name, &export_draft(&draft, &assessment)).is_err() {
            d.emit(Action::Notify(Notice::error(|lang| {
                say(ToolbarWord::DownloadRefused, lang).into()
            })));
        }
    })
}

/// The language the switch offers: the other of the two the page offers
/// (French from English and from the test-only pseudo-language, which is
/// never offered).
fn other_language(lang: Lang) -> Lang {
    match lang {
        Lang::Fr => Lang::En,
        _ => Lang::Fr,
    }
}

/// The toolbar above the form.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    let reader = use_mut_ref(|| None::<FileReader>);
    let dragging = use_state(|| false);
    let sharing = use_state(|| false);
    let team = use_state(|| false);
    let undo_import = use_state(|| None::<(Rc<Draft>, Rc<Draft>)>);
    // An undo belongs to the draft it was made on: another scenario, a new
    // or imported draft ends it.
    {
        let undo_import = undo_import.clone();
        use_effect_with(props.scenario, move |_| undo_import.set(None));
    }
    // On a narrow screen the actions fold into a menu, so the form comes first.
    let menu = use_state(|| false);
    let d = props.dispatch.clone();

    let next_lang = other_language(lang);
    let switch = {
        let d = d.clone();
        Callback::from(move |_| d.emit(Action::SetLang(next_lang)))
    };
    let new_draft = {
        let d = d.clone();
        let undo_import = undo_import.clone();
        let empty = *props.draft == Draft::default();
        Callback::from(move |_| {
            let question = say(ToolbarWord::DiscardDraftQuestion, lang);
            if empty || gloo::dialogs::confirm(question) {
                undo_import.set(None);
                d.emit(Action::Replace(Box::default(), None));
            }
        })
    };
    let export = export_callback(props);
    let picked = {
        let d = d.clone();
        let reader = reader.clone();
        let undo_import = undo_import.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                undo_import.set(None);
                import_file(file, d.clone(), reader.clone());
            }
            // Allow choosing the same file again.
            input.set_value("");
        })
    };
    let drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let dropped = {
        let d = d.clone();
        let dragging = dragging.clone();
        let undo_import = undo_import.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|t| t.files())
                .and_then(|f| f.get(0))
            {
                undo_import.set(None);
                import_file(file, d.clone(), reader.clone());
            }
        })
    };
    let share = {
        let sharing = sharing.clone();
        Callback::from(move |_| sharing.set(!*sharing))
    };
    let close_share = {
        let sharing = sharing.clone();
        Callback::from(move |_| sharing.set(false))
    };
    html! {
        <>
        <div class={classes!("toolbar", (*menu).then_some("toolbar-open"))} role="group" aria-label={say(ToolbarWord::DraftActions, lang)}>
            <button type="button" class="button-quiet menu-toggle" aria-expanded={menu.to_string()} aria-controls="toolbar-actions"
                onclick={{ let menu = menu.clone(); Callback::from(move |_| menu.set(!*menu)) }}>
                { say(ToolbarWord::Menu, lang) }
            </button>
            <div id="toolbar-actions" class="toolbar-actions">
            <button type="button" class="button" onclick={new_draft}>{ say(ToolbarWord::NewDraft, lang) }</button>
            <button type="button" class="button" data-testid="export" onclick={export.clone()}>{ say(ToolbarWord::Export, lang) }</button>
            <div class={classes!("dropzone", (*dragging).then_some("dropzone-active"))}
                 ondragover={drag_over} ondragleave={drag_leave} ondrop={dropped}>
                <label for="import-file" class="button">{ say(ToolbarWord::Import, lang) }</label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json"
                    data-testid="import-file" onchange={picked} />
                <span class="hint">{ say(ToolbarWord::OrDropHere, lang) }</span>
            </div>
            <button type="button" class="button-quiet" data-testid="team" aria-expanded={team.to_string()}
                onclick={{ let team = team.clone(); Callback::from(move |_| team.set(!*team)) }}>
                { say(ToolbarWord::WorkingTogether, lang) }
            </button>
            <button type="button" class="button-quiet" data-testid="share" aria-expanded={sharing.to_string()} onclick={share}>
                { say(ToolbarWord::Share, lang) }
            </button>
            <button type="button" class="button-quiet" data-testid="print" onclick={{ let on_print = props.on_print.clone(); Callback::from(move |_| on_print.emit(())) }}>
                { say(ToolbarWord::Print, lang) }
            </button>
            </div>
            <button type="button" class="button-quiet lang-switch" onclick={switch} lang={next_lang.code()}>
                { say(ToolbarWord::OtherLanguage, lang) }
            </button>
        </div>
        if *team {
            <crate::components::team_panel::TeamPanel draft={props.draft.clone()} assessment={props.assessment.clone()} lang={lang}
                dispatch={props.dispatch.clone()} on_close={{ let team = team.clone(); Callback::from(move |_| team.set(false)) }}
                undo={undo_import.clone()} />
        }
        if *sharing {
            <crate::components::share_panel::SharePanel draft={props.draft.clone()} lang={lang} on_close={close_share} on_export={export} />
        }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::other_language;
    use booster_ia::locale::Lang;

    #[test]
    fn the_switch_offers_the_other_offered_language_never_the_pseudo_language() {
        assert_eq!(other_language(Lang::Fr), Lang::En);
        assert_eq!(other_language(Lang::En), Lang::Fr);
        assert_eq!(other_language(Lang::Pseudo), Lang::Fr);
    }
}
