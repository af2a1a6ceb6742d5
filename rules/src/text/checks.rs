//! What the checks found, the rules' names and readings, statuses and verdicts.

use super::*;
use crate::assess::Verdict;
use crate::rules::costs::Document;
use crate::rules::{Check, Criterion, RuleId, Status};

/// What a check found, as a sentence.
pub fn check_message(check: &Check, lang: Lang) -> String {
    said!(lang, check(check))
}

/// Why a field is marked, said under it: short, for that field alone
/// (« Au plus tard le 14/09/2027 »). `check` is the check that marks it.
pub fn field_reason(check: &Check, field: &crate::fields::Field, lang: Lang) -> String {
    said!(lang, field_reason(check, field))
}

/// A rule's short name.
pub fn rule_title(id: RuleId, lang: Lang) -> &'static str {
    said!(lang, rule_title(id))
}

/// How we read the text where it is ambiguous, for the rules where it is.
pub fn reading(id: RuleId, lang: Lang) -> Option<&'static str> {
    said!(lang, reading(id))
}

/// A check's status in words (« Conforme »).
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    said!(lang, status_label(status))
}

/// A check's status as the text report tags it (`[ÉCHEC]`).
pub fn status_tag(status: Status, lang: Lang) -> &'static str {
    said!(lang, status_tag(status))
}

/// The verdict in words.
pub fn verdict_label(verdict: Verdict, lang: Lang) -> &'static str {
    said!(lang, verdict_label(verdict))
}

/// What the Région looks for in a criterion (the French is the scheme's own words).
pub fn criterion(c: Criterion, lang: Lang) -> &'static str {
    said!(lang, criterion(c))
}

/// A document of the payment request.
pub fn document(d: Document, lang: Lang) -> &'static str {
    said!(lang, document(d))
}

/// The checks' heading, each count with its word agreed: « Vérifications
/// (1 non conforme, 0 à compléter, 2 conformes) ».
pub fn checks_heading(failing: usize, missing: usize, passing: usize, lang: Lang) -> String {
    said!(lang, checks_heading(failing, missing, passing))
}

/// The part of the scheme's text a check answers, so that each language
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

/// Where a catalogue's part is handed a check [`check_part`] gives to
/// another part: a bug, never a sentence.
#[cold]
pub(crate) fn another_part() -> ! {
    unreachable!("a finding of another part")
}

/// The part of the text the rule that made `check` belongs to, from where
/// its declaration says the form answers it (so a new rule needs no entry
/// here: its declaration already says).
pub(crate) fn check_part(check: &Check) -> CheckPart {
    use crate::rules::Section;
    match check.id.decl().answered_in.section {
        Section::Project | Section::Partners => CheckPart::Project,
        Section::Timeline => CheckPart::Timeline,
        Section::Follow | Section::Scores => CheckPart::Commitments,
        Section::Budget | Section::Funding => CheckPart::Budget,
    }
}
