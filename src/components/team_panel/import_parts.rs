//! Importing parts: the partners' part files, picked or dropped, read and
//! checked; valid ones go to the merge preview, else nothing changes.

use super::transfer::{dropped_files, picked_files, start_reading, FileRead, Reading};
use super::{FilesRead, Pending};
use booster_ia::consortium::part::{parse_part, PartFile};
use booster_ia::locale::Lang;
use booster_ia::text::page::team_panel::TeamPanelSentence;
use booster_ia::text::page::{say, tell, TeamPanelWord};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ImportParts`].
#[derive(Properties, PartialEq)]
pub struct ImportPartsProps {
    /// The page language.
    pub lang: Lang,
    /// Receives the parts read, or why they cannot be merged.
    pub on_read: Callback<FilesRead>,
}

/// The parts of `files`, if every one is a valid part; else why each is not.
fn parts_of(files: Vec<FileRead>, lang: Lang) -> FilesRead {
    let mut parts: Vec<PartFile> = Vec::new();
    let mut problems = Vec::new();
    for (file, bytes) in &files {
        let read = bytes
            .as_ref()
            .ok()
            .and_then(|b| String::from_utf8(b.clone()).ok());
        match read.map(|t| parse_part(&t)) {
            None => problems.push(tell(&TeamPanelSentence::UnreadablePart { file }, lang)),
            Some(Err(error)) => problems.push(tell(
                &TeamPanelSentence::InvalidPart {
                    file,
                    error: &error,
                },
                lang,
            )),
            Some(Ok(part)) => parts.push(part),
        }
    }
    if problems.is_empty() && !parts.is_empty() {
        FilesRead::Preview(Pending::Merge {
            names: Rc::new(files.into_iter().map(|(n, _)| n).collect()),
            parts: Rc::new(parts),
        })
    } else {
        FilesRead::Refused(problems)
    }
}

/// A drop zone and a picker for the parts' files.
#[function_component(ImportParts)]
pub fn import_parts(props: &ImportPartsProps) -> Html {
    let lang = props.lang;
    let dragging = use_state(|| false);
    let reading = use_mut_ref(|| None::<Reading>);
    let on_parts = {
        let on_read = props.on_read.clone();
        Callback::from(move |files: Vec<FileRead>| on_read.emit(parts_of(files, lang)))
    };
    let picked = {
        let (reading, on_parts) = (reading.clone(), on_parts.clone());
        Callback::from(move |e: Event| start_reading(&reading, picked_files(&e), on_parts.clone()))
    };
    let dropped = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            start_reading(&reading, dropped_files(&e), on_parts.clone())
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
    html! {
        <>
            <h3>{ say(TeamPanelWord::ImportPartsHeading, lang) }</h3>
            <div class={classes!("dropzone", (*dragging).then_some("dropzone-active"))}
                ondragover={drag_over} ondragleave={drag_leave} ondrop={dropped}>
                <label for="import-parts" class="button">{ say(TeamPanelWord::ChooseParts, lang) }</label>
                <input id="import-parts" class="visually-hidden" type="file" multiple=true accept=".json,application/json"
                    data-testid="import-parts" onchange={picked} />
                <span class="hint">{ say(TeamPanelWord::OrDropFiles, lang) }</span>
            </div>
        </>
    }
}
