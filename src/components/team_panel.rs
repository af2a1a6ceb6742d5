//! Working as a consortium: each partner exports its part (identity and
//! budget lines) as a file, the lead imports the parts and sees what the
//! merge would change before anything changes; budget lines go to and come
//! from a spreadsheet (CSV). Every replacement can be undone in one step.
//! The rules crate matches, merges and reads; this panel only shows its facts.
//! Its panels: [`send_part`], [`import_parts`], [`spreadsheets`], and the
//! previews of an import ([`merge_preview`], [`sheet_preview`]).

mod import_parts;
mod merge_preview;
mod send_part;
mod sheet_preview;
mod spreadsheets;
mod transfer;

use crate::state::{Action, Notice};
use booster_ia::consortium::part::PartFile;
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, TeamPanelWord};
use booster_ia::{Assessment, Draft};
use import_parts::ImportParts;
use merge_preview::MergePreview;
use send_part::SendPart;
use sheet_preview::SheetPreview;
use spreadsheets::Spreadsheets;
use std::rc::Rc;
use transfer::{focus, word_notice};
use yew::prelude::*;

/// Props of [`TeamPanel`].
#[derive(Properties, PartialEq)]
pub struct TeamPanelProps {
    /// The draft.
    pub draft: Rc<Draft>,
    /// Its assessment (for the assessment's spreadsheet).
    pub assessment: Rc<Assessment>,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
    /// Closes the panel.
    pub on_close: Callback<()>,
    /// The draft before the last merge or spreadsheet import, and the draft
    /// that import gave (kept by the toolbar, so closing the panel keeps the undo).
    pub undo: UseStateHandle<Option<(Rc<Draft>, Rc<Draft>)>>,
}

/// What waits for the user's choice: the files read. They are planned
/// against the draft as it is at each render, so an edit made while the
/// preview is open is neither lost nor given an id twice.
#[derive(Clone, PartialEq)]
enum Pending {
    /// Parts read, with their files' names.
    Merge {
        names: Rc<Vec<String>>,
        parts: Rc<Vec<PartFile>>,
    },
    /// A spreadsheet's text, with its file's name.
    Sheet { name: String, text: Rc<String> },
}

/// What reading files gave: a preview to decide on, or why nothing can be
/// imported (the draft is unchanged).
enum FilesRead {
    /// Files to preview.
    Preview(Pending),
    /// Why each file cannot be imported.
    Refused(Vec<String>),
}

/// A draft an import gives, with the notice that says what changed.
type Applied = (Draft, Notice);

/// Parts, spreadsheets and undo.
#[function_component(TeamPanel)]
pub fn team_panel(props: &TeamPanelProps) -> Html {
    let lang = props.lang;
    let draft = props.draft.clone();
    let pending = use_state(|| None::<Pending>);
    // The file errors of the last import (nothing was changed).
    let errors = use_state(Vec::<String>::new);
    let undo = props.undo.clone();
    let on_read = {
        let (pending, errors) = (pending.clone(), errors.clone());
        Callback::from(move |read: FilesRead| match read {
            FilesRead::Preview(p) => {
                pending.set(Some(p));
                errors.set(Vec::new());
            }
            FilesRead::Refused(problems) => {
                pending.set(None);
                errors.set(problems);
            }
        })
    };
    // Apply what is pending: the draft before is kept for one undo.
    let apply = {
        let (dispatch, draft) = (props.dispatch.clone(), draft.clone());
        let (pending, undo) = (pending.clone(), undo.clone());
        Callback::from(move |(next, notice): Applied| {
            undo.set(Some((draft.clone(), Rc::new(next.clone()))));
            pending.set(None);
            focus("team-heading");
            // The draft's own lines keep their ids (the comparison of
            // scenarios pairs them); new lines come with ids the draft lacks.
            dispatch.emit(Action::Restore(Box::new(next), Some(notice)));
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_| {
            pending.set(None);
            focus("team-heading");
        })
    };
    let undo_last = {
        let (dispatch, undo, current) = (props.dispatch.clone(), undo.clone(), draft.clone());
        Callback::from(move |_| {
            if let Some((before, imported)) = (*undo).clone() {
                // Edits made since the import would go with it: ask first.
                let question = say(TeamPanelWord::ConfirmUndoAfterEdits, lang);
                if *current != *imported && !gloo::dialogs::confirm(question) {
                    return;
                }
                undo.set(None);
                let notice = word_notice(TeamPanelWord::ImportUndone);
                dispatch.emit(Action::Restore(Box::new((*before).clone()), Some(notice)));
            }
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let preview = match &*pending {
        None => html! {},
        Some(Pending::Merge { names, parts }) => html! {
            <MergePreview names={names.clone()} parts={parts.clone()} draft={draft.clone()} {lang}
                on_apply={apply} on_cancel={cancel} />
        },
        Some(Pending::Sheet { name, text }) => html! {
            <SheetPreview name={name.clone()} text={text.clone()} draft={draft.clone()} {lang}
                on_apply={apply} on_cancel={cancel} />
        },
    };
    html! {
        <section class="card team" aria-labelledby="team-heading" data-testid="team-panel">
            <h2 id="team-heading" tabindex="-1">{ say(TeamPanelWord::Heading, lang) }</h2>
            <p class="hint">{ say(TeamPanelWord::Intro, lang) }</p>
            if !errors.is_empty() {
                <div role="alert" class="notice notice-error" data-testid="team-errors">
                    <ul>{ for errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
                    <p>{ say(TeamPanelWord::DraftUnchanged, lang) }</p>
                </div>
            }
            if undo.is_some() {
                <p class="inline">
                    <button type="button" class="button" data-testid="undo-import" onclick={undo_last}>
                        { say(TeamPanelWord::UndoLastImport, lang) }
                    </button>
                </p>
            }
            { preview }
            <SendPart draft={draft.clone()} {lang} dispatch={props.dispatch.clone()} />
            <ImportParts {lang} on_read={on_read.clone()} />
            <Spreadsheets {draft} assessment={props.assessment.clone()} {lang}
                dispatch={props.dispatch.clone()} {on_read} />
            <p><button type="button" class="button-quiet" onclick={close}>{ say(TeamPanelWord::Close, lang) }</button></p>
        </section>
    }
}
