//! The spreadsheet preview: the budget lines a spreadsheet gave, the rows
//! that could not be read, and the choice to replace the budget lines or
//! add to them.

use super::transfer::{focus, sentence_notice};
use super::Applied;
use booster_ia::format::MAX_BUDGET_LINES;
use booster_ia::lines_csv::{read_lines_csv, with_lines};
use booster_ia::locale::Lang;
use booster_ia::text::page::team_panel::TeamPanelSentence;
use booster_ia::text::page::{say, tell, TeamPanelWord};
use booster_ia::{text, Draft};
use std::rc::Rc;
use yew::prelude::*;

/// Most unreadable rows listed (a large broken file would list thousands).
const MAX_PROBLEMS_SHOWN: usize = 100;

/// Props of [`SheetPreview`].
#[derive(Properties, PartialEq)]
pub struct SheetPreviewProps {
    /// The spreadsheet's file name.
    pub name: String,
    /// Its text.
    pub text: Rc<String>,
    /// The draft as it is now (the lines are read against it at each render).
    pub draft: Rc<Draft>,
    /// The page language.
    pub lang: Lang,
    /// Imports: receives the draft with the lines and its notice.
    pub on_apply: Callback<Applied>,
    /// Closes the preview, nothing changed.
    pub on_cancel: Callback<MouseEvent>,
}

/// The lines read, and the choice to replace, add or cancel.
#[function_component(SheetPreview)]
pub fn sheet_preview(props: &SheetPreviewProps) -> Html {
    let lang = props.lang;
    use_effect_with(props.text.clone(), |_| focus("csv-heading"));
    let import = use_memo(
        (props.text.clone(), props.draft.clone()),
        |(text, draft)| read_lines_csv(text, draft),
    );
    let draft = &props.draft;
    let read = import.lines.len();
    // The drafts each choice gives: `None` beyond the format's number of lines.
    let replaced = with_lines(draft, &import.lines, false);
    let appended = with_lines(draft, &import.lines, true);
    let too_many = appended.is_none();
    let with = |append: bool, next: Option<Draft>| {
        let on_apply = props.on_apply.clone();
        Callback::from(move |_| {
            let Some(next) = next.clone() else { return };
            let notice = sentence_notice(if append {
                TeamPanelSentence::LinesAppended { count: read }
            } else {
                TeamPanelSentence::LinesReplaced { count: read }
            });
            on_apply.emit((next, notice))
        })
    };
    let problems = import.problems.len();
    html! {
        <div class="csv-preview" data-testid="csv-preview" role="region" aria-labelledby="csv-heading">
            <h3 id="csv-heading" tabindex="-1">{ tell(&TeamPanelSentence::LinesRead { file: &props.name, count: read }, lang) }</h3>
            if problems > 0 {
                <div role="alert" data-testid="csv-problems">
                    <p>{ tell(&TeamPanelSentence::UnreadableRows { count: problems }, lang) }</p>
                    <ul>{ for import.problems.iter().take(MAX_PROBLEMS_SHOWN).map(|p| html! { <li>{ text::line_problem(p, lang) }</li> }) }</ul>
                    if problems > MAX_PROBLEMS_SHOWN {
                        <p>{ tell(&TeamPanelSentence::MoreProblems { count: problems - MAX_PROBLEMS_SHOWN }, lang) }</p>
                    }
                </div>
            }
            if too_many {
                <p data-testid="csv-too-many">{ tell(&TeamPanelSentence::TooManyLines { max: MAX_BUDGET_LINES }, lang) }</p>
            }
            <div class="inline">
                <button type="button" class="button" data-testid="csv-replace" onclick={with(false, replaced)} disabled={read == 0}>
                    { say(TeamPanelWord::ReplaceLines, lang) }
                </button>
                <button type="button" class="button" data-testid="csv-append" onclick={with(true, appended)} disabled={read == 0 || too_many}>
                    { say(TeamPanelWord::AppendLines, lang) }
                </button>
                <button type="button" class="button-quiet" data-testid="csv-cancel" onclick={props.on_cancel.clone()}>{ say(TeamPanelWord::Cancel, lang) }</button>
            </div>
        </div>
    }
}
