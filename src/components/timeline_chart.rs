//! The project period, the six-month window and the milestones, drawn.

use crate::ui::svg_number;
use booster_ia::draft::Timeline;
use booster_ia::locale::Lang;
use booster_ia::text::page::timeline_chart;
use yew::prelude::*;

/// Props of [`TimelineChart`].
#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    /// The dates.
    pub timeline: Timeline,
    /// The page language.
    pub lang: Lang,
    /// The last day the project may end, from the assessment.
    pub last_allowed_end: Option<booster_ia::date::Date>,
}

/// A horizontal time line from the start to the later of the end and the window's end.
#[function_component(TimelineChart)]
pub fn timeline_chart(props: &TimelineChartProps) -> Html {
    let lang = props.lang;
    let t = &props.timeline;
    let Some(start) = t.start else {
        return html! {};
    };
    let Some(window_end) = props.last_allowed_end else {
        return html! {};
    };
    let end = t.end.unwrap_or(window_end);
    if end < start {
        return html! {};
    }
    let last = end.max(window_end);
    let span = start.days_until(last).max(1) as f64;
    let x = |d: booster_ia::date::Date| {
        10.0 + 280.0 * (start.days_until(d) as f64 / span).clamp(0.0, 1.0)
    };
    let label = timeline_chart::summary(start, end, window_end, lang);
    html! {
        <figure class="chart">
            <svg viewBox="0 0 300 40" role="img" aria-label={label.clone()} class="timeline">
                <rect x="10" y="14" width={svg_number(x(window_end) - 10.0)} height="12" class="timeline-window" />
                <rect x="10" y="17" width={svg_number(x(end) - 10.0)} height="6" class={if end > window_end { "timeline-project timeline-over" } else { "timeline-project" }} />
                { for t.milestones.iter().filter_map(|m| m.date).map(|d| html! {
                    <circle cx={svg_number(x(d))} cy="20" r="4" class="timeline-milestone" />
                }) }
            </svg>
            <figcaption>{ label }</figcaption>
        </figure>
    }
}
