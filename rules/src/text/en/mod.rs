//! English: each fact of the engine as a sentence.

pub(super) mod page;

use super::SheetColumn;
use super::{date, line_names, money, partner_name, partner_names, percent, plural};
use crate::advice::{Advice, Suggestion};
use crate::assess::{AssessError, Assessment, Explained, Figure, Verdict};
use crate::compare::{Detail, LineMove, LineName, Source};
use crate::draft::Country;
use crate::fields::Field;
use crate::format::{JsonType, LineColumn, LineProblemKind, Problem, FORMAT, VERSION};
use crate::merge::{
    Conflict, LineChange, LineSummary, MatchKind, PartMatch, PartRef, PartnerChanges,
};
use crate::money::{max_line_amount, AmountError};
use crate::rules::costs::Document;
use crate::rules::{Check, Criterion, Finding, Location, Reason, RuleId, Status};

const L: crate::locale::Lang = crate::locale::Lang::En;

fn d(x: crate::date::Date) -> String {
    date(x, L)
}

fn m(x: rust_decimal::Decimal) -> String {
    money(x, L)
}

pub(super) fn check(c: &Check) -> String {
    match &c.finding {
        Finding::NoLead => "Designate the lead (the partner who files the application).".into(),
        Finding::Lead { lead } => format!("Lead: {}.", partner_name(lead, L)),
        Finding::SeveralLeads { leads } => format!(
            "{} partners are marked as lead ({}): only one files the application.",
            leads.len(),
            partner_names(leads, L)
        ),
        Finding::NoLeadYet => "No lead designated yet.".into(),
        Finding::LeadKindAdmissible { kind } => {
            format!("The lead is of an admissible kind: {}.", super::partner_kind(*kind, L))
        }
        Finding::LeadKindNotAdmissible { leads } => format!(
            "{} is not a company, association, public or private establishment, local authority or group of local authorities: it cannot lead the project.",
            partner_names(leads, L)
        ),
        Finding::LeadOutsideNormandy { leads, postcode } => format!(
            "The lead ({}) is not established in Normandy (postcode {postcode}).",
            partner_names(leads, L)
        ),
        Finding::LeadPostcodeMissing { lead } => format!(
            "Give the postcode of the lead's establishment ({}).",
            partner_name(lead, L)
        ),
        Finding::LeadInNormandy { department } => format!(
            "The lead is established in Normandy ({}, {}).",
            department.name, department.code
        ),
        Finding::NoPartners => "Add the project's partners.".into(),
        Finding::PostcodesGiven => "Every partner has given its establishment's postcode.".into(),
        Finding::PostcodesMissing { partners } => {
            format!("Postcode to give for: {}.", partner_names(partners, L))
        }
        Finding::NormandyStructures { counted, needed } => {
            let structures = plural(L, *counted, "structure", "structures");
            match c.status {
                Status::Pass => format!(
                    "{counted} distinct Normandy {structures} {} part (at least {needed}).",
                    plural(L, *counted, "takes", "take")
                ),
                Status::Fail => format!(
                    "Only {counted} distinct Normandy {structures}: at least {needed} are needed. Add a structure established in Normandy (with another SIREN)."
                ),
                _ => format!(
                    "{counted} Normandy {structures} so far: at least {needed} distinct ones established in Normandy are needed."
                ),
            }
        }
        Finding::AiAndData {
            ai_described,
            data_described,
        } => match (ai_described, data_described) {
            (true, true) => "The project describes its use of AI and the data it puts to use.",
            (false, false) => "Describe the use of AI and the data put to use.",
            (false, true) => "Describe how the project uses AI.",
            (true, false) => "Describe the data the project puts to use.",
        }
        .into(),
        Finding::S3Domain { domain } => match domain {
            Some(domain) => format!("Domain: {}.", super::s3_domain(*domain, L)),
            None => "No domain chosen (optional).".into(),
        },
        Finding::IncentiveDatesMissing => {
            "Give the submission and start dates to check the incentive effect.".into()
        }
        Finding::WorkStarts { start, submission } if c.status == Status::Pass => format!(
            "Work starts on {}, after the application of {}.",
            d(*start),
            d(*submission)
        ),
        Finding::WorkStarts { start, submission } => format!(
            "Work starts on {}, before the application of {}: under the GBER the aid would have no incentive effect. Start on {} or later.",
            d(*start),
            d(*submission),
            d(*submission)
        ),
        Finding::DatesMissing { start, end } => match (start, end) {
            (true, true) => "Give the start and end dates.",
            (true, false) => "Give the start date.",
            _ => "Give the end date.",
        }
        .into(),
        Finding::EndBeforeStart { start, end } => {
            format!("The end ({}) is before the start ({}).", d(*end), d(*start))
        }
        Finding::Duration {
            start,
            end,
            last_allowed_end,
            months,
            days_over,
        } => {
            if c.status == Status::Pass {
                format!(
                    "From {} to {}: within {months} months (end by {} at the latest).",
                    d(*start),
                    d(*end),
                    d(*last_allowed_end)
                )
            } else {
                format!(
                    "The project exceeds {months} months: starting on {}, it must end by {} at the latest (end given: {}, {days_over} {} too many).",
                    d(*start),
                    d(*last_allowed_end),
                    d(*end),
                    plural(L, *days_over as usize, "day", "days")
                )
            }
        }
        Finding::StartOutsideCalendar => "Start date outside the supported calendar.".into(),
        Finding::NoMilestone => "No milestone given (optional).".into(),
        Finding::MilestonesAwaitDates => {
            "Milestones will be checked once the start and end dates are known.".into()
        }
        Finding::MilestonesWithin { count } => match count {
            1 => "1 milestone, between the start and the end.".into(),
            n => format!("{n} milestones, all between the start and the end."),
        },
        Finding::MilestonesOutside { milestones } => format!(
            "{} outside the project period: {}.",
            plural(L, milestones.len(), "Milestone", "Milestones"),
            milestones
                .iter()
                .map(|(label, when)| format!("“{label}” ({})", d(*when)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Finding::Commons {
            experience_report,
            tools_or_content,
            open_data,
        } => {
            let given: Vec<&str> = [
                (*experience_report, "experience report"),
                (*tools_or_content, "tools or content"),
                (*open_data, "open data"),
            ]
            .into_iter()
            .filter_map(|(yes, what)| yes.then_some(what))
            .collect();
            if given.is_empty() {
                "State at least one contribution to the data commons: experience report, tools or content, open data.".into()
            } else {
                format!("Contribution to the commons: {}.", given.join(", "))
            }
        }
        Finding::Indicators { count: 0 } => "Propose at least one progress indicator.".into(),
        Finding::Indicators { count } => format!(
            "{count} progress {} proposed.",
            plural(L, *count, "indicator", "indicators")
        ),
        Finding::Commitments {
            report_indicators,
            collective_review,
        } => match (report_indicators, collective_review) {
            (true, true) => "The lead undertakes to report the indicators and to take part in the collective project review.",
            (false, true) => "Undertake to report the progress indicators at the end of the project.",
            (true, false) => "Undertake to take part in the DataLab Normandie's collective project review.",
            (false, false) => "Undertake to report the indicators and to take part in the collective project review.",
        }
        .into(),
        Finding::Advance {
            requested,
            justified,
        } => match (requested, justified) {
            (false, _) => "No advance requested.",
            (true, true) => "Advance requested, with its justification.",
            (true, false) => "Advance requested without justification: it will not be paid. Justify why it is needed.",
        }
        .into(),
        Finding::MarkAboveMaximum {
            criterion: which,
            mark,
            max,
        } => format!(
            "Mark “{}” of {mark} above its maximum ({max}).",
            criterion(*which)
        ),
        Finding::MarksMissing {
            given,
            criteria,
            total,
            out_of,
        } => format!(
            "Estimate all {criteria} criteria ({given} of {criteria} given, {total}/{out_of} so far)."
        ),
        Finding::Marks {
            total,
            minimum,
            out_of,
        } if c.status == Status::Fail => format!(
            "Estimated mark {total}/{out_of}, below {minimum}/{out_of}: the operation would be ineligible."
        ),
        Finding::Marks {
            total,
            minimum,
            out_of,
        } => format!("Estimated mark {total}/{out_of}, at least {minimum}/{out_of}."),
        Finding::EligibleCosts { amount } => format!("Eligible costs: {}.", m(*amount)),
        Finding::NoCost => "No cost yet.".into(),
        Finding::NoEligibleCost => "No eligible cost yet: personnel, intellectual services, licences, services or consumables borne by a Normandy structure.".into(),
        Finding::NoBudgetLines => "Add the budget lines.".into(),
        Finding::LinesComplete => "Every line has an amount and a partner bearing it.".into(),
        Finding::LinesIncomplete { lines } => format!(
            "Amount or partner to give for {} {} ({}).",
            lines.len(),
            plural(L, lines.len(), "line", "lines"),
            line_names(lines, L)
        ),
        Finding::PermanentStaffNotSaid { lines, total } => format!(
            "Say whether the person is permanent staff of the public body: {} {} pending, {} not counted until then: {}.",
            lines.len(),
            plural(L, lines.len(), "line", "lines"),
            m(*total),
            line_names(lines, L)
        ),
        Finding::NoLineExcluded => "No line excluded by this rule.".into(),
        Finding::LinesExcluded { lines, total } => format!(
            "{} {} excluded, {}: {}.",
            lines.len(),
            plural(L, lines.len(), "line", "lines"),
            m(*total),
            line_names(lines, L)
        ),
        Finding::AmountsExclVat {
            cap,
            not_recovering,
            unknown,
        } => {
            let mut text = format!(
                "All amounts are excluding VAT: the cap is {} excluding VAT.",
                m(*cap)
            );
            if !not_recovering.is_empty() {
                text += &format!(
                    " Not recovering VAT: {} (the VAT {} pay{} is {} own cost).",
                    partner_names(not_recovering, L),
                    if not_recovering.len() > 1 { "they" } else { "it" },
                    if not_recovering.len() > 1 { "" } else { "s" },
                    if not_recovering.len() > 1 { "their" } else { "its" }
                );
            }
            if !unknown.is_empty() {
                text += &format!(" VAT recovery not stated: {}.", partner_names(unknown, L));
            }
            text
        }
        Finding::VatRecovered { cap } => format!(
            "Amounts are excluding VAT (cap {} excluding VAT) and every structure bearing an eligible cost recovers VAT.",
            m(*cap)
        ),
        Finding::DeMinimisFits { ceiling } => format!(
            "De minimis aid of the last three years, this grant included, stays under the ceiling of {}.",
            m(*ceiling)
        ),
        Finding::DeMinimisOver {
            with_this_grant,
            ceiling,
            over_by,
        } => format!(
            "De minimis aid over three years, this grant included: {}, {} over the ceiling of {}. An aid that would take the total over the ceiling cannot be granted under this regime, not even in part (Article 3(7) of Regulation 2023/2831).",
            m(*with_this_grant),
            m(*over_by),
            m(*ceiling)
        ),
        Finding::DeMinimisNotDeclared => "Declare the de minimis aid received over three years by the lead's single undertaking (or that there is none).".into(),
        Finding::DeMinimisIncomplete { aids } => format!(
            "{aids} de minimis {} without a grant date or an amount: the total cannot be checked.",
            plural(L, *aids, "aid", "aids")
        ),
        Finding::OverFunded { by } => format!(
            "Public funding exceeds the project's cost by {}: the financing plan must balance.",
            m(*by)
        ),
        Finding::FinancingBalanced => {
            "The financing plan balances: public funding does not exceed the project's cost.".into()
        }
    }
}

pub(super) fn field_reason(c: &Check, field: &Field) -> String {
    match (&c.finding, field) {
        (Finding::LeadKindNotAdmissible { .. }, _) => "This kind of structure cannot lead the project: choose another kind, or another lead.".into(),
        (Finding::LeadOutsideNormandy { .. }, Field::PartnerCountry(_)) => "Establishment abroad: the lead must be established in Normandy.".into(),
        (Finding::LeadOutsideNormandy { postcode, .. }, _) => format!("{postcode} is outside Normandy: the lead must be established there."),
        (Finding::LeadPostcodeMissing { .. }, _) => "The lead's postcode is needed: 5 digits.".into(),
        (Finding::PostcodesMissing { .. }, _) => "Postcode needed: 5 digits.".into(),
        (Finding::NormandyStructures { counted, needed }, Field::PartnerKind(_)) => format!(
            "A partner of kind “other” does not count: {counted} Normandy {} so far, at least {needed} needed.",
            plural(L, *counted, "structure", "structures")
        ),
        (Finding::NormandyStructures { counted, needed }, _) => format!(
            "Outside Normandy, it does not count: {counted} Normandy {} so far, at least {needed} needed.",
            plural(L, *counted, "structure", "structures")
        ),
        (Finding::AiAndData { .. }, Field::DataUsed) => "Describe the data the project puts to use.".into(),
        (Finding::AiAndData { .. }, _) => "Describe how the project uses AI.".into(),
        (Finding::DatesMissing { .. }, Field::Start) => "Give the start date.".into(),
        (Finding::DatesMissing { .. }, _) => "Give the end date.".into(),
        (Finding::EndBeforeStart { start, .. }, _) => format!("The end comes before the start ({}).", d(*start)),
        (Finding::Duration { last_allowed_end, months, days_over, .. }, _) => format!(
            "{} at the latest ({months} months): {days_over} {} too many.",
            d(*last_allowed_end),
            plural(L, *days_over as usize, "day", "days")
        ),
        (Finding::Commons { .. }, _) => "At least one contribution to the commons is expected.".into(),
        (Finding::Indicators { .. }, _) => "Name at least one progress indicator.".into(),
        (Finding::Commitments { .. }, _) => "An undertaking asked of winners: tick it.".into(),
        (Finding::Advance { .. }, _) => format!(
            "Justify why the advance is needed: without a justification it is not paid ({}).",
            m(rust_decimal::Decimal::ZERO)
        ),
        (Finding::MarkAboveMaximum { max, .. }, _) => format!("At most {max}."),
        (Finding::MarksMissing { .. }, _) => "Mark to estimate.".into(),
        (Finding::Marks { total, minimum, out_of }, _) => format!(
            "Estimated total {total}/{out_of}, below the minimum of {minimum}/{out_of}: the operation would be ineligible."
        ),
        (Finding::LinesIncomplete { .. }, Field::LineBearer(_)) => "Choose the partner bearing this cost.".into(),
        (Finding::LinesIncomplete { .. }, _) => "Give the amount excluding VAT.".into(),
        (Finding::PermanentStaffNotSaid { .. }, _) => {
            "Answer yes or no: until then, this line is not counted.".into()
        }
        // A check whose message is already short and about its field.
        _ => check(c),
    }
}

pub(super) fn rule_title(id: RuleId) -> &'static str {
    match id {
        RuleId::OneLead => "Exactly one lead",
        RuleId::LeadKind => "Kind of lead",
        RuleId::LeadInNormandy => "Lead established in Normandy",
        RuleId::Postcodes => "Postcodes",
        RuleId::TwoNormandyStructures => "Normandy structures",
        RuleId::AiAndData => "Use of AI and data",
        RuleId::Duration => "Longest duration",
        RuleId::Milestones => "Milestones within the period",
        RuleId::Commons => "Contribution to the commons",
        RuleId::Indicators => "Indicators",
        RuleId::Commitments => "Commitments",
        RuleId::SelfAssessment => "Estimated mark",
        RuleId::EligibleCosts => "Eligible costs",
        RuleId::BudgetLinesComplete => "Complete budget lines",
        RuleId::CostCategory => "Categories of cost",
        RuleId::PermanentPublicStaff => "Permanent public staff",
        RuleId::CostBearer => "Who bears each cost",
        RuleId::Advance => "Advance",
        RuleId::IncentiveEffect => "Incentive effect",
        RuleId::ExclVat => "Amounts excluding VAT",
        RuleId::S3Domain => "Smart specialisation domain (S3)",
        RuleId::DeMinimis => "De minimis ceiling",
        RuleId::FinancingPlan => "Financing plan",
    }
}

pub(super) fn reading(id: RuleId) -> Option<&'static str> {
    Some(match id {
        RuleId::OneLead => "One structure files the application on the Région's portal: the lead.",
        RuleId::LeadInNormandy => "“Established in Normandy”: the establishment taking part has a postcode in Calvados (14), Eure (27), Manche (50), Orne (61) or Seine-Maritime (76).",
        RuleId::TwoNormandyStructures => "Two establishments of one legal entity (same SIREN) count as one structure; a partner of kind “other” is not counted.",
        RuleId::Duration => "Six months from date to date, end day included: a project starting on 1 February ends by 31 July at the latest; on 15 March, by 14 September.",
        RuleId::SelfAssessment => "The Région gives the mark; this is only the applicant's estimate.",
        RuleId::CostCategory => "Equipment, travel, overheads and other costs are not on the list: they are excluded.",
        RuleId::PermanentPublicStaff => "The text names “public establishments”; we treat local authorities and their groups the same way (the conservative reading).",
        RuleId::CostBearer => "A cost borne by a structure outside Normandy, or by a partner of kind “other”, is not counted.",
        RuleId::Advance => "Taken literally, 50% of eligible expenses would reach the whole grant; we read it as 50% of the grant.",
        RuleId::IncentiveEffect => "Under the GBER (art. 6) work must start after the application is filed; de minimis aid does not require it.",
        RuleId::DeMinimis => "The text cites Regulation (EU) No 1407/2013, whose transition ended on 30 June 2024; we apply Regulation (EU) 2023/2831, in force since 1 January 2024: €300,000 per single undertaking over any period of three years (Article 3(2)), an aid counting from the day the legal right to receive it is conferred (Article 3(3)). An aid counts if granted after the day three years before the submission; undated, it counts. This check is not part of the verdict: the Région may use another regime.",
        RuleId::FinancingPlan => "The grant covers 50% of the project: the rest comes from other public funding (requested or granted) or from the partners themselves; public funding may not exceed the project's cost.",
        RuleId::ExclVat => "The text counts amounts excluding VAT. Regulation (EU) 651/2014 (Article 7(1)) treats non-recoverable VAT as eligible, and other Région schemes write “excluding VAT (or including VAT if not liable)”: we keep the text's rule and show the other reading as information.",
        RuleId::LeadKind
        | RuleId::Postcodes
        | RuleId::AiAndData
        | RuleId::Milestones
        | RuleId::Commons
        | RuleId::Indicators
        | RuleId::Commitments
        | RuleId::EligibleCosts
        | RuleId::BudgetLinesComplete
        | RuleId::S3Domain => return None,
    })
}

pub(super) fn status_label(s: Status) -> &'static str {
    match s {
        Status::Pass => "Pass",
        Status::Fail => "Fail",
        Status::Missing => "Missing",
        Status::Warning => "Warning",
        Status::Info => "Info",
    }
}

pub(super) fn status_tag(s: Status) -> &'static str {
    match s {
        Status::Pass => "PASS",
        Status::Fail => "FAIL",
        Status::Missing => "MISSING",
        Status::Warning => "WARNING",
        Status::Info => "INFO",
    }
}

pub(super) fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "Eligible",
        Verdict::NotEligible => "Not eligible",
        Verdict::Incomplete => "Incomplete",
    }
}

pub(super) fn figure_name(f: Figure) -> &'static str {
    match f {
        Figure::TotalCosts => "Total costs excl. VAT",
        Figure::EligibleCosts => "Eligible costs",
        Figure::ExcludedCosts => "Excluded costs",
        Figure::PotentialGrant => "Potential grant",
        Figure::Grant => "Regional grant",
        Figure::Advance => "Advance",
        Figure::Balance => "Balance paid at the end",
        Figure::OwnShare => "Partners’ own share",
        Figure::RoomUnderCap => "Room under the cap",
        Figure::DeMinimisWithThisGrant => "De minimis aid over 3 years, this grant included",
        Figure::OtherPublicFunding => "Other public funding",
        Figure::OwnFunds => "Own funds",
        Figure::OverFunding => "Over-funding",
    }
}

/// An advance as the text allows it: a maximum, paid on justification.
pub(super) fn on_justification(amount: rust_decimal::Decimal) -> String {
    format!("up to {} on justification", m(amount))
}

pub(super) fn derivation(what: Explained, a: &Assessment) -> String {
    let p = &a.parameters;
    let rate = p.grant_rate.value;
    let cap = p.grant_cap.value;
    match what {
        Explained::TotalCosts => format!(
            "Sum of the {} budget {}, excluding VAT: {}",
            a.lines.len(),
            plural(L, a.lines.len(), "line", "lines"),
            m(a.total_costs)
        ),
        Explained::EligibleCosts => {
            let excluded = a.excluded_line_count();
            let pending = a.pending.lines.len();
            let waiting = if pending == 0 {
                String::new()
            } else {
                format!(
                    " − {} pending ({pending} {})",
                    m(a.pending.costs),
                    plural(L, pending, "line", "lines")
                )
            };
            format!(
                "{} − {} excluded ({excluded} {}){waiting} = {}",
                m(a.total_costs),
                m(a.excluded_costs),
                plural(L, excluded, "line", "lines"),
                m(a.eligible_costs)
            )
        }
        Explained::PotentialGrant => {
            let product = format!(
                "{} × {} = {}",
                percent(rate, L),
                m(a.eligible_costs),
                m(a.uncapped_grant)
            );
            if a.cap_binds {
                format!("{product} — above the cap: grant limited to {}", m(cap))
            } else {
                format!("{product} — below the {} cap", m(cap))
            }
        }
        Explained::Grant => match a.verdict {
            Verdict::Eligible => format!(
                "Eligible project: the grant is the potential grant, {}",
                m(a.grant)
            ),
            v => format!(
                "{}: grant {} (potential grant once every condition is met: {})",
                verdict_label(v),
                m(a.grant),
                m(a.potential_grant)
            ),
        },
        Explained::Advance => {
            let r = &a.advance_readings;
            let rate = percent(p.advance_rate.value, L);
            let letter = format!(
                "by the letter of the text, {rate} of eligible costs ({}), at most the grant: {}",
                m(a.eligible_costs),
                m(r.letter)
            );
            match (a.advance_requested, a.advance_justified) {
                (false, _) => format!(
                    "No advance requested: {}. On a justified request: {} (our reading: {rate} of the grant); {letter}.",
                    m(a.advance),
                    on_justification(r.ours)
                ),
                (true, false) => format!(
                    "Advance requested without justification: {}, it is not paid. Once justified: {} (our reading: {rate} of the grant); {letter}.",
                    m(a.advance),
                    on_justification(r.ours)
                ),
                // Nothing paid while the project is not eligible: say what
                // an eligible project would get rather than "at most €0.00".
                (true, true) if a.grant.is_zero() && !a.potential_advance.is_zero() => format!(
                    "No advance until the project is eligible: {}. Once eligible: {} (our reading: {rate} of the potential grant); by the letter of the text, {rate} of eligible costs ({}).",
                    m(a.advance),
                    on_justification(a.potential_advance),
                    m(a.eligible_costs)
                ),
                (true, true) => format!(
                    "At most {}, paid on justification. Our reading: {rate} of the grant, {rate} × {} = {}; {letter}.",
                    m(a.advance),
                    m(a.grant),
                    m(r.ours)
                ),
            }
        }
        Explained::Balance => {
            format!("{} − {} = {}", m(a.grant), m(a.advance), m(a.balance))
        }
        Explained::OwnShare => {
            format!("{} − {} = {}", m(a.total_costs), m(a.grant), m(a.own_share))
        }
        Explained::EffectiveRate => match a.effective_rate {
            Some(r) => format!(
                "{} ÷ {} = {}",
                m(a.potential_grant),
                m(a.eligible_costs),
                percent(r, L)
            ),
            None => "No eligible cost".into(),
        },
        Explained::RoomUnderCap => {
            let at_cap = a.costs_at_cap;
            if a.cap_binds || a.eligible_costs >= at_cap {
                format!(
                    "Cap reached from {} of eligible costs: {} beyond it bring no extra grant",
                    m(at_cap),
                    m(a.costs_beyond_cap)
                )
            } else {
                format!(
                    "{} ÷ {} = {} of eligible costs reach the cap; room: {} − {} = {}",
                    m(cap),
                    percent(rate, L),
                    m(at_cap),
                    m(at_cap),
                    m(a.eligible_costs),
                    m(a.room_under_cap)
                )
            }
        }
    }
}

pub(super) fn reason(r: &Reason) -> String {
    match r {
        Reason::CategoryNotEligible { category } => format!(
            "{}: not a category of eligible expenses.",
            super::category(*category, L)
        ),
        Reason::PermanentPublicStaff => "Permanent staff of a public body: excluded.".into(),
        Reason::PermanentStaffNotSaid => "Not counted until you say whether the person is permanent staff of the public body bearing it.".into(),
        Reason::NoBearer => "No partner bears this cost yet.".into(),
        Reason::BearerNotFound { partner } => format!("Partner “{partner}” not found."),
        Reason::BearerNotAdmissible { partner } => format!(
            "Borne by {}, of kind “other”, which is not a beneficiary structure.",
            partner_name(partner, L)
        ),
        Reason::BearerPostcodeMissing { partner } => {
            format!("Postcode of {} not given yet.", partner_name(partner, L))
        }
        Reason::BearerOutsideNormandy { partner } => {
            format!("Borne by {}, outside Normandy.", partner_name(partner, L))
        }
    }
}

pub(super) fn document(d: Document) -> &'static str {
    match d {
        Document::Payslips => "payslips",
        Document::EmploymentContracts => "employment contracts and mission letters",
        Document::SignedTimesheets => {
            "timesheets signed by the employee and the structure's legal representative"
        }
        Document::PaidInvoices => "paid invoices",
    }
}

pub(super) fn criterion(c: Criterion) -> &'static str {
    match c {
        Criterion::Quality => "Overall quality of the proposal: description and presentation",
        Criterion::Feasibility => "Feasibility of the proof of concept",
        Criterion::RegionalInterest => "Fit with the regional interest and the users’ needs",
        Criterion::ResponsibleDigital => "Response to responsible and sustainable digital issues",
        Criterion::Security => "Measures taken for the project’s IT security",
        Criterion::Reproducibility => "Reproducibility of the innovation in the region",
    }
}

pub(super) fn suggestion(s: &Suggestion) -> String {
    match &s.advice {
        Advice::MakeLead { partner } => format!(
            "Make {} the lead: it is established in Normandy.",
            partner_name(partner, L)
        ),
        Advice::FindNormandyLead => "Have a company, association, establishment or local authority established in Normandy lead the project.".into(),
        Advice::KeepOneLead { first } => format!(
            "Keep a single lead (for example {}).",
            partner_name(first, L)
        ),
        Advice::AddNormandyStructures {
            missing,
            departments,
        } => format!(
            "Add {missing} {} established in Normandy (postcode {}), with another SIREN than the current partners.",
            plural(L, *missing, "structure", "structures"),
            departments.join(", ")
        ),
        Advice::EndAfterStart { start } => format!("Give an end after the start ({}).", d(*start)),
        Advice::EndBy { last } => format!("End the project by {} at the latest.", d(*last)),
        Advice::WeakCriterion {
            criterion: which,
            mark,
            max,
        } => format!(
            "Weak point ({mark}/{max}) — the Région looks at: “{}”. Strengthen this part of the project.",
            criterion(*which)
        ),
        Advice::Satisfy(c) => check(c),
        Advice::LineNotEligible {
            line,
            amount,
            reason: why,
        } => format!(
            "The line “{}” ({}) is not eligible: {}",
            super::line_name(line, L),
            m(*amount),
            why.as_ref().map(reason).unwrap_or_default()
        ),
        Advice::CapReachedExactly { cap } => format!(
            "The {} cap is reached exactly: any further eligible cost would bring no extra grant.",
            m(*cap)
        ),
        Advice::CostsBeyondCap { beyond, cap } => format!(
            "{} of eligible costs bring no extra grant: the {} cap is reached.",
            m(*beyond),
            m(*cap)
        ),
        Advice::RoomUnderCap { room, cap } => format!(
            "Eligible costs can grow by {} before the grant reaches {}.",
            m(*room),
            m(*cap)
        ),
    }
}

pub(super) fn country(c: Country) -> String {
    match c.code() {
        "FR" => "France",
        "BE" => "Belgium",
        "DE" => "Germany",
        "LU" => "Luxembourg",
        "CH" => "Switzerland",
        "GB" => "United Kingdom",
        "IE" => "Ireland",
        "NL" => "Netherlands",
        "ES" => "Spain",
        "IT" => "Italy",
        "PT" => "Portugal",
        "AT" => "Austria",
        "DK" => "Denmark",
        "SE" => "Sweden",
        "FI" => "Finland",
        "NO" => "Norway",
        "PL" => "Poland",
        "US" => "United States",
        "CA" => "Canada",
        "ZZ" => "Another country",
        code => return format!("Country {code}"),
    }
    .into()
}

pub(super) fn location(at: &Location) -> Option<String> {
    Some(match at {
        Location::Unknown => return None,
        Location::Normandy(d) => format!("{} ({}) — in Normandy", d.name, d.code),
        Location::OtherFrench { department } => {
            format!("Department {department} — outside Normandy")
        }
        Location::Incomplete => "Incomplete postcode: 5 digits expected".into(),
        Location::Abroad { country: c } => format!("{} — outside Normandy", country(*c)),
        Location::Elsewhere => {
            "Unknown French postcode — outside Normandy (abroad? choose the country)".into()
        }
    })
}

pub(super) fn assess_error(e: &AssessError) -> String {
    match e {
        AssessError::AmountTooLarge { line } => format!(
            "budget line {line}: amount above {} €, too large to compute with",
            max_line_amount()
        ),
        AssessError::NegativeAmount { line } => format!("budget line {line}: negative amount"),
    }
}

pub(super) fn amount_error(e: AmountError) -> &'static str {
    match e {
        AmountError::Malformed => "unreadable amount: digits, with at most two decimals",
        AmountError::Negative => "an amount cannot be negative",
        AmountError::TooManyDecimals => "at most two decimals (cents)",
        AmountError::TooLarge => "amount too large to compute with",
    }
}

fn json_type(t: JsonType) -> &'static str {
    match t {
        JsonType::String => "a string",
        JsonType::Object => "an object",
        JsonType::Array => "an array",
        JsonType::Bool => "true or false",
        JsonType::BoolOrNull => "true, false or null",
        JsonType::StringOrNull => "a string or null",
        JsonType::ObjectOrNull => "an object or null",
    }
}

pub(super) fn draft_problem(p: &Problem) -> String {
    match p {
        Problem::FileTooLarge { bytes } => format!("file too large ({bytes} bytes; 5 MB at most)"),
        Problem::NotJson { line, column } => {
            format!("not valid JSON (line {line}, column {column})")
        }
        Problem::TooDeep => "JSON nested too deeply to be a draft".into(),
        Problem::WrongFormat => format!("not a Booster IA draft (\"format\" must be \"{FORMAT}\")"),
        Problem::WrongVersion { found } => {
            format!("version {found} is not supported: this simulator reads versions 1 to {VERSION}")
        }
        Problem::PartNotDraft => "this is a partner's part, not a draft: merge it into the lead's draft".into(),
        Problem::NotAPart { draft: true } => "this is a whole draft, not a partner's part: open it as a draft".into(),
        Problem::NotAPart { draft: false } => format!(
            "not a Booster IA partner's part (\"format\" must be \"{}\")",
            crate::part::FORMAT
        ),
        Problem::WrongPartVersion { found } => format!(
            "part version {found} is not supported: this simulator reads versions 1 and {}",
            crate::part::VERSION
        ),
        Problem::Missing => "required field missing".into(),
        Problem::Unknown => "field unknown to the format".into(),
        Problem::WrongType { expected } => format!("wrong type: {} expected", json_type(*expected)),
        Problem::UnknownValue { allowed } => format!("unknown value; allowed: {allowed}"),
        Problem::Amount(e) => amount_error(*e).into(),
        Problem::Date => "impossible or malformed date (YYYY-MM-DD expected, or null)".into(),
        Problem::Score { max } => format!("a whole mark from 0 to {max} expected, or null"),
        Problem::AidsNotDeclared => "de minimis aids are listed while the list is not declared complete (\"declared\" is false)".into(),
        Problem::Country => {
            "invalid country: two capital letters (ISO 3166-1 code, \"BE\"), or absent for France"
                .into()
        }
        Problem::Siret => "invalid SIRET: 14 digits passing the Luhn check, or null".into(),
        Problem::DuplicateId { id } => format!("id \"{id}\" used twice"),
        Problem::DanglingPartner { id } => format!("no partner has id \"{id}\""),
        Problem::BlankId => "empty id".into(),
        Problem::TooMany { limit } => format!("too many items ({limit} at most)"),
        Problem::TextTooLong { limit } => format!("text too long ({limit} characters at most)"),
    }
}

/// "Rule “Maximum duration”", "Parameter “Advance rate”", "Budget lines".
pub(super) fn source_heading(source: Source) -> String {
    match source {
        Source::Rule(id) => format!("Rule “{}”", rule_title(id)),
        Source::Parameter(id) => format!("Parameter “{}”", super::parameter_title(id, L)),
        Source::Lines => super::source_title(Source::Lines, L).into(),
    }
}

fn compared_line(line: &LineName) -> String {
    if line.label.is_empty() {
        super::line_label(line.label, line.position, L)
    } else {
        format!("“{}”", line.label)
    }
}

pub(super) fn detail(d: &Detail) -> String {
    match d {
        Detail::Check { scenario, check: c } => {
            format!("{scenario}: {} — {}", status_label(c.status), check(c))
        }
        Detail::Derivation {
            scenario,
            assessment,
            what,
        } => format!("{scenario}: {}", derivation(*what, assessment)),
        Detail::Line {
            line,
            change,
            amounts,
        } => {
            let amounts = amounts
                .iter()
                .map(|(scenario, a)| format!("{} in {scenario}", m(*a)))
                .collect::<Vec<_>>()
                .join(", ");
            let line = compared_line(line);
            match change {
                LineMove::Added(r#in) => format!("{line} added in {}: {amounts}", r#in.join(", ")),
                LineMove::Removed(r#in) => {
                    format!("{line} removed in {}: {amounts}", r#in.join(", "))
                }
                LineMove::Amount => format!("{line}, amount changed: {amounts}"),
            }
        }
        Detail::LineExcluded {
            line,
            waiting,
            amounts,
        } => format!(
            "{} {} {}",
            compared_line(line),
            if *waiting {
                "pending an answer in"
            } else {
                "excluded in"
            },
            amounts
                .iter()
                .map(|(scenario, a)| format!("{scenario} ({})", m(*a)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Detail::MoreLines(n) => format!("and {n} more {}", plural(L, *n, "line", "lines")),
    }
}

/// "part 2 (Lab)", or "part 2" when its partner has no name.
fn part(p: &PartRef) -> String {
    if p.partner.is_empty() {
        format!("part {}", p.position)
    } else {
        format!("part {} ({})", p.position, p.partner)
    }
}

/// "parts 1, 3 and 4".
fn positions(parts: &[PartRef]) -> String {
    let mut numbers: Vec<String> = parts.iter().map(|p| p.position.to_string()).collect();
    let last = numbers.pop().unwrap_or_default();
    if numbers.is_empty() {
        format!("part {last}")
    } else {
        format!("parts {} and {last}", numbers.join(", "))
    }
}

/// The same at the start of a sentence.
fn part_cap(p: &PartRef) -> String {
    let text = part(p);
    format!("P{}", &text[1..])
}

pub(super) fn part_match(pm: &PartMatch) -> String {
    let who = partner_name(&pm.partner, L);
    let matched = match pm.how {
        MatchKind::Siret => format!("{}: goes to {who} (same SIRET).", part_cap(&pm.part)),
        MatchKind::Name => format!("{}: goes to {who} (same name).", part_cap(&pm.part)),
        MatchKind::Added => format!(
            "{}: {who} is not in the draft, added as a partner.",
            part_cap(&pm.part)
        ),
    };
    match &pm.other_title {
        Some(title) => format!("{matched} Project title in this part, for information: “{title}”."),
        None => matched,
    }
}

pub(super) fn partner_changes(c: &PartnerChanges) -> String {
    let n = c.counts();
    format!(
        "{}{}: {} {} added, {} replaced, {} removed, {} unchanged.",
        partner_name(&c.partner, L),
        if c.added { " (new partner)" } else { "" },
        n.added,
        plural(L, n.added, "line", "lines"),
        n.replaced,
        n.removed,
        n.unchanged,
    )
}

fn summary_line(l: &LineSummary) -> String {
    let label = if l.label.is_empty() {
        "(no label)".to_string()
    } else {
        format!("“{}”", l.label)
    };
    format!(
        "{label} — {}, {}{}",
        super::category(l.category, L),
        l.amount.map(m).unwrap_or_else(|| "amount to give".into()),
        if l.permanent_staff == Some(true) {
            ", permanent staff"
        } else {
            ""
        }
    )
}

pub(super) fn line_change(c: &LineChange) -> String {
    match c {
        LineChange::Added(l) => format!("+ {}", summary_line(l)),
        LineChange::Removed(l) => format!("− {}", summary_line(l)),
        LineChange::Unchanged(l) => format!("= {}", summary_line(l)),
        LineChange::Replaced { before, after } => {
            let amount = |a: Option<rust_decimal::Decimal>| {
                a.map(m).unwrap_or_else(|| "amount to give".into())
            };
            let staff = |p: Option<bool>| match p {
                Some(true) => "permanent staff",
                Some(false) => "not permanent",
                None => "permanent or not: to say",
            };
            let mut what = Vec::new();
            if before.category != after.category {
                what.push(format!(
                    "{} → {}",
                    super::category(before.category, L),
                    super::category(after.category, L)
                ));
            }
            if before.amount != after.amount {
                what.push(format!(
                    "{} → {}",
                    amount(before.amount),
                    amount(after.amount)
                ));
            }
            if before.permanent_staff != after.permanent_staff {
                what.push(format!(
                    "{} → {}",
                    staff(before.permanent_staff),
                    staff(after.permanent_staff)
                ));
            }
            let label = if after.label.is_empty() {
                "(no label)".to_string()
            } else {
                format!("“{}”", after.label)
            };
            format!("~ {label}: {}", what.join("; "))
        }
    }
}

fn vat(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "recovers VAT",
        Some(false) => "does not recover VAT",
        None => "VAT recovery not given",
    }
}

pub(super) fn conflict(c: &Conflict) -> String {
    match c {
        Conflict::SiretAndNameDisagree {
            part: which,
            siret_partner,
            name_partner,
        } => format!(
            "{}: its SIRET is {}'s, its name {}'s. Its lines go to {} (same SIRET): check which is right.",
            part_cap(which),
            partner_name(siret_partner, L),
            partner_name(name_partner, L),
            partner_name(siret_partner, L)
        ),
        Conflict::SamePartnerTwice { partner, parts } => format!(
            "{} parts go to {} ({}): all their lines are taken, one after the other. If one was sent again, keep only one.",
            parts.len(),
            partner_name(partner, L),
            positions(parts)
        ),
        Conflict::NameDiffers { partner, draft, part: theirs } => format!(
            "{}: named “{theirs}” in its part; the draft keeps “{draft}”.",
            partner_name(partner, L)
        ),
        Conflict::SiretDiffers { partner, draft, part: theirs } => format!(
            "{}: SIRET {theirs} in its part; the draft keeps {}.",
            partner_name(partner, L),
            match draft {
                Some(s) => format!("SIRET {s}"),
                None => "no SIRET".into(),
            }
        ),
        Conflict::KindDiffers { partner, draft, part: theirs } => format!(
            "{}: “{}” in its part; the draft keeps “{}”.",
            partner_name(partner, L),
            super::partner_kind(*theirs, L),
            super::partner_kind(*draft, L)
        ),
        Conflict::PostcodeDiffers { partner, draft, part: theirs } => format!(
            "{}: postcode {theirs} in its part; the draft keeps {}.",
            partner_name(partner, L),
            if draft.is_empty() {
                "a blank postcode".to_string()
            } else {
                format!("postcode {draft}")
            }
        ),
        Conflict::CountryDiffers { partner, draft, part: theirs } => format!(
            "{}: country “{}” according to its part; the draft keeps “{}”.",
            partner_name(partner, L),
            country(*theirs),
            country(*draft)
        ),
        Conflict::VatDiffers { partner, draft, part: theirs } => format!(
            "{}: {} according to its part; the draft keeps “{}”.",
            partner_name(partner, L),
            vat(Some(*theirs)),
            vat(*draft)
        ),
        Conflict::NotLead { part: which, partner } => format!(
            "{} presents its partner as the lead; in the draft, {} stays a partner (only one lead: change it in the draft if need be).",
            part_cap(which),
            partner_name(partner, L)
        ),
        Conflict::TooManyLines { lines, limit } => format!(
            "The merged draft would have {lines} budget lines, {limit} at most: it could not be opened again. Group lines in the parts."
        ),
        Conflict::TooManyPartners { partners, limit } => format!(
            "The merged draft would have {partners} partners, {limit} at most: it could not be opened again."
        ),
    }
}

pub(super) fn line_column(c: LineColumn) -> &'static str {
    match c {
        LineColumn::Partner => "partner",
        LineColumn::Category => "category",
        LineColumn::Label => "label",
        LineColumn::Amount => "amount excl. VAT",
        LineColumn::PermanentStaff => "permanent staff",
    }
}

pub(super) fn sheet_column(c: SheetColumn) -> &'static str {
    match c {
        SheetColumn::File => "file",
        SheetColumn::Title => "title",
        SheetColumn::Lead => "lead",
        SheetColumn::Verdict => "verdict",
        SheetColumn::TotalCosts => "total costs",
        SheetColumn::EligibleCosts => "eligible costs",
        SheetColumn::ExcludedCosts => "excluded costs",
        SheetColumn::Grant => "grant",
        SheetColumn::Advance => "advance",
        SheetColumn::Checks => "checks failing or missing",
        SheetColumn::Error => "error",
        SheetColumn::CheckIds => "check ids",
        SheetColumn::Eligible => "eligible",
        SheetColumn::Reasons => "why excluded",
        SheetColumn::Rules => "rules",
    }
}

pub(super) fn line_problem(k: &LineProblemKind) -> String {
    match k {
        LineProblemKind::Empty => format!(
            "empty file: the first line names the columns ({})",
            LineColumn::ALL.map(line_column).join(", ")
        ),
        LineProblemKind::Unreadable => "unreadable line (an unclosed quote?)".into(),
        LineProblemKind::MissingColumn { column } => format!(
            "column “{}” missing from the header row",
            line_column(*column)
        ),
        LineProblemKind::WrongColumnCount { expected, found } => format!(
            "{found} {} instead of {expected}",
            plural(L, *found, "cell", "cells")
        ),
        LineProblemKind::UnreadableAmount { text, error } => {
            format!("“{text}”: {}", amount_error(*error))
        }
        LineProblemKind::UnknownCategory { text } => format!(
            "unknown category “{text}”; categories: {}",
            crate::draft::Category::ALL
                .iter()
                .map(|c| super::category(*c, L))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        LineProblemKind::UnknownPartner { text } => {
            format!("no partner of the draft is named “{text}” (or has that id)")
        }
        LineProblemKind::AmbiguousPartner { text } => {
            format!("several partners are named “{text}”: give the id of the one bearing the cost")
        }
        LineProblemKind::UnreadableYesNo { text } => format!("“{text}”: yes or no expected"),
        LineProblemKind::TextTooLong { column, limit } => format!(
            "{} too long ({limit} characters at most)",
            line_column(*column)
        ),
        LineProblemKind::TooManyLines { limit } => {
            format!("too many lines ({limit} at most in a draft): the rest is not read")
        }
    }
}
