//! Working as a consortium: each partner exports its part (identity and
//! budget lines) as a file, the lead imports the parts and sees what the
//! merge would change before anything changes; budget lines go to and come
//! from a spreadsheet (CSV). Every replacement can be undone in one step.
//! The rules crate matches, merges and reads; this panel only shows its facts.

use crate::state::{Action, Notice};
use booster_ia::draft::{Partner, PartnerKind, Role};
use booster_ia::format::{MAX_BUDGET_LINES, MAX_FILE_BYTES};
use booster_ia::lines_csv::{assessment_csv, decode_sheet, lines_csv, read_lines_csv, with_lines};
use booster_ia::locale::Lang;
use booster_ia::merge::{apply_merge, plan_merge, MergeFigures};
use booster_ia::money::format_money;
use booster_ia::part::{parse_part, part_json, PartFile};
use booster_ia::rules::PartnerRef;
use booster_ia::text::page::{say, TeamPanelWord};
use booster_ia::{text, Assessment, Date, Draft, Figure};
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
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

/// Most unreadable rows listed (a large broken file would list thousands).
const MAX_PROBLEMS_SHOWN: usize = 100;

/// A file's name and its bytes (`Err`: too large or unreadable).
type FileRead = (String, Result<Vec<u8>, ()>);
/// Files being read, in the order chosen; the list is complete once each is `Some`.
type Reading = Rc<RefCell<(Vec<Option<FileRead>>, Vec<FileReader>)>>;

/// Reads `files` as bytes, then calls `done` with each name and content, in order.
fn read_all(files: Vec<web_sys::File>, done: Callback<Vec<FileRead>>) -> Reading {
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
            let all = {
                let mut s = state.borrow_mut();
                s.0[i] = Some((name, r.map_err(|_| ())));
                s.0.iter()
                    .all(Option::is_some)
                    .then(|| s.0.iter().flatten().cloned().collect::<Vec<_>>())
            };
            if let Some(all) = all {
                done.emit(all);
            }
        });
        reading.borrow_mut().1.push(task);
    }
    let all = {
        let s = reading.borrow();
        s.0.iter()
            .all(Option::is_some)
            .then(|| s.0.iter().flatten().cloned().collect::<Vec<_>>())
    };
    if let Some(all) = all {
        done.emit(all);
    }
    reading
}

/// The files of a picker's change event (then emptied, so the same file can be chosen again).
fn picked_files(e: &Event) -> Vec<web_sys::File> {
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
fn dropped_files(e: &DragEvent) -> Vec<web_sys::File> {
    e.prevent_default();
    let files = e.data_transfer().and_then(|t| t.files());
    (0..files.as_ref().map_or(0, |f| f.length()))
        .filter_map(|i| files.as_ref().and_then(|f| f.get(i)))
        .collect()
}

/// Gives the focus back to the panel's heading once a preview closes (its
/// buttons go with it, and the focus would fall to the page's start).
fn focus_heading() {
    if let Some(element) = gloo::utils::document().get_element_by_id("team-heading") {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Today in the browser's time zone.
fn today() -> Option<Date> {
    Date::parse(&crate::files::today())
}

/// A draft with only one partner, not the lead, for a partner preparing its part.
fn partner_draft() -> Draft {
    let mut draft = Draft::default();
    draft.partners.push(Partner {
        id: "p1".into(),
        name: String::new(),
        kind: PartnerKind::Company,
        siret: None,
        postcode: String::new(),
        country: Default::default(),
        vat_recoverable: None,
        role: Role::Partner,
        new_to_datalab: false,
    });
    draft
}

/// "Before → after" of one figure.
fn before_after(
    before: Option<&MergeFigures>,
    after: Option<&MergeFigures>,
    pick: fn(&MergeFigures) -> rust_decimal::Decimal,
    lang: Lang,
) -> String {
    let show = |f: Option<&MergeFigures>| {
        f.map(|f| format_money(pick(f), lang))
            .unwrap_or_else(|| "—".into())
    };
    format!("{} → {}", show(before), show(after))
}

/// Parts, spreadsheets and undo.
#[function_component(TeamPanel)]
pub fn team_panel(props: &TeamPanelProps) -> Html {
    let lang = props.lang;
    let draft = props.draft.clone();
    let d = props.dispatch.clone();
    let pending = use_state(|| None::<Pending>);
    // The file errors of the last import (nothing was changed).
    let errors = use_state(Vec::<String>::new);
    let undo = props.undo.clone();
    let reading = use_mut_ref(|| None::<Reading>);
    let part_partner = use_state(|| None::<String>);
    let dragging = use_state(|| false);

    let download = {
        let d = d.clone();
        move |name: String, text: String, media: &'static str| {
            if crate::files::download_as(&name, &text, media).is_err() {
                d.emit(Action::Notify(Notice::in_french_and_english(
                    true,
                    "Le navigateur a refusé le téléchargement.".into(),
                    "The browser refused the download.".into(),
                )));
            }
        }
    };
    let chosen = (*part_partner)
        .clone()
        .filter(|id| draft.partners.iter().any(|p| &p.id == id))
        .or_else(|| draft.partners.first().map(|p| p.id.clone()));
    let export_part = {
        let draft = draft.clone();
        let chosen = chosen.clone();
        let download = download.clone();
        Callback::from(move |_| {
            let (Some(id), Some(date)) = (chosen.clone(), today()) else {
                return;
            };
            let Some((position, partner)) =
                draft.partners.iter().enumerate().find(|(_, p)| p.id == id)
            else {
                return;
            };
            if let Some(text) = part_json(&draft, &id, date) {
                let name = text::partner_label(&partner.name, position + 1, lang);
                download(
                    crate::files::named_file(
                        say(TeamPanelWord::Part, lang),
                        &name,
                        &crate::files::today(),
                        "json",
                    ),
                    text,
                    "application/json",
                );
            }
        })
    };
    let start_part = {
        let d = d.clone();
        let empty = *draft == Draft::default();
        Callback::from(move |_| {
            let question = say(TeamPanelWord::ReplaceTheCurrentDraftWith, lang);
            if empty || gloo::dialogs::confirm(question) {
                d.emit(Action::Replace(Box::new(partner_draft()), Some(Notice::in_french_and_english(
                    false,
                    "Décrivez votre structure et vos lignes de budget, puis « Exporter la partie » : envoyez le fichier au porteur du projet.".into(),
                    "Describe your organisation and your budget lines, then “Export the part”: send the file to the project's lead.".into(),
                ))));
            }
        })
    };
    // Parts read: every file must be a valid part, else nothing changes.
    let on_parts = {
        let pending = pending.clone();
        let errors = errors.clone();
        Callback::from(move |files: Vec<FileRead>| {
            let mut parts: Vec<PartFile> = Vec::new();
            let mut problems = Vec::new();
            for (name, bytes) in &files {
                let read = bytes
                    .as_ref()
                    .ok()
                    .and_then(|b| String::from_utf8(b.clone()).ok());
                match read.map(|t| parse_part(&t)) {
                    None => problems.push(match lang {
                        Lang::Fr => {
                            format!("« {name} » n’a pas pu être lu (5 Mo au plus, texte UTF-8).")
                        }
                        Lang::En | Lang::Pseudo => {
                            format!("“{name}” could not be read (5 MB at most, UTF-8 text).")
                        }
                    }),
                    Some(Err(e)) => problems.push(match lang {
                        Lang::Fr => format!(
                            "« {name} » n’est pas une partie valide — {}.",
                            e.message(lang)
                        ),
                        Lang::En | Lang::Pseudo => {
                            format!("“{name}” is not a valid part — {}.", e.message(lang))
                        }
                    }),
                    Some(Ok(part)) => parts.push(part),
                }
            }
            if problems.is_empty() && !parts.is_empty() {
                pending.set(Some(Pending::Merge {
                    names: Rc::new(files.into_iter().map(|(n, _)| n).collect()),
                    parts: Rc::new(parts),
                }));
            } else {
                pending.set(None);
            }
            errors.set(problems);
        })
    };
    let on_sheet = {
        let pending = pending.clone();
        let errors = errors.clone();
        Callback::from(move |files: Vec<FileRead>| {
            let Some((name, bytes)) = files.into_iter().next() else {
                return;
            };
            match bytes {
                Ok(bytes) => {
                    pending.set(Some(Pending::Sheet {
                        name,
                        text: Rc::new(decode_sheet(&bytes)),
                    }));
                    errors.set(Vec::new());
                }
                Err(()) => {
                    pending.set(None);
                    errors.set(vec![match lang {
                        Lang::Fr => format!("« {name} » n’a pas pu être lu (5 Mo au plus)."),
                        Lang::En | Lang::Pseudo => {
                            format!("“{name}” could not be read (5 MB at most).")
                        }
                    }]);
                }
            }
        })
    };
    let start_reading = {
        let reading = reading.clone();
        move |files: Vec<web_sys::File>, done: Callback<Vec<FileRead>>| {
            if !files.is_empty() {
                *reading.borrow_mut() = Some(read_all(files, done));
            }
        }
    };
    let parts_picked = {
        let start = start_reading.clone();
        let on_parts = on_parts.clone();
        Callback::from(move |e: Event| start(picked_files(&e), on_parts.clone()))
    };
    let parts_dropped = {
        let start = start_reading.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            start(dropped_files(&e), on_parts.clone())
        })
    };
    let sheet_picked = {
        let start = start_reading.clone();
        Callback::from(move |e: Event| start(picked_files(&e), on_sheet.clone()))
    };
    // Apply what is pending: the draft before is kept for one undo.
    let apply = {
        let d = d.clone();
        let draft = draft.clone();
        let pending = pending.clone();
        let undo = undo.clone();
        move |next: Draft, fr: String, en: String| {
            undo.set(Some((draft.clone(), Rc::new(next.clone()))));
            pending.set(None);
            focus_heading();
            // The draft's own lines keep their ids (the comparison of
            // scenarios pairs them); new lines come with ids the draft lacks.
            d.emit(Action::Restore(
                Box::new(next),
                Some(Notice::in_french_and_english(false, fr, en)),
            ));
        }
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_| {
            pending.set(None);
            focus_heading();
        })
    };
    let undo_last = {
        let d = d.clone();
        let undo = undo.clone();
        let current = draft.clone();
        Callback::from(move |_| {
            if let Some((before, imported)) = (*undo).clone() {
                // Edits made since the import would go with it: ask first.
                let question = say(TeamPanelWord::TheDraftWasEditedSince, lang);
                if *current != *imported && !gloo::dialogs::confirm(question) {
                    return;
                }
                undo.set(None);
                d.emit(Action::Restore(
                    Box::new((*before).clone()),
                    Some(Notice::in_french_and_english(
                        false,
                        "Le brouillon est revenu à son état d’avant l’import.".into(),
                        "The draft is back as it was before the import.".into(),
                    )),
                ));
            }
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let csv_lines = {
        let draft = draft.clone();
        let download = download.clone();
        Callback::from(move |_| {
            download(
                crate::files::named_file(
                    say(TeamPanelWord::Lines, lang),
                    &draft.project.title,
                    &crate::files::today(),
                    "csv",
                ),
                lines_csv(&draft, lang),
                "text/csv;charset=utf-8",
            )
        })
    };
    let csv_assessment = {
        let draft = draft.clone();
        let assessment = props.assessment.clone();
        Callback::from(move |_| {
            download(
                crate::files::named_file(
                    say(TeamPanelWord::Assessment, lang),
                    &draft.project.title,
                    &crate::files::today(),
                    "csv",
                ),
                assessment_csv(&draft, &assessment, lang),
                "text/csv;charset=utf-8",
            )
        })
    };

    // A preview that appears takes the focus, so a keyboard or screen reader
    // user lands on what to decide.
    use_effect_with((*pending).clone(), |shown| {
        let id = match shown {
            Some(Pending::Merge { .. }) => Some("merge-heading"),
            Some(Pending::Sheet { .. }) => Some("csv-heading"),
            None => None,
        };
        if let Some(element) = id.and_then(|id| gloo::utils::document().get_element_by_id(id)) {
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
    // Planned against the draft as it is now.
    let planned = use_memo(((*pending).clone(), draft.clone()), |(pending, draft)| {
        pending.as_ref().map(|p| match p {
            Pending::Merge { names, parts } => {
                let plan = plan_merge(draft, parts);
                let merged = apply_merge(draft, &plan);
                (names.clone(), Ok((plan, merged)))
            }
            Pending::Sheet { name, text } => (
                Rc::new(vec![name.clone()]),
                Err(read_lines_csv(text, draft)),
            ),
        })
    });
    let preview = match planned.as_ref() {
        None => html! {},
        Some((names, Ok((plan, merged)))) => {
            let count = names.len();
            let confirm = {
                let apply = apply.clone();
                let merged = merged.clone();
                Callback::from(move |_| {
                    apply(merged.clone(),
                    format!("{count} {} ; « Annuler le dernier import » remet le brouillon d’avant.", text::plural(Lang::Fr, count, "partie fusionnée", "parties fusionnées")),
                    format!("{count} {} merged; “Undo the last import” puts the draft back as it was.", text::plural(Lang::En, count, "part", "parts")))
                })
            };
            html! {
                <div class="merge-preview" data-testid="merge-preview" role="region" aria-labelledby="merge-heading">
                    <h3 id="merge-heading" tabindex="-1">{ say(TeamPanelWord::BeforeMerging, lang) }</h3>
                    <table class="figures-change">
                        <thead><tr><th scope="col">{ "" }</th><th scope="col">{ say(TeamPanelWord::BeforeAfter, lang) }</th></tr></thead>
                        <tbody>
                            <tr><th scope="row">{ text::figure_name(Figure::Grant, lang) }</th>
                                <td data-testid="merge-grant">{ before_after(plan.before.as_ref(), plan.after.as_ref(), |f| f.grant, lang) }</td></tr>
                            <tr><th scope="row">{ text::figure_name(Figure::EligibleCosts, lang) }</th>
                                <td data-testid="merge-eligible">{ before_after(plan.before.as_ref(), plan.after.as_ref(), |f| f.eligible_costs, lang) }</td></tr>
                            <tr><th scope="row">{ text::figure_name(Figure::TotalCosts, lang) }</th>
                                <td>{ before_after(plan.before.as_ref(), plan.after.as_ref(), |f| f.total_costs, lang) }</td></tr>
                        </tbody>
                    </table>
                    if !plan.conflicts.is_empty() {
                        <div class="merge-conflicts" data-testid="merge-conflicts" role="alert">
                            <p><strong>{ match (lang, plan.conflicts.len()) {
                                (Lang::Fr, 1) => "1 conflit : la fusion ne le résout pas, vérifiez-le.".to_string(),
                                (Lang::Fr, n) => format!("{n} conflits : la fusion ne les résout pas, vérifiez-les."),
                                (Lang::En | Lang::Pseudo, 1) => "1 conflict: the merge does not resolve it, check it.".to_string(),
                                (Lang::En | Lang::Pseudo, n) => format!("{n} conflicts: the merge does not resolve them, check them."),
                            } }</strong></p>
                            <ul>{ for plan.conflicts.iter().map(|c| html! { <li>{ text::conflict(c, lang) }</li> }) }</ul>
                        </div>
                    }
                    <ul class="merge-matches">
                        { for plan.matches.iter().map(|m| html! {
                            <li>{ m.part.position.checked_sub(1).and_then(|i| names.get(i)).cloned().unwrap_or_default() }{ " : " }{ text::part_match(m, lang) }</li>
                        }) }
                    </ul>
                    { for plan.partners.iter().map(|p| html! {
                        <div class="merge-partner" data-testid="merge-partner">
                            <h4>{ text::partner_name(&p.partner, lang) }</h4>
                            <p>{ text::partner_changes(p, lang) }</p>
                            <ul>{ for p.changes.iter().map(|c| html! { <li>{ text::line_change(c, lang) }</li> }) }</ul>
                        </div>
                    }) }
                    <div class="inline">
                        <button type="button" class="button" data-testid="merge-confirm" onclick={confirm}>
                            { if plan.conflicts.is_empty() { say(TeamPanelWord::Merge, lang) } else { say(TeamPanelWord::MergeDespiteTheConflicts, lang) } }
                        </button>
                        <button type="button" class="button-quiet" data-testid="merge-cancel" onclick={cancel.clone()}>{ say(TeamPanelWord::Cancel, lang) }</button>
                    </div>
                </div>
            }
        }
        Some((names, Err(import))) => {
            let name = names.first().cloned().unwrap_or_default();
            let read = import.lines.len();
            // The drafts each choice gives: `None` beyond the format's number of lines.
            let replaced = with_lines(&draft, &import.lines, false);
            let appended = with_lines(&draft, &import.lines, true);
            let too_many = appended.is_none();
            let with = |append: bool, next: Option<Draft>| {
                let apply = apply.clone();
                Callback::from(move |_| {
                    let Some(next) = next.clone() else { return };
                    let (fr, en) = if append {
                        (
                            format!(
                                "{read} {} depuis le tableur.",
                                text::plural(Lang::Fr, read, "ligne ajoutée", "lignes ajoutées")
                            ),
                            format!(
                                "{read} {} added from the spreadsheet.",
                                text::plural(Lang::En, read, "line", "lines")
                            ),
                        )
                    } else {
                        (
                            format!(
                                "Les lignes du budget sont remplacées par celles du tableur ({read}).",
                            ),
                            format!("The budget lines are replaced by the spreadsheet's ({read})."),
                        )
                    };
                    apply(next, fr, en)
                })
            };
            html! {
                <div class="csv-preview" data-testid="csv-preview" role="region" aria-labelledby="csv-heading">
                    <h3 id="csv-heading" tabindex="-1">{ match lang {
                        Lang::Fr => format!("« {name} » : {read} {}", text::plural(lang, read, "ligne lue", "lignes lues")),
                        Lang::En | Lang::Pseudo => format!("“{name}”: {read} {} read", text::plural(lang, read, "line", "lines")),
                    } }</h3>
                    if !import.problems.is_empty() {
                        <div role="alert" data-testid="csv-problems">
                            <p>{ match (lang, import.problems.len()) {
                                (Lang::Fr, 1) => "1 ligne n’a pas pu être lue, elle ne sera pas importée :".to_string(),
                                (Lang::Fr, n) => format!("{n} lignes n’ont pas pu être lues, elles ne seront pas importées :"),
                                (Lang::En | Lang::Pseudo, 1) => "1 line could not be read and will not be imported:".to_string(),
                                (Lang::En | Lang::Pseudo, n) => format!("{n} lines could not be read and will not be imported:"),
                            } }</p>
                            <ul>{ for import.problems.iter().take(MAX_PROBLEMS_SHOWN).map(|p| html! { <li>{ text::line_problem(p, lang) }</li> }) }</ul>
                            if import.problems.len() > MAX_PROBLEMS_SHOWN {
                                <p>{ match lang {
                                    Lang::Fr => {
                                        let more = import.problems.len() - MAX_PROBLEMS_SHOWN;
                                        format!("… et {more} {}.", text::plural(lang, more, "autre", "autres"))
                                    }
                                    Lang::En | Lang::Pseudo => format!("… and {} more.", import.problems.len() - MAX_PROBLEMS_SHOWN),
                                } }</p>
                            }
                        </div>
                    }
                    if too_many {
                        <p data-testid="csv-too-many">{ match lang {
                            Lang::Fr => format!("Ajoutées, ces lignes dépasseraient les {MAX_BUDGET_LINES} lignes qu’un brouillon peut compter : remplacez plutôt les lignes du budget."),
                            Lang::En | Lang::Pseudo => format!("Added, these lines would go beyond the {MAX_BUDGET_LINES} lines a draft may hold: replace the budget lines instead."),
                        } }</p>
                    }
                    <div class="inline">
                        <button type="button" class="button" data-testid="csv-replace" onclick={with(false, replaced)} disabled={read == 0}>
                            { say(TeamPanelWord::ReplaceTheBudgetLines, lang) }
                        </button>
                        <button type="button" class="button" data-testid="csv-append" onclick={with(true, appended)} disabled={read == 0 || too_many}>
                            { say(TeamPanelWord::AddToTheBudgetLines, lang) }
                        </button>
                        <button type="button" class="button-quiet" data-testid="csv-cancel" onclick={cancel.clone()}>{ say(TeamPanelWord::Cancel, lang) }</button>
                    </div>
                </div>
            }
        }
    };

    html! {
        <section class="card team" aria-labelledby="team-heading" data-testid="team-panel">
            <h2 id="team-heading" tabindex="-1">{ say(TeamPanelWord::WorkingTogether, lang) }</h2>
            <p class="hint">{ say(TeamPanelWord::EachPartnerSendsItsPart, lang) }</p>
            if !errors.is_empty() {
                <div role="alert" class="notice notice-error" data-testid="team-errors">
                    <ul>{ for errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
                    <p>{ say(TeamPanelWord::TheDraftIsUnchanged, lang) }</p>
                </div>
            }
            if undo.is_some() {
                <p class="inline">
                    <button type="button" class="button" data-testid="undo-import" onclick={undo_last}>
                        { say(TeamPanelWord::UndoTheLastImport, lang) }
                    </button>
                </p>
            }
            { preview }
            <h3>{ say(TeamPanelWord::SendAPart, lang) }</h3>
            if draft.partners.is_empty() {
                <p class="hint">{ say(TeamPanelWord::FirstAddThePartnerUnder, lang) }</p>
            } else {
                <div class="inline">
                    <label for="part-partner">{ say(TeamPanelWord::Partner, lang) }</label>
                    <select id="part-partner" data-testid="part-partner" onchange={{
                        let part_partner = part_partner.clone();
                        Callback::from(move |e: Event| {
                            if let Some(select) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                                part_partner.set(Some(select.value()));
                            }
                        })
                    }}>
                        { for draft.partners.iter().enumerate().map(|(i, p)| html! {
                            <option value={p.id.clone()} selected={chosen.as_deref() == Some(p.id.as_str())}>
                                { text::partner_name(&PartnerRef { id: p.id.clone(), position: i + 1, name: p.name.trim().to_string() }, lang) }
                            </option>
                        }) }
                    </select>
                    <button type="button" class="button" data-testid="export-part" onclick={export_part}>
                        { say(TeamPanelWord::ExportItsPartJSON, lang) }
                    </button>
                </div>
            }
            <p><button type="button" class="button-quiet" data-testid="start-part" onclick={start_part}>
                { say(TeamPanelWord::IAmAPartnerOf, lang) }
            </button></p>
            <h3>{ say(TeamPanelWord::ImportParts, lang) }</h3>
            <div class={classes!("dropzone", (*dragging).then_some("dropzone-active"))}
                ondragover={{ let dragging = dragging.clone(); Callback::from(move |e: DragEvent| { e.prevent_default(); dragging.set(true); }) }}
                ondragleave={{ let dragging = dragging.clone(); Callback::from(move |_: DragEvent| dragging.set(false)) }}
                ondrop={parts_dropped}>
                <label for="import-parts" class="button">{ say(TeamPanelWord::ChooseTheParts, lang) }</label>
                <input id="import-parts" class="visually-hidden" type="file" multiple=true accept=".json,application/json"
                    data-testid="import-parts" onchange={parts_picked} />
                <span class="hint">{ say(TeamPanelWord::OrDropTheFilesHere, lang) }</span>
            </div>
            <h3>{ say(TeamPanelWord::BudgetLinesInASpreadsheet, lang) }</h3>
            <div class="inline">
                <button type="button" class="button-quiet" data-testid="export-lines-csv" onclick={csv_lines}>{ say(TeamPanelWord::ExportTheLines, lang) }</button>
                <button type="button" class="button-quiet" data-testid="export-assessment-csv" onclick={csv_assessment}>{ say(TeamPanelWord::ExportTheAssessmentLineBy, lang) }</button>
                <label for="import-lines-csv" class="button">{ say(TeamPanelWord::ImportLines, lang) }</label>
                <input id="import-lines-csv" class="visually-hidden" type="file" accept=".csv,text/csv"
                    data-testid="import-lines-csv" onchange={sheet_picked} />
            </div>
            <p class="hint">{ say(TeamPanelWord::ColumnsPartnerCategoryLabelAmount, lang) }</p>
            <p><button type="button" class="button-quiet" onclick={close}>{ say(TeamPanelWord::Close, lang) }</button></p>
        </section>
    }
}
