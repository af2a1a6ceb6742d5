//! The printable summary: hidden on screen, it is what printing the page
//! gives — everything an instructor needs on paper: project, partners, budget
//! lines with who bears them and why one is left out, dates and milestones,
//! indicators and commitments, each mark with its maximum, the advance and its
//! justification, the financing plan and the de minimis declaration, figures
//! with their derivations, checks with their citations (and, on the English
//! page, their English glosses), date and rules version.

use crate::ui::money;
use booster_ia::assess::Assessment;
use booster_ia::draft::Draft;
use booster_ia::figures::Figure;
use booster_ia::figures::Shown;
use booster_ia::locale::Lang;
use booster_ia::text;
use booster_ia::text::page::{say, PrintSummaryWord};
use booster_ia::Date;
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

/// `—` for what is not filled in.
fn dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s.to_string()
    }
}

/// A blank to fill in by hand: the de minimis declaration is completed on paper.
const BLANK: &str = "____________";

/// `value` if filled in, else a blank to fill in by hand.
fn blank(s: &str) -> String {
    if s.trim().is_empty() {
        BLANK.to_string()
    } else {
        s.to_string()
    }
}

/// A date the page's way (`24/06/2024`, `24 Jun 2024`), `—` when not given.
fn day(v: Option<Date>, lang: Lang) -> String {
    v.map(|v| text::date(v, lang)).unwrap_or_else(|| "—".into())
}

/// « Label : value », with the language's colon.
fn labelled(label: PrintSummaryWord, value: &str, lang: Lang) -> String {
    format!(
        "{}{} {value}",
        say(label, lang),
        say(PrintSummaryWord::Colon, lang)
    )
}

/// The title, the date and rules version, the verdict and the grant.
fn heading(d: &Draft, a: &Assessment, lang: Lang) -> Html {
    let today = Date::parse(&crate::files::today());
    html! { <>
        <h1>{ text::summary_title(&dash(&d.project.title), lang) }</h1>
        <p>{ text::simulated_on(today, a.rules_version(), lang) }</p>
        <p class="print-verdict">{ text::verdict_and_grant(a.verdict, a.grant, lang) }</p>
        if !a.pending.is_empty() {
            <p data-testid="print-pending">{ text::potential_with_pending(a, lang) }</p>
        }
    </> }
}

/// The project and its partners.
fn project_and_partners(d: &Draft, lang: Lang) -> Html {
    use PrintSummaryWord as W;
    html! { <>
        <h2>{ say(W::Project, lang) }</h2>
        <p>{ dash(&d.project.summary) }</p>
        <p>{ labelled(W::Ai, &dash(&d.project.ai_use), lang) }</p>
        <p>{ labelled(W::Data, &dash(&d.project.data_used), lang) }</p>
        <h2>{ say(W::Partners, lang) }</h2>
        <table>
            <thead><tr>
                <th>{ say(W::Name, lang) }</th><th>{ say(W::Kind, lang) }</th>
                <th>{ say(W::Postcode, lang) }</th><th>{ say(W::Role, lang) }</th>
                <th>{ say(W::RecoversVat, lang) }</th>
            </tr></thead>
            <tbody>
                { for d.partners.iter().enumerate().map(|(i, p)| html! { <tr>
                    <td>{ text::partner_label(&p.name, i + 1, lang) }</td>
                    <td>{ text::partner_kind(p.kind, lang) }</td>
                    <td>{ if p.country.is_france() { dash(&p.postcode) } else { format!("{} ({})", dash(&p.postcode), text::country(p.country, lang)) } }</td>
                    <td>{ text::role(p.role, lang) }</td>
                    <td>{ p.vat_recoverable.map(|v| text::yes_no(v, lang)).unwrap_or("—") }</td>
                </tr> }) }
            </tbody>
        </table>
    </> }
}

/// The budget, line by line: who bears it, whether it counts and why not.
fn budget(d: &Draft, a: &Assessment, lang: Lang) -> Html {
    use PrintSummaryWord as W;
    let bearer = |id: &str| match d.partners.iter().position(|p| p.id == id) {
        Some(i) => text::partner_label(&d.partners[i].name, i + 1, lang),
        None => "—".to_string(),
    };
    let counted = |la: &booster_ia::assess::LineAssessment| {
        if la.eligible {
            return text::yes_no(true, lang).to_string();
        }
        let why = if la.pending {
            W::PendingBecause
        } else {
            W::NotCountedBecause
        };
        let reasons: Vec<String> = la
            .exclusions
            .iter()
            .map(|e| text::reason(&e.reason, lang))
            .collect();
        format!("{} {}", say(why, lang), reasons.join(" ; "))
    };
    html! { <>
        <h2>{ say(W::Budget, lang) }</h2>
        <table>
            <thead><tr>
                <th>{ say(W::Cost, lang) }</th><th>{ say(W::BorneBy, lang) }</th><th>{ say(W::Category, lang) }</th>
                <th>{ say(W::AmountExclVat, lang) }</th><th>{ say(W::Counted, lang) }</th>
            </tr></thead>
            <tbody>
                { for d.budget.iter().zip(&a.lines).enumerate().map(|(i, (l, la))| html! { <tr>
                    <td>{ text::line_label(&l.label, i + 1, lang) }</td>
                    <td>{ bearer(&l.partner) }</td>
                    <td>{ text::category(l.category, lang) }</td>
                    <td class="num">{ money(la.amount, lang) }</td>
                    <td>{ counted(la) }</td>
                </tr> }) }
            </tbody>
        </table>
    </> }
}

/// The dates, the milestones, the indicators and the commitments.
fn timeline_and_commitments(d: &Draft, lang: Lang) -> Html {
    use PrintSummaryWord as W;
    let yes_no = |v: bool| text::yes_no(v, lang);
    let dates = [
        labelled(W::Filed, &day(d.timeline.submission, lang), lang),
        labelled(W::Start, &day(d.timeline.start, lang), lang),
        labelled(W::End, &day(d.timeline.end, lang), lang),
    ];
    html! { <>
        <h2>{ say(W::Timeline, lang) }</h2>
        <p>{ dates.join(" — ") }</p>
        if !d.timeline.milestones.is_empty() {
            <ul class="print-list">
                { for d.timeline.milestones.iter().enumerate().map(|(i, m)| html! {
                    <li>{ text::milestone_line(i + 1, &dash(&m.label), &day(m.date, lang), lang) }</li>
                }) }
            </ul>
        }
        <h2>{ say(W::FollowUpAndCommitments, lang) }</h2>
        <ul class="print-list">
            { for d.indicators.iter().enumerate().map(|(i, ind)| html! {
                <li>{ text::indicator_line(i + 1, &dash(&ind.label), &dash(&ind.target), lang) }</li>
            }) }
            <li>{ labelled(W::ExperienceReport, yes_no(d.commons.experience_report), lang) }</li>
            <li>{ labelled(W::ToolsOrContentShared, &dash(&d.commons.tools_or_content), lang) }</li>
            <li>{ labelled(W::OpenData, &dash(&d.commons.open_data), lang) }</li>
            <li>{ labelled(W::ReportTheIndicators, yes_no(d.commitments.report_indicators), lang) }</li>
            <li>{ labelled(W::CollectiveProjectReview, yes_no(d.commitments.collective_review), lang) }</li>
        </ul>
    </> }
}

/// Each mark with its maximum, the total, and the advance asked for.
fn marks_and_advance(d: &Draft, a: &Assessment, lang: Lang) -> Html {
    use PrintSummaryWord as W;
    let advance = if d.advance.requested {
        let asked = labelled(
            W::Requested,
            &text::on_justification(a.potential_advance, lang),
            lang,
        );
        let why = labelled(W::Justification, &dash(&d.advance.justification), lang);
        format!("{asked} — {why}")
    } else {
        say(W::NoAdvanceRequested, lang).to_string()
    };
    let marks = &a.marks;
    html! { <>
        <h2>{ say(W::SelfAssessment, lang) }</h2>
        <table>
            <tbody>
                { for marks.criteria.iter().map(|m| html! { <tr>
                    <td>{ text::criterion(m.criterion, lang) }</td>
                    <td class="num">{ format!("{} / {}", m.mark.map(|v| v.to_string()).unwrap_or_else(|| "—".into()), m.max) }</td>
                </tr> }) }
                <tr><th>{ say(W::Total, lang) }</th>
                    <th class="num">{ text::marks_total(marks.total, marks.out_of, marks.minimum, lang) }</th></tr>
            </tbody>
        </table>
        <h2>{ say(W::Advance, lang) }</h2>
        <p>{ advance }</p>
    </> }
}

/// The financing plan: uses against resources.
fn financing(d: &Draft, a: &Assessment, lang: Lang) -> Html {
    use PrintSummaryWord as W;
    html! { <>
        <h2>{ say(W::FinancingPlan, lang) }</h2>
        <table>
            <tbody>
                <tr><td>{ say(W::ProjectCostUses, lang) }</td><td class="num">{ money(a.financing.uses, lang) }</td></tr>
                <tr><td>{ say(W::BoosterIaPotentialGrant, lang) }</td><td class="num">{ money(a.financing.booster_ia, lang) }</td></tr>
                { for d.other_funding.iter().map(|f| html! { <tr>
                    <td>{ format!("{} ({})", dash(&f.funder), text::funding_status(f.status, lang)) }</td>
                    <td class="num">{ f.amount.map(|v| money(v, lang)).unwrap_or_else(|| "—".into()) }</td>
                </tr> }) }
                <tr><td>{ text::figure_name(Figure::OwnFunds, lang) }</td><td class="num">{ money(a.financing.own_funds, lang) }</td></tr>
                if !a.financing.over_funding.is_zero() {
                    <tr><th>{ text::figure_name(Figure::OverFunding, lang) }</th><th class="num">{ money(a.financing.over_funding, lang) }</th></tr>
                }
            </tbody>
        </table>
    </> }
}

/// The de minimis declaration, with blanks to fill in by hand, and the VAT alternative.
fn de_minimis(d: &Draft, a: &Assessment, lang: Lang) -> Html {
    use PrintSummaryWord as W;
    let declared = if d.de_minimis.declared {
        W::ListDeclaredComplete
    } else {
        W::ListNotFilledInYet
    };
    html! { <>
        <h2>{ say(W::DeMinimisDeclaration, lang) }</h2>
        <p>{ say(declared, lang) }</p>
        <table>
            <thead><tr>
                <th>{ say(W::Funder, lang) }</th><th>{ say(W::GrantedOn, lang) }</th><th>{ say(W::Amount, lang) }</th>
            </tr></thead>
            <tbody>
                { for d.de_minimis.aids.iter().map(|aid| html! { <tr>
                    <td>{ blank(&aid.funder) }</td>
                    <td>{ aid.granted_on.map(|v| text::date(v, lang)).unwrap_or_else(|| BLANK.into()) }</td>
                    <td class="num">{ aid.amount.map(|v| money(v, lang)).unwrap_or_else(|| BLANK.into()) }</td>
                </tr> }) }
                if d.de_minimis.aids.is_empty() {
                    <tr><td>{ BLANK }</td><td>{ BLANK }</td><td>{ BLANK }</td></tr>
                }
                <tr><td colspan="2">{ say(W::TotalOverThreeYears, lang) }</td><td class="num">{ money(a.de_minimis.counted, lang) }</td></tr>
                <tr><td colspan="2">{ say(W::ThisAidBoosterIa, lang) }</td><td class="num">{ money(a.financing.booster_ia, lang) }</td></tr>
                <tr><th colspan="2">{ say(W::TotalWithThisAid, lang) }</th><th class="num">{ money(a.de_minimis.with_this_grant, lang) }</th></tr>
            </tbody>
        </table>
        <p>{ text::de_minimis_headroom(a, lang) }</p>
        if let Some(v) = &a.vat_alternative {
            <p>{ text::vat_alternative(v, a, lang) }</p>
        }
    </> }
}

/// The figures the declarations print, with their derivations.
fn figures(a: &Assessment, lang: Lang) -> Html {
    let colon = say(PrintSummaryWord::Colon, lang);
    html! { <>
        <h2>{ say(PrintSummaryWord::Figures, lang) }</h2>
        <dl class="print-columns">
            { for Figure::shown_in(Shown::Print).map(|f| html! { <>
                <dt>{ format!("{}{colon} {}", text::figure_name(f, lang), text::figure_value(f, a, lang)) }</dt>
                <dd>{ f.explained().map(|what| text::derivation(what, a, lang)).unwrap_or_default() }</dd>
            </> }) }
        </dl>
    </> }
}

/// The checks with their quotations, each sentence quoted once, at its first check.
fn checks(a: &Assessment, lang: Lang) -> Html {
    use PrintSummaryWord as W;
    html! { <>
        <h2>{ say(W::Checks, lang) }</h2>
        <ul class="print-columns print-checks">
            { for a.checks.iter().enumerate().map(|(i, c)| {
                let first = a.checks.iter().position(|o| o.rule().citation == c.rule().citation) == Some(i);
                // Our reading where it matters on paper: a check that does not pass.
                let reading = text::reading(c.id, lang).filter(|_| c.status != booster_ia::Status::Pass);
                html! { <li>
                    <strong>{ format!("[{}] {} — ", text::status_label(c.status, lang), text::rule_title(c.id, lang)) }</strong>
                    { text::check_message(c, lang) }
                    <br />
                    if first {
                        <span lang="fr">{ format!("« {} »", c.rule().citation) }</span>
                        if lang == Lang::En {
                            <br /><span class="gloss">{ labelled(W::InEnglish, c.rule().citation_en, lang) }</span>
                        }
                        if let Some(reading) = reading {
                            <br /><span class="reading">{ labelled(W::OurReading, reading, lang) }</span>
                        }
                    } else {
                        <span>{ say(W::SameQuotationAsAbove, lang) }</span>
                    }
                </li> }
            }) }
        </ul>
    </> }
}

/// One or two printed pages summing up the simulation.
#[function_component(PrintSummary)]
pub fn print_summary(props: &PrintSummaryProps) -> Html {
    let lang = props.lang;
    let d = &props.draft;
    let a = &props.assessment;
    html! {
        <section class="print-summary" aria-hidden="true">
            { heading(d, a, lang) }
            { project_and_partners(d, lang) }
            { budget(d, a, lang) }
            { timeline_and_commitments(d, lang) }
            { marks_and_advance(d, a, lang) }
            { financing(d, a, lang) }
            { de_minimis(d, a, lang) }
            { figures(a, lang) }
            { checks(a, lang) }
        </section>
    }
}
