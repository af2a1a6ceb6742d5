//! Files in and out of the team panel: reading the files picked or dropped,
//! offering a file for download, and the notices that tell what happened.

use crate::state::{Action, Notice};
use booster_ia::format::MAX_FILE_BYTES;
use booster_ia::text::page::{say, tell, InEnglishSentence, InFrenchSentence, TeamPanelWord};
use booster_ia::Date;
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A file's name and its bytes (`Err`: too large or unreadable).
pub type FileRead = (String, Result<Vec<u8>, ()>);
/// Files being read, in the order chosen; the list is complete once each is `Some`.
pub type Reading = Rc<RefCell<(Vec<Option<FileRead>>, Vec<FileReader>)>>;

/// The files read so far, once every one is.
fn all_read(reading: &Reading) -> Option<Vec<FileRead>> {
    let s = reading.borrow();
    s.0.iter()
        .all(Option::is_some)
        .then(|| s.0.iter().flatten().cloned().collect())
}

/// Reads `files` as bytes, then calls `done` with each name and content, in order.
pub fn read_all(files: Vec<web_sys::File>, done: Callback<Vec<FileRead>>) -> Reading {
    let reading: Reading = Rc::new(RefCell::new((vec![None; files.len()], Vec::new())));
    for (i, file) in files.into_iter().enumerate() {
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            // Checked before reading: a huge file never freezes the page.
            reading.borrow_mut().0[i] = Some((name, Err(())));
            continue;
        }
        let state = reading.clone();
        let done = done.clone();
        let task = gloo::file::callbacks::read_as_bytes(&gloo::file::File::from(file), move |r| {
            state.borrow_mut().0[i] = Some((name, r.map_err(|_| ())));
            if let Some(all) = all_read(&state) {
                done.emit(all);
            }
        });
        reading.borrow_mut().1.push(task);
    }
    if let Some(all) = all_read(&reading) {
        done.emit(all);
    }
    reading
}

/// Starts reading `files` (if any), keeping the reading alive in `slot`.
pub fn start_reading(
    slot: &Rc<RefCell<Option<Reading>>>,
    files: Vec<web_sys::File>,
    done: Callback<Vec<FileRead>>,
) {
    if !files.is_empty() {
        *slot.borrow_mut() = Some(read_all(files, done));
    }
}

/// The files of a picker's change event (then emptied, so the same file can be chosen again).
pub fn picked_files(e: &Event) -> Vec<web_sys::File> {
    let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input.files();
    let out = (0..files.as_ref().map_or(0, |f| f.length()))
        .filter_map(|i| files.as_ref().and_then(|f| f.get(i)))
        .collect();
    input.set_value("");
    out
}

/// The files of a drop.
pub fn dropped_files(e: &DragEvent) -> Vec<web_sys::File> {
    e.prevent_default();
    let files = e.data_transfer().and_then(|t| t.files());
    (0..files.as_ref().map_or(0, |f| f.length()))
        .filter_map(|i| files.as_ref().and_then(|f| f.get(i)))
        .collect()
}

/// Gives the focus to the element `id`, if it is on the page.
pub fn focus(id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Today in the browser's time zone.
pub fn today() -> Option<Date> {
    Date::parse(&crate::files::today())
}

/// Offers `text` for download as `name`; says so if the browser refuses.
pub fn download(dispatch: &Callback<Action>, name: &str, text: &str, media: &str) {
    if crate::files::download_as(name, text, media).is_err() {
        dispatch.emit(Action::Notify(Notice::error(|lang| {
            say(TeamPanelWord::DownloadRefused, lang).to_string()
        })));
    }
}

/// A notice of success saying `word` in the page's language.
pub fn word_notice(word: TeamPanelWord) -> Notice {
    Notice::success(move |lang| say(word, lang).to_string())
}

/// A notice of success telling `sentence` in the page's language.
pub fn sentence_notice<S: InFrenchSentence + InEnglishSentence + 'static>(sentence: S) -> Notice {
    Notice::success(move |lang| tell(&sentence, lang))
}
