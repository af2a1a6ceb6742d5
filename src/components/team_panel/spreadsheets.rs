//! Budget lines in a spreadsheet: the lines and the assessment exported as
//! CSV, and a spreadsheet's lines read for the import preview.

use super::transfer::{download, picked_files, start_reading, FileRead, Reading};
use super::{FilesRead, Pending};
use crate::state::Action;
use booster_ia::lines_csv::{assessment_csv, decode_sheet, lines_csv};
use booster_ia::locale::Lang;
use booster_ia::text::page::team_panel::TeamPanelSentence;
use booster_ia::text::page::{say, tell, TeamPanelWord};
use booster_ia::{Assessment, Draft};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Spreadsheets`].
#[derive(Properties, PartialEq)]
pub struct SpreadsheetsProps {
    /// The draft.
    pub draft: Rc<Draft>,
    /// Its assessment (for the assessment's spreadsheet).
    pub assessment: Rc<Assessment>,
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
    /// Receives the spreadsheet read, or why it cannot be.
    pub on_read: Callback<FilesRead>,
}

/// The spreadsheet of `files` (the first), or why it cannot be read.
fn sheet_of(files: Vec<FileRead>, lang: Lang) -> Option<FilesRead> {
    let (name, bytes) = files.into_iter().next()?;
    Some(match bytes {
        Ok(bytes) => FilesRead::Preview(Pending::Sheet {
            name,
            text: Rc::new(decode_sheet(&bytes)),
        }),
        Err(()) => FilesRead::Refused(vec![tell(
            &TeamPanelSentence::UnreadableSheet { file: &name },
            lang,
        )]),
    })
}

/// The CSV exports, the import's picker, and the columns expected.
#[function_component(Spreadsheets)]
pub fn spreadsheets(props: &SpreadsheetsProps) -> Html {
    let lang = props.lang;
    let reading = use_mut_ref(|| None::<Reading>);
    let csv_file = move |word: TeamPanelWord, title: &str| {
        crate::files::named_file(say(word, lang), title, &crate::files::today(), "csv")
    };
    let export_lines = {
        let (draft, dispatch) = (props.draft.clone(), props.dispatch.clone());
        Callback::from(move |_| {
            let file = csv_file(TeamPanelWord::LinesFileName, &draft.project.title);
            download(
                &dispatch,
                &file,
                &lines_csv(&draft, lang),
                "text/csv;charset=utf-8",
            )
        })
    };
    let export_assessment = {
        let (draft, dispatch) = (props.draft.clone(), props.dispatch.clone());
        let assessment = props.assessment.clone();
        Callback::from(move |_| {
            let file = csv_file(TeamPanelWord::AssessmentFileName, &draft.project.title);
            let csv = assessment_csv(&draft, &assessment, lang);
            download(&dispatch, &file, &csv, "text/csv;charset=utf-8")
        })
    };
    let picked = {
        let on_read = props.on_read.clone();
        let on_sheet = Callback::from(move |files: Vec<FileRead>| {
            if let Some(read) = sheet_of(files, lang) {
                on_read.emit(read);
            }
        });
        Callback::from(move |e: Event| start_reading(&reading, picked_files(&e), on_sheet.clone()))
    };
    html! {
        <>
            <h3>{ say(TeamPanelWord::SpreadsheetHeading, lang) }</h3>
            <div class="inline">
                <button type="button" class="button-quiet" data-testid="export-lines-csv" onclick={export_lines}>{ say(TeamPanelWord::ExportLines, lang) }</button>
                <button type="button" class="button-quiet" data-testid="export-assessment-csv" onclick={export_assessment}>{ say(TeamPanelWord::ExportAssessment, lang) }</button>
                <label for="import-lines-csv" class="button">{ say(TeamPanelWord::ImportLines, lang) }</label>
                <input id="import-lines-csv" class="visually-hidden" type="file" accept=".csv,text/csv"
                    data-testid="import-lines-csv" onchange={picked} />
            </div>
            <p class="hint">{ say(TeamPanelWord::SpreadsheetColumns, lang) }</p>
        </>
    }
}
