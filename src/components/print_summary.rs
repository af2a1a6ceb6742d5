//! The printable summary: hidden on screen, it is what printing the page
//! gives — everything an instructor needs on paper: project, partners, budget
//! lines with who bears them and why one is left out, dates and milestones,
//! indicators and commitments, each mark with its maximum, the advance and its
//! justification, the financing plan and the de minimis declaration, figures
//! with their derivations, checks with their citations (and, on the English
//! page, their English glosses), date and rules version.

use crate::ui::money;
use booster_ia::assess::{Assessment, Figure};
use booster_ia::draft::Draft;
use booster_ia::locale::Lang;
use booster_ia::rules::costs;
use booster_ia::text;
use booster_ia::text::page::{say, PrintSummaryWord};
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
    let colon = say(PrintSummaryWord::Symbol, lang);
    let day =
        |v: Option<booster_ia::Date>| v.map(|v| text::date(v, lang)).unwrap_or_else(|| "—".into());
    let yes_no = |v: bool| lang.pick(if v { "oui" } else { "non" }, if v { "yes" } else { "no" });
    // Blanks where the applicant has not filled in: the declaration is completed by hand.
    let blank = |s: &str| {
        if s.trim().is_empty() {
            "____________".to_string()
        } else {
            s.to_string()
        }
    };
    let bearer = |id: &str| match d.partners.iter().position(|p| p.id == id) {
        Some(i) => text::partner_label(&d.partners[i].name, i + 1, lang),
        None => "—".to_string(),
    };
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
                say(PrintSummaryWord::SimulationOf, lang), today,
                say(PrintSummaryWord::RulesOfTheSchemeAdopted, lang), text::date(a.rules_version(), lang)) }</p>
            <p class="print-verdict">{ format!("Verdict{colon} {} — {} {}",
                text::verdict_label(a.verdict, lang),
                say(PrintSummaryWord::Grant, lang), money(a.grant, lang)) }</p>
            if !a.pending.is_empty() {
                <p data-testid="print-pending">{ format!("{} {} — {}. {}.",
                    say(PrintSummaryWord::PotentialGrant, lang), money(a.potential_grant, lang),
                    text::pending_grant(&a.pending, lang), text::pending_costs(&a.pending, lang)) }</p>
            }
            <h2>{ say(PrintSummaryWord::Project, lang) }</h2>
            <p>{ dash(&d.project.summary) }</p>
            <p>{ format!("{}{colon} {}", say(PrintSummaryWord::AI, lang), dash(&d.project.ai_use)) }</p>
            <p>{ format!("{}{colon} {}", say(PrintSummaryWord::Data, lang), dash(&d.project.data_used)) }</p>
            <h2>{ say(PrintSummaryWord::Partners, lang) }</h2>
            <table>
                <thead><tr>
                    <th>{ say(PrintSummaryWord::Name, lang) }</th><th>{ say(PrintSummaryWord::Kind, lang) }</th>
                    <th>{ say(PrintSummaryWord::Postcode, lang) }</th><th>{ say(PrintSummaryWord::Role, lang) }</th>
                    <th>{ say(PrintSummaryWord::RecoversVAT, lang) }</th>
                </tr></thead>
                <tbody>
                    { for d.partners.iter().enumerate().map(|(i, p)| html! { <tr>
                        <td>{ text::partner_label(&p.name, i + 1, lang) }</td>
                        <td>{ text::partner_kind(p.kind, lang) }</td>
                        <td>{ if p.country.is_france() { dash(&p.postcode) } else { format!("{} ({})", dash(&p.postcode), text::country(p.country, lang)) } }</td>
                        <td>{ text::role(p.role, lang) }</td>
                        <td>{ match p.vat_recoverable { Some(true) => say(PrintSummaryWord::Yes, lang), Some(false) => say(PrintSummaryWord::No, lang), None => "—" } }</td>
                    </tr> }) }
                </tbody>
            </table>
            <h2>{ say(PrintSummaryWord::Budget, lang) }</h2>
            <table>
                <thead><tr>
                    <th>{ say(PrintSummaryWord::Cost, lang) }</th><th>{ say(PrintSummaryWord::BorneBy, lang) }</th><th>{ say(PrintSummaryWord::Category, lang) }</th>
                    <th>{ say(PrintSummaryWord::AmountExclVAT, lang) }</th><th>{ say(PrintSummaryWord::Counted, lang) }</th>
                </tr></thead>
                <tbody>
                    { for d.budget.iter().zip(&a.lines).enumerate().map(|(i, (l, la))| html! { <tr>
                        <td>{ text::line_label(&l.label, i + 1, lang) }</td>
                        <td>{ bearer(&l.partner) }</td>
                        <td>{ text::category(l.category, lang) }</td>
                        <td class="num">{ money(la.amount, lang) }</td>
                        <td>{ if la.eligible { say(PrintSummaryWord::Yes, lang).to_string() } else {
                            format!("{} {}", if costs::only_waits_for_staff_answer(&la.exclusions) {
                                say(PrintSummaryWord::Pending, lang)
                            } else {
                                say(PrintSummaryWord::No2, lang)
                            },
                                la.exclusions.iter().map(|e| text::reason(&e.reason, lang)).collect::<Vec<_>>().join(" ; "))
                        } }</td>
                    </tr> }) }
                </tbody>
            </table>
            <h2>{ say(PrintSummaryWord::Timeline, lang) }</h2>
            <p>{ format!("{}{colon} {} — {}{colon} {} — {}{colon} {}",
                say(PrintSummaryWord::Filed, lang), day(d.timeline.submission),
                say(PrintSummaryWord::Start, lang), day(d.timeline.start),
                say(PrintSummaryWord::End, lang), day(d.timeline.end)) }</p>
            if !d.timeline.milestones.is_empty() {
                <ul class="print-list">
                    { for d.timeline.milestones.iter().enumerate().map(|(i, m)| html! {
                        <li>{ format!("{} {}{colon} {} — {}", say(PrintSummaryWord::Milestone, lang), i + 1, dash(&m.label), day(m.date)) }</li>
                    }) }
                </ul>
            }
            <h2>{ say(PrintSummaryWord::FollowUpAndCommitments, lang) }</h2>
            <ul class="print-list">
                { for d.indicators.iter().enumerate().map(|(i, ind)| html! {
                    <li>{ format!("{} {}{colon} {} — {}{colon} {}", say(PrintSummaryWord::Indicator, lang), i + 1, dash(&ind.label), say(PrintSummaryWord::Target, lang), dash(&ind.target)) }</li>
                }) }
                <li>{ format!("{}{colon} {}", say(PrintSummaryWord::ExperienceReport, lang), yes_no(d.commons.experience_report)) }</li>
                <li>{ format!("{}{colon} {}", say(PrintSummaryWord::ToolsOrContentShared, lang), dash(&d.commons.tools_or_content)) }</li>
                <li>{ format!("{}{colon} {}", say(PrintSummaryWord::OpenData, lang), dash(&d.commons.open_data)) }</li>
                <li>{ format!("{}{colon} {}", say(PrintSummaryWord::ReportTheIndicators, lang), yes_no(d.commitments.report_indicators)) }</li>
                <li>{ format!("{}{colon} {}", say(PrintSummaryWord::CollectiveProjectReview, lang), yes_no(d.commitments.collective_review)) }</li>
            </ul>
            <h2>{ say(PrintSummaryWord::SelfAssessment, lang) }</h2>
            <table>
                <tbody>
                    { for a.marks.criteria.iter().map(|m| html! { <tr>
                        <td>{ text::criterion(m.criterion, lang) }</td>
                        <td class="num">{ format!("{} / {}", m.mark.map(|v| v.to_string()).unwrap_or_else(|| "—".into()), m.max) }</td>
                    </tr> }) }
                    <tr><th>{ say(PrintSummaryWord::Total, lang) }</th>
                        <th class="num">{ format!("{} / {} ({} {})", a.marks.total, a.marks.out_of, say(PrintSummaryWord::Minimum, lang), a.marks.minimum) }</th></tr>
                </tbody>
            </table>
            <h2>{ say(PrintSummaryWord::Advance, lang) }</h2>
            <p>{ if d.advance.requested {
                format!("{}{colon} {} — {}{colon} {}", say(PrintSummaryWord::Requested, lang), text::on_justification(a.potential_advance, lang),
                    say(PrintSummaryWord::Justification, lang), dash(&d.advance.justification))
            } else {
                say(PrintSummaryWord::NoAdvanceRequested, lang).to_string()
            } }</p>
            <h2>{ say(PrintSummaryWord::FinancingPlan, lang) }</h2>
            <table>
                <tbody>
                    <tr><td>{ say(PrintSummaryWord::ProjectCostUses, lang) }</td><td class="num">{ money(a.financing.uses, lang) }</td></tr>
                    <tr><td>{ say(PrintSummaryWord::BoosterIAPotentialGrant, lang) }</td><td class="num">{ money(a.financing.booster_ia, lang) }</td></tr>
                    { for d.other_funding.iter().map(|f| html! { <tr>
                        <td>{ format!("{} ({})", dash(&f.funder), booster_ia::text::funding_status(f.status, lang)) }</td>
                        <td class="num">{ f.amount.map(|v| money(v, lang)).unwrap_or_else(|| "—".into()) }</td>
                    </tr> }) }
                    <tr><td>{ text::figure_name(Figure::OwnFunds, lang) }</td><td class="num">{ money(a.financing.own_funds, lang) }</td></tr>
                    if !a.financing.over_funding.is_zero() {
                        <tr><th>{ text::figure_name(Figure::OverFunding, lang) }</th><th class="num">{ money(a.financing.over_funding, lang) }</th></tr>
                    }
                </tbody>
            </table>
            <h2>{ say(PrintSummaryWord::DeMinimisDeclaration, lang) }</h2>
            <p>{ if d.de_minimis.declared { say(PrintSummaryWord::ListDeclaredComplete, lang) } else { say(PrintSummaryWord::ListNotFilledInYet, lang) } }</p>
            <table>
                <thead><tr>
                    <th>{ say(PrintSummaryWord::Funder, lang) }</th><th>{ say(PrintSummaryWord::GrantedOn, lang) }</th><th>{ say(PrintSummaryWord::Amount, lang) }</th>
                </tr></thead>
                <tbody>
                    { for d.de_minimis.aids.iter().map(|aid| html! { <tr>
                        <td>{ blank(&aid.funder) }</td>
                        <td>{ aid.granted_on.map(|v| text::date(v, lang)).unwrap_or_else(|| "____________".into()) }</td>
                        <td class="num">{ aid.amount.map(|v| money(v, lang)).unwrap_or_else(|| "____________".into()) }</td>
                    </tr> }) }
                    if d.de_minimis.aids.is_empty() {
                        <tr><td>{ "____________" }</td><td>{ "____________" }</td><td>{ "____________" }</td></tr>
                    }
                    <tr><td colspan="2">{ say(PrintSummaryWord::TotalOverThreeYears, lang) }</td><td class="num">{ money(a.de_minimis.counted, lang) }</td></tr>
                    <tr><td colspan="2">{ say(PrintSummaryWord::ThisAidBoosterIA, lang) }</td><td class="num">{ money(a.financing.booster_ia, lang) }</td></tr>
                    <tr><th colspan="2">{ say(PrintSummaryWord::TotalWithThisAid, lang) }</th><th class="num">{ money(a.de_minimis.with_this_grant, lang) }</th></tr>
                </tbody>
            </table>
            <p>{ text::de_minimis_headroom(a, lang) }</p>
            if let Some(v) = &a.vat_alternative {
                <p>{ text::vat_alternative(v, a, lang) }</p>
            }
            <h2>{ say(PrintSummaryWord::Figures, lang) }</h2>
            <dl class="print-columns">
                { for Figure::ALL.into_iter().map(|f| html! { <>
                    <dt>{ format!("{}{colon} {}", text::figure_name(f, lang), text::figure_value(f, a, lang)) }</dt>
                    <dd>{ f.explained().map(|what| text::derivation(what, a, lang)).unwrap_or_default() }</dd>
                </> }) }
            </dl>
            <h2>{ say(PrintSummaryWord::Checks, lang) }</h2>
            <ul class="print-columns print-checks">
                { for a.checks.iter().enumerate().map(|(i, c)| {
                    // A sentence quoted by several checks is printed once, at its first check.
                    let first = a.checks.iter().position(|o| o.rule().citation == c.rule().citation) == Some(i);
                    html! { <li>
                        <strong>{ format!("[{}] {} — ", text::status_label(c.status, lang), text::rule_title(c.id, lang)) }</strong>
                        { text::check_message(c, lang) }
                        <br />
                        if first {
                            <span lang="fr">{ format!("« {} »", c.rule().citation) }</span>
                            if lang == Lang::En {
                                <br /><span class="gloss">{ format!("In English: {}", c.rule().citation_en) }</span>
                            }
                            // Our reading where it matters on paper: a check that does not pass.
                            if let Some(reading) = text::reading(c.id, lang).filter(|_| c.status != booster_ia::Status::Pass) {
                                <br /><span class="reading">{ format!("{}{colon} {reading}", say(PrintSummaryWord::OurReading, lang)) }</span>
                            }
                        } else {
                            <span>{ say(PrintSummaryWord::SameQuotationAsAbove, lang) }</span>
                        }
                    </li> }
                }) }
            </ul>
        </section>
    }
}
