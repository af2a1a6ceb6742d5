//! The dates: submission, start, end (with the six-month window), milestones.

use crate::components::date_field::DateField;
use crate::goto::FieldMarks;
use crate::state::{Action, TimelineDate};
use crate::ui::{on_click, on_input};
use booster_ia::date::Date;
use booster_ia::draft::Timeline;
use booster_ia::locale::Lang;
use booster_ia::text::page::{numbered, say, timeline_section, TimelineSectionWord};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`TimelineSection`].
#[derive(Properties, PartialEq)]
pub struct TimelineSectionProps {
    /// The dates.
    pub timeline: Timeline,
    /// The page language.
    pub lang: Lang,
    /// The last day the project may end, from the assessment.
    pub last_allowed_end: Option<Date>,
    /// The longest duration in months, in the parameters applied.
    pub max_months: u32,
    /// The first day the scheme was in force (no earlier date can be filed).
    pub first_day: Date,
    /// The fields the checks mark, with their reasons.
    pub field_marks: Rc<FieldMarks>,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// The date fields and milestones.
#[function_component(TimelineSection)]
pub fn timeline_section(props: &TimelineSectionProps) -> Html {
    let lang = props.lang;
    let t = &props.timeline;
    let d = &props.dispatch;
    let set = |which: TimelineDate| {
        let d = d.clone();
        Callback::from(move |date: Option<Date>| d.emit(Action::SetDate(which, date)))
    };
    let window = props
        .last_allowed_end
        .map(|last| timeline_section::end_by(last, lang));
    let months = props.max_months;
    let add = on_click(d, Action::AddMilestone);
    let field = |id: &'static str,
                 label: &'static str,
                 which: TimelineDate,
                 value: Option<Date>,
                 hint: Option<String>| {
        html! {
            <DateField id={id} label={label} value={value} hint={hint.map(AttrValue::from)} reason={props.field_marks.get(id)} lang={lang} on_change={set(which)} />
        }
    };
    // No application before the scheme opened: said under the filing date.
    let opened = timeline_section::not_before(props.first_day, lang);
    html! {
        <section class="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" tabindex="-1">{ say(TimelineSectionWord::Heading, lang) }</h2>
            <p class="hint">{ timeline_section::duration_limit(months, lang) }</p>
            <div class="grid">
                { field("date-submission", say(TimelineSectionWord::ApplicationFiled, lang), TimelineDate::Submission, t.submission, Some(opened)) }
                { field("date-start", say(TimelineSectionWord::WorkStarts, lang), TimelineDate::Start, t.start, None) }
                { field("date-end", say(TimelineSectionWord::WorkEnds, lang), TimelineDate::End, t.end, window) }
            </div>
            <h3>{ say(TimelineSectionWord::Milestones, lang) }</h3>
            <ul class="rows" role="list">
                { for t.milestones.iter().enumerate().map(|(i, m)| {
                    let label = on_input(d, move |v| Action::SetMilestoneLabel(i, v));
                    let date = {
                        let d = d.clone();
                        Callback::from(move |date: Option<Date>| d.emit(Action::SetMilestoneDate(i, date)))
                    };
                    let remove = on_click(d, Action::RemoveMilestone(i));
                    html! {
                        <li class="row-inline">
                            <div class="field">
                                <label for={format!("milestone-{i}-label")}>{ numbered(TimelineSectionWord::Milestone, i + 1, lang) }</label>
                                <input id={format!("milestone-{i}-label")} type="text" maxlength="5000" value={m.label.clone()} oninput={label} />
                            </div>
                            <DateField id={format!("milestone-{i}-date")} label={say(TimelineSectionWord::Date, lang)} value={m.date} lang={lang} on_change={date} />
                            <button type="button" class="button-quiet" onclick={remove}
                                aria-label={timeline_section::remove_milestone(i + 1, &m.label, lang)}>{ say(TimelineSectionWord::Remove, lang) }</button>
                        </li>
                    }
                }) }
            </ul>
            <button type="button" id="add-milestone" class="button" onclick={add}>{ say(TimelineSectionWord::AddAMilestone, lang) }</button>
        </section>
    }
}
