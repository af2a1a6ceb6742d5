//! The rest of the dossier in the results: the financing plan as a table and
//! a chart (uses against resources, over-funding in place), the de minimis
//! aid against its ceiling, and the VAT-inclusive alternative as information.

use crate::ui::{money, svg_number};
use booster_ia::assess::Assessment;
use booster_ia::figures::Figure;
use booster_ia::locale::Lang;
use booster_ia::money::format_amount;
use booster_ia::text;
use booster_ia::text::page::{say, tell, DossierPanelSentence, DossierPanelWord};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DossierPanel`].
#[derive(Properties, PartialEq)]
pub struct DossierPanelProps {
    /// The assessment.
    pub assessment: Rc<Assessment>,
    /// The page language.
    pub lang: Lang,
}

/// Width in the drawing of `part` out of `whole` (drawing only, never a figure).
fn width(part: Decimal, whole: Decimal) -> f64 {
    if whole.is_zero() {
        return 0.0;
    }
    300.0 * (part / whole).to_f64().unwrap_or(0.0).clamp(0.0, 1.0)
}

/// The financing plan and the de minimis gauge.
#[function_component(DossierPanel)]
pub fn dossier_panel(props: &DossierPanelProps) -> Html {
    let lang = props.lang;
    let a = &props.assessment;
    let f = &a.financing;
    let name = |figure: Figure| text::figure_name(figure, lang);
    // Resources drawn against the larger of uses and resources, so
    // over-funding shows beyond the uses' mark.
    let resources = f.booster_ia + f.other_public_funding + f.own_funds;
    let scale = f.uses.max(resources);
    let (w_grant, w_other) = (
        width(f.booster_ia, scale),
        width(f.other_public_funding, scale),
    );
    let w_own = width(f.own_funds, scale);
    let uses_mark = width(f.uses, scale);
    let d = &a.de_minimis;
    let ceiling_scale = d.ceiling.max(d.with_this_grant);
    let plan_summary = tell(
        &DossierPanelSentence::PlanSummary {
            cost: &money(f.uses, lang),
            grant: &money(f.booster_ia, lang),
            other_name: name(Figure::OtherPublicFunding),
            other: &money(f.other_public_funding, lang),
            own_name: name(Figure::OwnFunds),
            own: &money(f.own_funds, lang),
        },
        lang,
    );
    html! {
        <div class="dossier" data-testid="dossier">
            <h3>{ say(DossierPanelWord::FinancingPlan, lang) }</h3>
            <table class="plan">
                <tbody>
                    <tr><th scope="row">{ say(DossierPanelWord::ProjectCostUses, lang) }</th>
                        <td class="num" data-testid="plan-uses" data-value={format_amount(f.uses)}>{ money(f.uses, lang) }</td></tr>
                    <tr><th scope="row">{ say(DossierPanelWord::BoosterIaPotentialGrant, lang) }</th>
                        <td class="num" data-testid="plan-booster-ia" data-value={format_amount(f.booster_ia)}>{ money(f.booster_ia, lang) }</td></tr>
                    <tr><th scope="row">{ name(Figure::OtherPublicFunding) }</th>
                        <td class="num" data-testid="plan-other" data-value={format_amount(f.other_public_funding)}>{ money(f.other_public_funding, lang) }</td></tr>
                    <tr><th scope="row">{ name(Figure::OwnFunds) }</th>
                        <td class="num" data-testid="plan-own-funds" data-value={format_amount(f.own_funds)}>{ money(f.own_funds, lang) }</td></tr>
                    if f.over_funding > Decimal::ZERO {
                        <tr class="over"><th scope="row">{ name(Figure::OverFunding) }</th>
                            <td class="num" data-testid="plan-over" data-value={format_amount(f.over_funding)}>{ money(f.over_funding, lang) }</td></tr>
                    }
                </tbody>
            </table>
            <figure class="chart">
                <svg viewBox="0 0 300 40" role="img" aria-label={plan_summary.clone()} preserveAspectRatio="none" class="plan-chart">
                    <rect x="0" y="0" width={svg_number(uses_mark)} height="16" class="plan-uses" />
                    <rect x="0" y="22" width={svg_number(w_grant)} height="16" class="plan-grant" />
                    <rect x={svg_number(w_grant)} y="22" width={svg_number(w_other)} height="16" class="plan-other" />
                    <rect x={svg_number(w_grant + w_other)} y="22" width={svg_number(w_own)} height="16" class="plan-own" />
                    <line x1={svg_number(uses_mark)} x2={svg_number(uses_mark)} y1="0" y2="40" class="plan-mark" />
                </svg>
                <figcaption>{ plan_summary }</figcaption>
            </figure>
            <h3>{ say(DossierPanelWord::DeMinimisAid, lang) }</h3>
            <figure class="chart">
                <svg viewBox="0 0 300 24" role="img" aria-label={text::de_minimis_headroom(a, lang)} preserveAspectRatio="none" class="gauge">
                    <rect x="0" y="0" width="300" height="24" class="gauge-track" />
                    <rect x="0" y="0" width={svg_number(width(d.with_this_grant, ceiling_scale))} height="24"
                        class={if d.fits == Some(false) { "gauge-fill gauge-over" } else { "gauge-fill" }} />
                    <line x1={svg_number(width(d.ceiling, ceiling_scale))} x2={svg_number(width(d.ceiling, ceiling_scale))} y1="0" y2="24" class="plan-mark" />
                </svg>
                <figcaption data-testid="de-minimis" data-value={format_amount(d.headroom)} data-fits={d.fits.map_or("null", |f| if f { "true" } else { "false" })}>
                    { format!("{} {} — {}", name(Figure::DeMinimisWithThisGrant), money(d.with_this_grant, lang), text::de_minimis_headroom(a, lang)) }
                </figcaption>
            </figure>
            if let Some(v) = &a.vat_alternative {
                <p class="info-note" data-testid="vat-alternative" data-value={format_amount(v.potential_grant)}>
                    <span class="badge badge-info">{ say(DossierPanelWord::Info, lang) }</span>{ " " }{ text::vat_alternative(v, a, lang) }
                </p>
            }
        </div>
    }
}
