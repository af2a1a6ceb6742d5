//! Indicators, contributions to the data commons, commitments, advance.

use crate::goto::FieldMarks;
use crate::state::Action;
use crate::ui::{described_by, invalid, on_click, on_input, on_toggle, reason};
use booster_ia::draft::Draft;
use booster_ia::locale::Lang;
use booster_ia::text::page::{numbered, say, CommitmentsSectionWord};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CommitmentsSection`].
#[derive(Properties, PartialEq)]
pub struct CommitmentsSectionProps {
    /// The draft.
    pub draft: Draft,
    /// The page language.
    pub lang: Lang,
    /// The fields the checks mark, with their reasons.
    pub field_marks: Rc<FieldMarks>,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// The follow-up part of the application.
#[function_component(CommitmentsSection)]
pub fn commitments_section(props: &CommitmentsSectionProps) -> Html {
    let lang = props.lang;
    let dr = &props.draft;
    let d = &props.dispatch;
    let add = on_click(d, Action::AddIndicator);
    let mark = |id: &str| props.field_marks.get(id);
    let (experience, tools, open_data) = (
        mark("commons-experience"),
        mark("commons-tools"),
        mark("commons-open-data"),
    );
    let (first_indicator, report, review, justification) = (
        mark("indicator-0-label"),
        mark("commit-report"),
        mark("commit-review"),
        mark("advance-justification"),
    );
    html! {
        <section class="card" aria-labelledby="follow-heading">
            <h2 id="follow-heading" tabindex="-1">{ say(CommitmentsSectionWord::Heading, lang) }</h2>
            <h3>{ say(CommitmentsSectionWord::ProgressIndicators, lang) }</h3>
            <ul class="rows" role="list">
                { for dr.indicators.iter().enumerate().map(|(i, ind)| html! {
                    <li class="row-inline">
                        <div class="field">
                            <label for={format!("indicator-{i}-label")}>{ numbered(CommitmentsSectionWord::Indicator, i + 1, lang) }</label>
                            <input id={format!("indicator-{i}-label")} type="text" maxlength="5000" value={ind.label.clone()} oninput={on_input(d, move |v| Action::SetIndicatorLabel(i, v))}
                                aria-invalid={invalid(&first_indicator).filter(|_| i == 0)} aria-describedby={described_by(&[], "indicator-0-label", &first_indicator).filter(|_| i == 0)} />
                            if i == 0 { { reason("indicator-0-label", &first_indicator) } }
                        </div>
                        <div class="field">
                            <label for={format!("indicator-{i}-target")}>{ say(CommitmentsSectionWord::Target, lang) }</label>
                            <input id={format!("indicator-{i}-target")} type="text" maxlength="5000" value={ind.target.clone()} oninput={on_input(d, move |v| Action::SetIndicatorTarget(i, v))} />
                        </div>
                        <button type="button" class="button-quiet" onclick={on_click(d, Action::RemoveIndicator(i))}
                            aria-label={numbered(CommitmentsSectionWord::RemoveIndicator, i + 1, lang)}>{ say(CommitmentsSectionWord::Remove, lang) }</button>
                    </li>
                }) }
            </ul>
            <button type="button" id="add-indicator" class="button" onclick={add}>{ say(CommitmentsSectionWord::AddAnIndicator, lang) }</button>

            <h3>{ say(CommitmentsSectionWord::DataCommons, lang) }</h3>
            <label class="check">
                <input id="commons-experience" type="checkbox" checked={dr.commons.experience_report} onchange={on_toggle(d, Action::SetExperienceReport)}
                    aria-invalid={invalid(&experience)} aria-describedby={described_by(&[], "commons-experience", &experience)} />
                { say(CommitmentsSectionWord::ExperienceReport, lang) }
            </label>
            { reason("commons-experience", &experience) }
            <div class="field">
                <label for="commons-tools">{ say(CommitmentsSectionWord::ToolsOrContent, lang) }</label>
                <input id="commons-tools" type="text" maxlength="5000" value={dr.commons.tools_or_content.clone()} oninput={on_input(d, Action::SetToolsOrContent)}
                    aria-invalid={invalid(&tools)} aria-describedby={described_by(&[], "commons-tools", &tools)} />
                { reason("commons-tools", &tools) }
            </div>
            <div class="field">
                <label for="commons-open-data">{ say(CommitmentsSectionWord::OpenDataProduced, lang) }</label>
                <input id="commons-open-data" type="text" maxlength="5000" value={dr.commons.open_data.clone()} oninput={on_input(d, Action::SetOpenData)}
                    aria-invalid={invalid(&open_data)} aria-describedby={described_by(&[], "commons-open-data", &open_data)} />
                { reason("commons-open-data", &open_data) }
            </div>

            <h3>{ say(CommitmentsSectionWord::Commitments, lang) }</h3>
            <label class="check">
                <input id="commit-report" type="checkbox" checked={dr.commitments.report_indicators} onchange={on_toggle(d, Action::SetReportIndicators)}
                    aria-invalid={invalid(&report)} aria-describedby={described_by(&[], "commit-report", &report)} />
                { say(CommitmentsSectionWord::ReportIndicators, lang) }
            </label>
            { reason("commit-report", &report) }
            <label class="check">
                <input id="commit-review" type="checkbox" checked={dr.commitments.collective_review} onchange={on_toggle(d, Action::SetCollectiveReview)}
                    aria-invalid={invalid(&review)} aria-describedby={described_by(&[], "commit-review", &review)} />
                { say(CommitmentsSectionWord::CollectiveReview, lang) }
            </label>
            { reason("commit-review", &review) }

            <h3>{ say(CommitmentsSectionWord::Advance, lang) }</h3>
            <label class="check">
                <input id="advance-requested" type="checkbox" data-optional="" checked={dr.advance.requested} onchange={on_toggle(d, Action::SetAdvanceRequested)} />
                { say(CommitmentsSectionWord::RequestAnAdvance, lang) }
            </label>
            if dr.advance.requested {
                <div class="field">
                    <label for="advance-justification">{ say(CommitmentsSectionWord::WhyTheAdvanceIsNeeded, lang) }</label>
                    <textarea id="advance-justification" rows="2" maxlength="5000" value={dr.advance.justification.clone()} oninput={on_input(d, Action::SetAdvanceJustification)}
                        aria-invalid={invalid(&justification)} aria-describedby={described_by(&[], "advance-justification", &justification)} />
                    { reason("advance-justification", &justification) }
                </div>
            }
        </section>
    }
}
