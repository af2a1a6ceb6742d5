//! Scenarios side by side: every figure and check, the differences marked,
//! and for each difference the rule or parameter behind it, quoted.

use booster_ia::compare::{compare, Comparison, Row, RowKind, Scenario};
use booster_ia::locale::Lang;
use booster_ia::text;
use booster_ia::text::page::comparison_table::ComparisonTableSentence;
use booster_ia::text::page::{say, tell, ComparisonTableWord};
use booster_ia::{AssessError, Assessment, Draft};
use std::rc::Rc;
use yew::prelude::*;

/// A scenario's name, draft and assessment.
pub type AssessedScenario = (&'static str, Rc<Draft>, Rc<Assessment>);

/// Props of [`ComparisonTable`].
#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    /// Every scenario's name, draft and assessment, in order (or why one
    /// cannot be assessed).
    pub scenarios: Result<Vec<AssessedScenario>, AssessError>,
    /// The one being edited.
    pub editing: &'static str,
    /// The page language.
    pub lang: Lang,
}

/// The comparison of scenarios already assessed.
pub fn compare_assessed(all: &[AssessedScenario]) -> Comparison<'_> {
    let named: Vec<Scenario> = all
        .iter()
        .map(|(name, draft, assessment)| Scenario {
            name,
            draft,
            assessment,
        })
        .collect();
    compare(&named)
}

fn kind_code(kind: RowKind) -> &'static str {
    match kind {
        RowKind::Verdict => "verdict",
        RowKind::Figure => "figure",
        RowKind::Check => "check",
    }
}

fn causes(row: &Row, lang: Lang) -> Html {
    html! {
        <ul class="causes">
            { for row.causes.iter().map(|c| html! {
                // The id stays in the attribute, for tests and tools; the page names its title.
                <li data-rule={c.source.code()}>
                    <details>
                        <summary>{ text::source_heading(c.source, lang) }</summary>
                        <ul class="cause-details">
                            { for c.details.iter().map(|d| html! { <li>{ text::detail(d, lang) }</li> }) }
                        </ul>
                        if let Some(citation) = c.citation {
                            <blockquote lang="fr" cite="booster-ia.txt">{ format!("« {citation} »") }</blockquote>
                        }
                        // The scheme's text is French: a reader of another language gets its gloss.
                        if let (true, Some(gloss)) = (lang != Lang::Fr, c.citation_en) {
                            <p class="gloss">{ tell(&ComparisonTableSentence::Gloss { gloss }, lang) }</p>
                        }
                    </details>
                </li>
            }) }
        </ul>
    }
}

/// The comparison table of the scenarios.
#[function_component(ComparisonTable)]
pub fn comparison_table(props: &ComparisonTableProps) -> Html {
    let lang = props.lang;
    let only_differences = use_state(|| false);
    // Assessments come memoised from the page; the comparison itself is linear in the lines.
    let comparison = props.scenarios.as_ref().map(|all| compare_assessed(all));
    let toggle = {
        let only_differences = only_differences.clone();
        Callback::from(move |e: Event| only_differences.set(crate::ui::checked_of(&e)))
    };
    let c = match &comparison {
        Ok(c) => c,
        Err(e) => {
            return html! {
                <section class="comparison card" data-testid="comparison">
                    <p role="alert">{ text::assess_error(e, props.lang) }</p>
                </section>
            }
        }
    };
    let count = c.differences().count();
    let names = c.scenarios.join(", ");
    html! {
        <section class="comparison card" aria-labelledby="comparison-heading" data-testid="comparison" data-differences={count.to_string()}>
            <h2 id="comparison-heading">{ say(ComparisonTableWord::Heading, lang) }</h2>
            <details open=true>
                <summary>
                    { tell(&ComparisonTableSentence::Differences { count, names: &names }, lang) }
                </summary>
                <p class="hint">{ say(ComparisonTableWord::Intro, lang) }</p>
                <label class="check">
                    <input type="checkbox" checked={*only_differences} onchange={toggle} data-testid="only-differences" />
                    { " " }{ say(ComparisonTableWord::OnlyDifferences, lang) }
                </label>
                <div class="table-scroll" tabindex="0" role="region" aria-label={say(ComparisonTableWord::TableLabel, lang)}>
                    <table class="comparison-table">
                        <thead>
                            <tr>
                                <th scope="col">{ say(ComparisonTableWord::Item, lang) }</th>
                                { for c.scenarios.iter().map(|name| html! {
                                    <th scope="col">{ if *name == props.editing {
                                        tell(&ComparisonTableSentence::EditingColumn { name }, lang)
                                    } else { name.to_string() } }</th>
                                }) }
                                <th scope="col">{ say(ComparisonTableWord::RuleBehindIt, lang) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for c.rows.iter().filter(|r| r.differs || !*only_differences).map(|row| html! {
                                <tr class={classes!(row.differs.then_some("differs"))} data-kind={kind_code(row.key.kind())} data-row={row.key.code()} data-differs={row.differs.to_string()}>
                                    <th scope="row">
                                        if row.differs {
                                            <span class="diff-mark" aria-hidden="true">{ "≠ " }</span>
                                            <span class="visually-hidden">{ say(ComparisonTableWord::Differs, lang) }</span>
                                        }
                                        { text::row_title(row.key, lang) }
                                    </th>
                                    { for c.scenarios.iter().zip(&row.values).enumerate().map(|(i, (name, v))| html! {
                                        <td class="num" data-scenario={name.to_string()} data-value={v.code()}>
                                            { text::cell(v, lang) }
                                            if let Some(change) = row.change_from_first(i) {
                                                <span class="change">{ tell(&ComparisonTableSentence::ChangeFromFirst { change, first: c.scenarios[0] }, lang) }</span>
                                            }
                                        </td>
                                    }) }
                                    <td>{ causes(row, lang) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
