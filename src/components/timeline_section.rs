//! The dates: submission, start, end (with the six-month window), milestones.

use crate::state::{Action, TimelineDate};
use crate::ui::{on_change, on_click, on_input};
use booster_ia::date::Date;
use booster_ia::draft::Timeline;
use booster_ia::money::Lang;
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
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

fn date_value(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The date fields and milestones.
#[function_component(TimelineSection)]
pub fn timeline_section(props: &TimelineSectionProps) -> Html {
    let lang = props.lang;
    let t = &props.timeline;
    let d = &props.dispatch;
    let set = |which: TimelineDate| on_change(d, move |v| Action::SetDate(which, Date::parse(&v)));
    let window = props.last_allowed_end.map(|last| {
        format!(
            "{} {}",
            lang.pick("Fin au plus tard le", "End by"),
            booster_ia::text::date(last, lang)
        )
    });
    let first_day = props.first_day.to_string();
    let months = props.max_months;
    let add = on_click(d, Action::AddMilestone);
    let field = |id: &str,
                 label: &str,
                 which: TimelineDate,
                 value: Option<Date>,
                 hint: Option<String>| {
        let hint_id = format!("{id}-hint");
        html! {
            <div class="field">
                <label for={id.to_string()}>{ label.to_string() }</label>
                <input id={id.to_string()} type="date" min={first_day.clone()} max="9999-12-31" value={date_value(value)}
                    onchange={set(which)} aria-describedby={hint.as_ref().map(|_| hint_id.clone())} />
                if let Some(h) = hint { <p class="hint" id={hint_id}>{ h }</p> }
            </div>
        }
    };
    html! {
        <section class="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" tabindex="-1">{ lang.pick("Le calendrier", "Timeline") }</h2>
            <p class="hint">{ match lang {
                Lang::Fr => format!("La preuve de concept dure {months} mois au plus."),
                Lang::En => format!("The proof of concept lasts {months} months at most."),
            } }</p>
            <div class="grid">
                { field("date-submission", lang.pick("Dépôt de la demande", "Application filed"), TimelineDate::Submission, t.submission, None) }
                { field("date-start", lang.pick("Début des travaux", "Work starts"), TimelineDate::Start, t.start, None) }
                { field("date-end", lang.pick("Fin des travaux", "Work ends"), TimelineDate::End, t.end, window) }
            </div>
            <h3>{ lang.pick("Jalons", "Milestones") }</h3>
            <ul class="rows" role="list">
                { for t.milestones.iter().enumerate().map(|(i, m)| {
                    let label = on_input(d, move |v| Action::SetMilestoneLabel(i, v));
                    let date = on_change(d, move |v| Action::SetMilestoneDate(i, Date::parse(&v)));
                    let remove = on_click(d, Action::RemoveMilestone(i));
                    html! {
                        <li class="row-inline">
                            <div class="field">
                                <label for={format!("milestone-{i}-label")}>{ format!("{} {}", lang.pick("Jalon", "Milestone"), i + 1) }</label>
                                <input id={format!("milestone-{i}-label")} type="text" maxlength="5000" value={m.label.clone()} oninput={label} />
                            </div>
                            <div class="field">
                                <label for={format!("milestone-{i}-date")}>{ lang.pick("Date", "Date") }</label>
                                <input id={format!("milestone-{i}-date")} type="date" value={date_value(m.date)} onchange={date} />
                            </div>
                            <button type="button" class="button-quiet" onclick={remove}
                                aria-label={format!("{} {} {}", lang.pick("Retirer le jalon", "Remove milestone"), i + 1, m.label)}>{ lang.pick("Retirer", "Remove") }</button>
                        </li>
                    }
                }) }
            </ul>
            <button type="button" id="add-milestone" class="button" onclick={add}>{ lang.pick("+ Ajouter un jalon", "+ Add a milestone") }</button>
        </section>
    }
}
