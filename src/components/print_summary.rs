//! The printable summary: hidden on screen, it is what printing the page
//! gives — project, partners, budget with excluded lines and reasons, figures
//! with their derivations, checks with their citations, date and rules version.

use crate::ui::money;
use booster_ia::assess::{Assessment, Figure};
use booster_ia::draft::Draft;
use booster_ia::money::Lang;
use booster_ia::text;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`PrintSummary`].
#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    /// The draft.
    pub draft: Rc<Draft>,
    /// Its assessment.
    pub assessment: Rc<Assessment>,
    /// The page language.
    pub lang: Lang,
}

/// One or two printed pages summing up the simulation.
#[function_component(PrintSummary)]
pub fn print_summary(props: &PrintSummaryProps) -> Html {
    let lang = props.lang;
    let d = &props.draft;
    let a = &props.assessment;
    // Dates the page's way, as in the body (`24/06/2024`, `24 Jun 2024`).
    let today = booster_ia::Date::parse(&crate::files::today())
        .map(|d| text::date(d, lang))
        .unwrap_or_default();
    let dash = |s: &str| {
        if s.trim().is_empty() {
            "—".to_string()
        } else {
            s.to_string()
        }
    };
    html! {
        <section class="print-summary" aria-hidden="true">
            <h1>{ format!("Booster IA — {}", dash(&d.project.title)) }</h1>
            <p>{ format!("{} {} — {} {}",
                lang.pick("Simulation du", "Simulation of"), today,
                lang.pick("règles du dispositif adopté le", "rules of the scheme adopted on"), text::date(a.rules_version(), lang)) }</p>
            <p class="print-verdict">{ format!("Verdict{} {} — {} {}",
                lang.pick(" :", ":"), text::verdict_label(a.verdict, lang),
                lang.pick("aide", "grant"), money(a.grant, lang)) }</p>
            <h2>{ lang.pick("Projet", "Project") }</h2>
            <p>{ dash(&d.project.summary) }</p>
            <p>{ format!("{} {}", lang.pick("IA :", "AI:"), dash(&d.project.ai_use)) }</p>
            <p>{ format!("{} {}", lang.pick("Données :", "Data:"), dash(&d.project.data_used)) }</p>
            <h2>{ lang.pick("Partenaires", "Partners") }</h2>
            <table>
                <thead><tr>
                    <th>{ lang.pick("Nom", "Name") }</th><th>{ lang.pick("Type", "Kind") }</th>
                    <th>{ lang.pick("Code postal", "Postcode") }</th><th>{ lang.pick("Rôle", "Role") }</th>
                </tr></thead>
                <tbody>
                    { for d.partners.iter().map(|p| html! { <tr>
                        <td>{ dash(&p.name) }</td>
                        <td>{ text::partner_kind(p.kind, lang) }</td>
                        <td>{ dash(&p.postcode) }</td>
                        <td>{ text::role(p.role, lang) }</td>
                    </tr> }) }
                </tbody>
            </table>
            <h2>{ lang.pick("Budget", "Budget") }</h2>
            <table>
                <thead><tr>
                    <th>{ lang.pick("Dépense", "Cost") }</th><th>{ lang.pick("Nature", "Category") }</th>
                    <th>{ lang.pick("Montant HT", "Amount excl. VAT") }</th><th>{ lang.pick("Retenue", "Counted") }</th>
                </tr></thead>
                <tbody>
                    { for d.budget.iter().zip(&a.lines).map(|(l, la)| html! { <tr>
                        <td>{ dash(&l.label) }</td>
                        <td>{ text::category(l.category, lang) }</td>
                        <td class="num">{ money(la.amount, lang) }</td>
                        <td>{ if la.eligible { lang.pick("oui", "yes").to_string() } else {
                            format!("{} {}", lang.pick("non —", "no —"),
                                la.exclusions.iter().map(|e| text::reason(&e.reason, lang)).collect::<Vec<_>>().join(" ; "))
                        } }</td>
                    </tr> }) }
                </tbody>
            </table>
            <h2>{ lang.pick("Chiffres", "Figures") }</h2>
            <dl>
                { for Figure::ALL.into_iter().map(|f| html! { <>
                    <dt>{ format!("{}{} {}", text::figure_name(f, lang), lang.pick(" :", ":"), money(a.money(f), lang)) }</dt>
                    <dd>{ f.explained().map(|what| text::derivation(what, a, lang)).unwrap_or_default() }</dd>
                </> }) }
            </dl>
            <h2>{ lang.pick("Vérifications", "Checks") }</h2>
            <ul>
                { for a.checks.iter().enumerate().map(|(i, c)| {
                    // A sentence quoted by several checks is printed once, at its first check.
                    let first = a.checks.iter().position(|o| o.rule().citation == c.rule().citation) == Some(i);
                    html! { <li>
                        <strong>{ format!("[{}] {} — ", text::status_label(c.status, lang), text::rule_title(c.id, lang)) }</strong>
                        { text::check_message(c, lang) }
                        <br />
                        if first {
                            <span lang="fr">{ format!("« {} »", c.rule().citation) }</span>
                        } else {
                            <span>{ lang.pick("(même citation que plus haut)", "(same quotation as above)") }</span>
                        }
                    </li> }
                }) }
            </ul>
        </section>
    }
}
