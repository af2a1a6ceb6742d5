//! The comparison of scenarios as printed after the summary: the rows that
//! differ, the rule or parameter behind each, and each sentence quoted once.

use crate::components::comparison_table::{compare_assessed, AssessedScenario};
use booster_ia::locale::Lang;
use booster_ia::text;
use booster_ia::text::page::print_comparison::PrintComparisonSentence;
use booster_ia::text::page::{say, tell, PrintComparisonWord};
use booster_ia::AssessError;
use yew::prelude::*;

/// Props of [`PrintComparison`].
#[derive(Properties, PartialEq)]
pub struct PrintComparisonProps {
    /// Every scenario's name, draft and assessment, in order.
    pub scenarios: Result<Vec<AssessedScenario>, AssessError>,
    /// The one printed in the summary above.
    pub editing: &'static str,
    /// The page language.
    pub lang: Lang,
}

/// The differences between the scenarios, for paper.
#[function_component(PrintComparison)]
pub fn print_comparison(props: &PrintComparisonProps) -> Html {
    let lang = props.lang;
    let Ok(all) = &props.scenarios else {
        return html! {};
    };
    let c = compare_assessed(all);
    let differing: Vec<_> = c.differences().collect();
    // Each sentence once, in the order the rows name them, with every rule or
    // parameter that comes from it, by its title (budget lines quote none).
    let mut quoted: Vec<(Vec<&'static str>, &'static str, &'static str)> = Vec::new();
    for cause in differing.iter().flat_map(|r| &r.causes) {
        let (Some(citation), Some(gloss)) = (cause.citation, cause.citation_en) else {
            continue;
        };
        let title = text::source_title(cause.source, lang);
        match quoted.iter_mut().find(|(_, c, _)| *c == citation) {
            Some((titles, _, _)) if !titles.contains(&title) => titles.push(title),
            Some(_) => {}
            None => quoted.push((vec![title], citation, gloss)),
        }
    }
    html! {
        <section class="print-summary print-comparison" aria-hidden="true">
            <h2>{ tell(&PrintComparisonSentence::Heading { names: &c.scenarios.join(", "), editing: props.editing }, lang) }</h2>
            <table>
                <thead><tr>
                    <th>{ say(PrintComparisonWord::Item, lang) }</th>
                    { for c.scenarios.iter().map(|n| html! { <th>{ n.to_string() }</th> }) }
                    <th>{ say(PrintComparisonWord::RuleBehindIt, lang) }</th>
                </tr></thead>
                <tbody>
                    { for differing.iter().map(|row| html! { <tr>
                        <td>{ text::row_title(row.key, lang) }</td>
                        { for row.values.iter().map(|v| html! { <td class="num">{ text::cell(v, lang) }</td> }) }
                        <td>{ row.causes.iter().map(|c| text::source_title(c.source, lang)).collect::<Vec<_>>().join(" ; ") }</td>
                    </tr> }) }
                </tbody>
            </table>
            <p>{ tell(&PrintComparisonSentence::SameRows { count: c.rows.len() - differing.len() }, lang) }</p>
            <ul>
                { for quoted.iter().map(|(titles, citation, citation_en)| html! { <li>
                    <strong>{ format!("{}{} ", titles.join(", "), say(PrintComparisonWord::Colon, lang)) }</strong>
                    <span lang="fr">{ format!("« {citation} »") }</span>
                    // The scheme's text is French: a reader of another language gets its gloss.
                    if lang != Lang::Fr { { tell(&PrintComparisonSentence::Gloss { gloss: citation_en }, lang) } }
                </li> }) }
            </ul>
        </section>
    }
}
