//! The checks: what each rule found, and why a field is marked.

use super::*;
use crate::fields::Field;
use crate::rules::{Check, Finding, RuleId, Status};
#[cfg(feature = "second-version-fixture")]
use crate::text::percent;
use crate::text::CheckPart;
use crate::text::{line_names, partner_name, partner_names, plural};

/// What a check found, as a sentence: worded by part of the text.
pub(in crate::text) fn check(c: &Check) -> String {
    match crate::text::check_part(c) {
        CheckPart::Project => project(c),
        CheckPart::Timeline => timeline(c),
        CheckPart::Commitments => commitments(c),
        CheckPart::Budget => budget(c),
    }
}

/// The lead, the partners, the project (who may apply, and for what).
fn project(c: &Check) -> String {
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
            format!("The lead is of an admissible kind: {}.", crate::text::partner_kind(*kind, L))
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
            Some(domain) => format!("Domain: {}.", crate::text::s3_domain(*domain, L)),
            None => "No domain chosen (optional).".into(),
        },
        _ => crate::text::another_part(),
    }
}

/// The dates, the duration, the milestones.
fn timeline(c: &Check) -> String {
    match &c.finding {
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
        _ => crate::text::another_part(),
    }
}

/// The commitments and the estimated marks.
fn commitments(c: &Check) -> String {
    match &c.finding {
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
        _ => crate::text::another_part(),
    }
}

/// The costs and their funding.
fn budget(c: &Check) -> String {
    match &c.finding {
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
        #[cfg(feature = "second-version-fixture")]
        Finding::LicencesShare {
            licences,
            eligible,
            max_share,
            ..
        } if c.status == Status::Pass => format!(
            "Licences: {} of {} eligible costs, at most {}.",
            m(*licences),
            m(*eligible),
            percent(*max_share, L)
        ),
        #[cfg(feature = "second-version-fixture")]
        Finding::LicencesShare {
            licences,
            eligible,
            max_share,
            ceiling,
        } => format!(
            "Licences: {} of {} eligible costs, over {}: bring them down to {} at most.",
            m(*licences),
            m(*eligible),
            percent(*max_share, L),
            m(*ceiling)
        ),
        _ => crate::text::another_part(),
    }
}

pub(in crate::text) fn field_reason(c: &Check, field: &Field) -> String {
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

/// The checks' heading with their counts.
pub(in crate::text) fn checks_heading(failing: usize, missing: usize, passing: usize) -> String {
    format!("Checks ({failing} failing, {missing} missing, {passing} passing)")
}

pub(in crate::text) fn rule_title(id: RuleId) -> &'static str {
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
        #[cfg(feature = "second-version-fixture")]
        RuleId::LicencesShare => "Licences share (test hypothesis)",
        RuleId::FinancingPlan => "Financing plan",
    }
}

pub(in crate::text) fn reading(id: RuleId) -> Option<&'static str> {
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
        #[cfg(feature = "second-version-fixture")]
        RuleId::LicencesShare => "A made-up rule of the test data, in force for applications filed from 1 Jul 2027: the eligible user licence lines count for at most 30% of eligible costs; exactly 30% passes.",
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
