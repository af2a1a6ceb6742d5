//! The merge preview: what merging the parts read would change — the
//! figures before and after, the conflicts, where each part goes and each
//! partner's lines — before anything changes.

use super::transfer::{focus, sentence_notice};
use super::Applied;
use booster_ia::consortium::merge::{apply_merge, plan_merge, MergeFigures};
use booster_ia::consortium::part::PartFile;
use booster_ia::locale::Lang;
use booster_ia::text::page::team_panel::TeamPanelSentence;
use booster_ia::text::page::{say, tell, TeamPanelWord};
use booster_ia::{text, Draft, Figure};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`MergePreview`].
#[derive(Properties, PartialEq)]
pub struct MergePreviewProps {
    /// The parts' files' names, in the order read.
    pub names: Rc<Vec<String>>,
    /// The parts read.
    pub parts: Rc<Vec<PartFile>>,
    /// The draft as it is now (the merge is planned against it at each render).
    pub draft: Rc<Draft>,
    /// The page language.
    pub lang: Lang,
    /// Merges: receives the merged draft and its notice.
    pub on_apply: Callback<Applied>,
    /// Closes the preview, nothing changed.
    pub on_cancel: Callback<MouseEvent>,
}

/// "Before → after" of one figure.
fn before_after(
    before: Option<&MergeFigures>,
    after: Option<&MergeFigures>,
    figure: fn(&MergeFigures) -> Decimal,
    lang: Lang,
) -> String {
    let show = |f: Option<&MergeFigures>| {
        f.map(|f| text::money(figure(f), lang))
            .unwrap_or_else(|| "—".into())
    };
    format!("{} → {}", show(before), show(after))
}

/// The merge's changes, and the choice to merge or not.
#[function_component(MergePreview)]
pub fn merge_preview(props: &MergePreviewProps) -> Html {
    let lang = props.lang;
    // A preview that appears takes the focus, so a keyboard or screen reader
    // user lands on what to decide.
    use_effect_with(props.parts.clone(), |_| focus("merge-heading"));
    let planned = use_memo(
        (props.parts.clone(), props.draft.clone()),
        |(parts, draft)| {
            let plan = plan_merge(draft, parts);
            let merged = apply_merge(draft, &plan);
            (plan, merged)
        },
    );
    let (plan, merged) = &*planned;
    let names = &props.names;
    let confirm = {
        let on_apply = props.on_apply.clone();
        let merged = merged.clone();
        let count = names.len();
        Callback::from(move |_| {
            let notice = sentence_notice(TeamPanelSentence::PartsMerged { count });
            on_apply.emit((merged.clone(), notice))
        })
    };
    let figure_row = |figure: Figure,
                      testid: Option<&'static str>,
                      value: fn(&MergeFigures) -> Decimal| {
        html! {
            <tr><th scope="row">{ text::figure_name(figure, lang) }</th>
                <td data-testid={testid}>{ before_after(plan.before.as_ref(), plan.after.as_ref(), value, lang) }</td></tr>
        }
    };
    html! {
        <div class="merge-preview" data-testid="merge-preview" role="region" aria-labelledby="merge-heading">
            <h3 id="merge-heading" tabindex="-1">{ say(TeamPanelWord::BeforeMerging, lang) }</h3>
            <table class="figures-change">
                <thead><tr><th scope="col">{ "" }</th><th scope="col">{ say(TeamPanelWord::BeforeAfter, lang) }</th></tr></thead>
                <tbody>
                    { figure_row(Figure::Grant, Some("merge-grant"), |f| f.grant) }
                    { figure_row(Figure::EligibleCosts, Some("merge-eligible"), |f| f.eligible_costs) }
                    { figure_row(Figure::TotalCosts, None, |f| f.total_costs) }
                </tbody>
            </table>
            if !plan.conflicts.is_empty() {
                <div class="merge-conflicts" data-testid="merge-conflicts" role="alert">
                    <p><strong>{ tell(&TeamPanelSentence::Conflicts { count: plan.conflicts.len() }, lang) }</strong></p>
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
                    { if plan.conflicts.is_empty() { say(TeamPanelWord::Merge, lang) } else { say(TeamPanelWord::MergeDespiteConflicts, lang) } }
                </button>
                <button type="button" class="button-quiet" data-testid="merge-cancel" onclick={props.on_cancel.clone()}>{ say(TeamPanelWord::Cancel, lang) }</button>
            </div>
        </div>
    }
}
