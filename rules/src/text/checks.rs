//! What the checks found, the rules' names and readings, statuses and verdicts.

use super::*;
use crate::assess::Verdict;
use crate::rules::costs::Document;
use crate::rules::{Check, Criterion, Finding, RuleId, Status};

/// What a check found, as a sentence.
pub fn check_message(check: &Check, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::check(check),
        Lang::En => en::check(check),
        Lang::Pseudo => pseudo::say(en::check(check)),
    }
}

/// Why a field is marked, said under it: short, for that field alone
/// (« Au plus tard le 14/09/2027 »). `check` is the check that marks it.
pub fn field_reason(check: &Check, field: &crate::fields::Field, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::field_reason(check, field),
        Lang::En => en::field_reason(check, field),
        Lang::Pseudo => pseudo::say(en::field_reason(check, field)),
    }
}

/// A rule's short name.
pub fn rule_title(id: RuleId, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::rule_title(id),
        Lang::En => en::rule_title(id),
        Lang::Pseudo => pseudo::say(en::rule_title(id)),
    }
}

/// How we read the text where it is ambiguous, for the rules where it is.
pub fn reading(id: RuleId, lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Fr => fr::reading(id),
        Lang::En => en::reading(id),
        Lang::Pseudo => pseudo::say(en::reading(id)),
    }
}

/// A check's status in words (« Conforme »).
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::status_label(status),
        Lang::En => en::status_label(status),
        Lang::Pseudo => pseudo::say(en::status_label(status)),
    }
}

/// A check's status as the text report tags it (`[ÉCHEC]`).
pub fn status_tag(status: Status, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::status_tag(status),
        Lang::En => en::status_tag(status),
        Lang::Pseudo => pseudo::say(en::status_tag(status)),
    }
}

/// The verdict in words.
pub fn verdict_label(verdict: Verdict, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::verdict_label(verdict),
        Lang::En => en::verdict_label(verdict),
        Lang::Pseudo => pseudo::say(en::verdict_label(verdict)),
    }
}

/// What the Région looks for in a criterion (the French is the scheme's own words).
pub fn criterion(c: Criterion, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::criterion(c),
        Lang::En => en::criterion(c),
        Lang::Pseudo => pseudo::say(en::criterion(c)),
    }
}

/// A document of the payment request.
pub fn document(d: Document, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::document(d),
        Lang::En => en::document(d),
        Lang::Pseudo => pseudo::say(en::document(d)),
    }
}

/// The checks' heading, each count with its word agreed: « Vérifications
/// (1 non conforme, 0 à compléter, 2 conformes) ».
pub fn checks_heading(failing: usize, missing: usize, passing: usize, lang: Lang) -> String {
    if lang == Lang::Pseudo {
        return pseudo::say(checks_heading(failing, missing, passing, Lang::En));
    }
    match lang {
        Lang::Fr => format!(
            "Vérifications ({failing} {}, {missing} à compléter, {passing} {})",
            plural(lang, failing, "non conforme", "non conformes"),
            plural(lang, passing, "conforme", "conformes"),
        ),
        Lang::En | Lang::Pseudo => {
            format!("Checks ({failing} failing, {missing} missing, {passing} passing)")
        }
    }
}

/// The part of the scheme's text a finding answers, so that each language
/// words the checks part by part (one function a part) rather than in one
/// long match. Declared once here for both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CheckPart {
    /// Who may apply and for what: the lead, the partners, the project.
    Project,
    /// The dates, the duration, the milestones.
    Timeline,
    /// The commitments and the estimated marks.
    Commitments,
    /// The costs and their funding.
    Budget,
}

/// The part of the text `finding` answers.
pub(crate) fn check_part(finding: &Finding) -> CheckPart {
    use Finding::*;
    match finding {
        NoLead
        | Lead { .. }
        | SeveralLeads { .. }
        | NoLeadYet
        | LeadKindAdmissible { .. }
        | LeadKindNotAdmissible { .. }
        | LeadOutsideNormandy { .. }
        | LeadPostcodeMissing { .. }
        | LeadInNormandy { .. }
        | NoPartners
        | PostcodesGiven
        | PostcodesMissing { .. }
        | NormandyStructures { .. }
        | AiAndData { .. }
        | S3Domain { .. } => CheckPart::Project,
        IncentiveDatesMissing
        | WorkStarts { .. }
        | DatesMissing { .. }
        | EndBeforeStart { .. }
        | Duration { .. }
        | StartOutsideCalendar
        | NoMilestone
        | MilestonesAwaitDates
        | MilestonesWithin { .. }
        | MilestonesOutside { .. } => CheckPart::Timeline,
        Commons { .. }
        | Indicators { .. }
        | Commitments { .. }
        | Advance { .. }
        | MarkAboveMaximum { .. }
        | MarksMissing { .. }
        | Marks { .. } => CheckPart::Commitments,
        EligibleCosts { .. }
        | NoCost
        | NoEligibleCost
        | NoBudgetLines
        | LinesComplete
        | LinesIncomplete { .. }
        | PermanentStaffNotSaid { .. }
        | NoLineExcluded
        | LinesExcluded { .. }
        | AmountsExclVat { .. }
        | VatRecovered { .. }
        | DeMinimisFits { .. }
        | DeMinimisOver { .. }
        | DeMinimisNotDeclared
        | DeMinimisIncomplete { .. }
        | OverFunded { .. }
        | FinancingBalanced => CheckPart::Budget,
    }
}
