//! The grant against the cap in force (12 500 € in 2024), drawn as a bar.

use crate::ui::svg_number;
use booster_ia::assess::Assessment;
use booster_ia::locale::Lang;
use booster_ia::text::page::cap_gauge;
use rust_decimal::prelude::ToPrimitive;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CapGauge`].
#[derive(Properties, PartialEq)]
pub struct CapGaugeProps {
    /// The assessment.
    pub assessment: Rc<Assessment>,
    /// The page language.
    pub lang: Lang,
}

/// A bar: potential grant over the cap.
#[function_component(CapGauge)]
pub fn cap_gauge(props: &CapGaugeProps) -> Html {
    let lang = props.lang;
    let a = &props.assessment;
    let cap = a.parameters.grant_cap.value;
    // Drawing only: the share is a pixel width, never a figure shown as money.
    let share = (a.potential_grant / cap)
        .to_f64()
        .unwrap_or(0.0)
        .clamp(0.0, 1.0);
    let width = 300.0 * share;
    let summary = cap_gauge::summary(a.potential_grant, cap, lang);
    html! {
        <figure class="chart">
            <svg viewBox="0 0 300 24" role="img" aria-label={summary.clone()} preserveAspectRatio="none" class="gauge">
                <rect x="0" y="0" width="300" height="24" class="gauge-track" />
                <rect x="0" y="0" width={svg_number(width)} height="24" class={if a.cap_binds { "gauge-fill gauge-capped" } else { "gauge-fill" }} />
            </svg>
            <figcaption>{ summary }</figcaption>
        </figure>
    }
}
