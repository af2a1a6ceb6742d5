//! The words: every sentence the simulator shows, in French and English, from
//! the facts the engine returns. One function per kind of fact here; one
//! exhaustive match per language in [`fr`] and [`en`], so a fact that is not
//! worded in both languages does not compile. Only the language asked is
//! rendered; the checker's JSON renders both at its edge ([`Text::both`]).

mod en;
mod fr;
pub mod page;
mod pseudo;
mod results;
mod sent;

use crate::advice::Suggestion;
use crate::assess::{AssessError, Assessment, Explained, Figure, Verdict};
use crate::date::Date;
use crate::draft::{Category, Country, PartnerKind, Role, S3Domain};
use crate::money::{format_money, format_percent};
use crate::rules::costs::Document;
use crate::rules::{Check, Criterion, LineRef, Location, PartnerRef, Reason, RuleId, Status};
use rust_decimal::Decimal;
use serde::Serialize;

pub use crate::locale::Lang;
pub use results::{
    cap_line, grant_headline, grant_once_complete, indicator_line, marks_total, milestone_line,
    potential_with_pending, rules_adopted_on, simulated_on, summary_title, to_complete,
    verdict_and_grant,
};
pub use sent::sent_key;

/// A text in both languages, for the checker's JSON and the draft export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Text {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
}

impl Text {
    /// Both languages at once.
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            fr: fr.into(),
            en: en.into(),
        }
    }

    /// Renders `say` in each language.
    pub fn both(say: impl Fn(Lang) -> String) -> Text {
        Text {
            fr: say(Lang::Fr),
            en: say(Lang::En),
        }
    }

    /// Renders `say` in each language, when it says something.
    pub fn both_opt(say: impl Fn(Lang) -> Option<&'static str>) -> Option<Text> {
        Some(Text {
            fr: say(Lang::Fr)?.to_string(),
            en: say(Lang::En)?.to_string(),
        })
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.fr, &self.en)
    }
}

/// `one` when `n` is 1 (or 0 in French), else `many`: « 1 ligne », « 4 lignes »;
/// « 0 ligne » in French, "0 lines" in English.
pub fn plural<'a>(lang: Lang, n: usize, one: &'a str, many: &'a str) -> &'a str {
    match lang.plural_form(n) {
        crate::locale::PluralForm::One => one,
        crate::locale::PluralForm::Other => many,
    }
}

/// Money as the page writes it: `12 500,00 €` or `€12,500.00`.
pub fn money(value: Decimal, lang: Lang) -> String {
    format_money(value, lang)
}

/// A rate as the page writes it: `50 %` or `50%`.
pub fn percent(rate: Decimal, lang: Lang) -> String {
    format_percent(rate, lang)
}

/// A date as the page writes it: `31/07/2027` or `31 Jul 2027`.
pub fn date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::Fr => d.to_french(),
        Lang::En | Lang::Pseudo => d.to_english(),
    }
}

/// A partner as sentences name it: its name, or « Partenaire 2 » by its
/// place in the form when it has none yet.
pub fn partner_name(p: &PartnerRef, lang: Lang) -> String {
    partner_label(&p.name, p.position, lang)
}

/// The name of the partner at `position` (from 1) whose name is `name`.
pub fn partner_label(name: &str, position: usize, lang: Lang) -> String {
    if lang == Lang::Pseudo {
        return pseudo::say(partner_label(name, position, Lang::En));
    }
    if name.trim().is_empty() {
        format!("{} {position}", lang.pick("Partenaire", "Partner"))
    } else {
        name.trim().to_string()
    }
}

/// A budget line as sentences name it: its label, or « Dépense 3 » by its
/// place in the form when it has none yet.
pub fn line_name(l: &LineRef, lang: Lang) -> String {
    line_label(&l.label, l.position, lang)
}

/// The name of the line at `position` (from 1) whose label is `label`.
pub fn line_label(label: &str, position: usize, lang: Lang) -> String {
    if lang == Lang::Pseudo {
        return pseudo::say(line_label(label, position, Lang::En));
    }
    if label.trim().is_empty() {
        format!("{} {position}", lang.pick("Dépense", "Cost"))
    } else {
        label.trim().to_string()
    }
}

/// Names joined by commas.
pub(crate) fn partner_names(partners: &[PartnerRef], lang: Lang) -> String {
    partners
        .iter()
        .map(|p| partner_name(p, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Line names joined by commas.
pub(crate) fn line_names(lines: &[LineRef], lang: Lang) -> String {
    lines
        .iter()
        .map(|l| line_name(l, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

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

/// A money figure's name.
pub fn figure_name(figure: Figure, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::figure_name(figure),
        Lang::En => en::figure_name(figure),
        Lang::Pseudo => pseudo::say(en::figure_name(figure)),
    }
}

/// How a figure was obtained, with its numbers.
pub fn derivation(what: Explained, a: &Assessment, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::derivation(what, a),
        Lang::En => en::derivation(what, a),
        Lang::Pseudo => pseudo::say(en::derivation(what, a)),
    }
}

/// A money figure's value as the page, the print and the reports give it:
/// the advance, which the text says « pourra être versée » on justification,
/// as a maximum (« jusqu’à 3 875,00 € sur justification »); the others as amounts.
pub fn figure_value(figure: Figure, a: &Assessment, lang: Lang) -> String {
    let value = a.money(figure);
    if figure == Figure::Advance && !value.is_zero() {
        on_justification(value, lang)
    } else {
        money(value, lang)
    }
}

/// An advance as the text allows it: `jusqu’à 3 875,00 € sur justification`.
pub fn on_justification(amount: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::on_justification(amount),
        Lang::En => en::on_justification(amount),
        Lang::Pseudo => pseudo::say(en::on_justification(amount)),
    }
}

/// Why a budget line is left out.
pub fn reason(reason: &Reason, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::reason(reason),
        Lang::En => en::reason(reason),
        Lang::Pseudo => pseudo::say(en::reason(reason)),
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

/// What the Région looks for in a criterion (the French is the scheme's own words).
pub fn criterion(c: Criterion, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::criterion(c),
        Lang::En => en::criterion(c),
        Lang::Pseudo => pseudo::say(en::criterion(c)),
    }
}

/// A change the applicant can make.
pub fn suggestion(s: &Suggestion, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::suggestion(s),
        Lang::En => en::suggestion(s),
        Lang::Pseudo => pseudo::say(en::suggestion(s)),
    }
}

/// The de minimis headroom in one sentence: room left under the ceiling, or
/// how far over, or why it cannot be told yet.
pub fn de_minimis_headroom(a: &Assessment, lang: Lang) -> String {
    if lang == Lang::Pseudo {
        return pseudo::say(de_minimis_headroom(a, Lang::En));
    }
    let d = &a.de_minimis;
    let (room, ceiling) = (money(d.headroom.abs(), lang), money(d.ceiling, lang));
    match (lang, d.fits) {
        (Lang::Fr, Some(true)) => format!("De minimis : marge de {room} sous le plafond de {ceiling}."),
        (Lang::Fr, Some(false)) => format!("De minimis : {room} au-delà du plafond de {ceiling}."),
        (Lang::Fr, None) => format!("De minimis : marge à établir (plafond de {ceiling}) une fois les aides déclarées, datées et chiffrées."),
        (Lang::En | Lang::Pseudo, Some(true)) => format!("De minimis: {room} of headroom under the ceiling of {ceiling}."),
        (Lang::En | Lang::Pseudo, Some(false)) => format!("De minimis: {room} over the ceiling of {ceiling}."),
        (Lang::En | Lang::Pseudo, None) => format!("De minimis: headroom to be known (ceiling {ceiling}) once the aids are declared, dated and given amounts."),
    }
}

/// The VAT-inclusive alternative, marked as information.
pub fn vat_alternative(
    v: &crate::rules::funding::VatAlternative,
    a: &Assessment,
    lang: Lang,
) -> String {
    if lang == Lang::Pseudo {
        return pseudo::say(vat_alternative(v, a, Lang::En));
    }
    let rate = percent(a.parameters.vat_standard_rate.value, lang);
    match lang {
        Lang::Fr => format!(
            "Pour information, si la TVA non récupérable ({rate}) était éligible : dépenses éligibles {}, aide potentielle {} (le simulateur garde la règle du texte, hors taxes).",
            money(v.eligible_costs, lang),
            money(v.potential_grant, lang)
        ),
        Lang::En | Lang::Pseudo => format!(
            "For information, if non-recoverable VAT ({rate}) were eligible: eligible costs {}, potential grant {} (the simulator keeps the text's rule, excluding VAT).",
            money(v.eligible_costs, lang),
            money(v.potential_grant, lang)
        ),
    }
}

/// The grant if the lines waiting for an answer counted, beside the
/// grant shown: « jusqu’à 10 750,00 € si « X » n’est pas personnel permanent ».
pub fn pending_grant(p: &crate::assess::Pending, lang: Lang) -> String {
    if lang == Lang::Pseudo {
        return pseudo::say(pending_grant(p, Lang::En));
    }
    let names = p
        .lines
        .iter()
        .map(|l| match lang {
            Lang::Fr => format!("« {} »", line_name(l, lang)),
            Lang::En | Lang::Pseudo => format!("“{}”", line_name(l, lang)),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let up_to = money(p.grant_if_counted, lang);
    match (lang, p.lines.len()) {
        (Lang::Fr, 1) => format!("jusqu’à {up_to} si {names} n’est pas personnel permanent"),
        (Lang::Fr, _) => format!("jusqu’à {up_to} si {names} ne sont pas personnel permanent"),
        (Lang::En | Lang::Pseudo, 1) => format!("up to {up_to} if {names} is not permanent staff"),
        (Lang::En | Lang::Pseudo, _) => format!("up to {up_to} if {names} are not permanent staff"),
    }
}

/// The costs of the lines waiting for an answer, not counted meanwhile.
pub fn pending_costs(p: &crate::assess::Pending, lang: Lang) -> String {
    if lang == Lang::Pseudo {
        return pseudo::say(pending_costs(p, Lang::En));
    }
    let costs = money(p.costs, lang);
    match lang {
        Lang::Fr => {
            format!("{costs} en attente d’une réponse (personnel permanent ou non), non comptés")
        }
        Lang::En | Lang::Pseudo => {
            format!("{costs} awaiting an answer (permanent staff or not), not counted")
        }
    }
}

/// The countries the form offers for an establishment, France first; `ZZ`
/// (user-assigned in ISO 3166) is "another country".
pub const COUNTRIES: [&str; 20] = [
    "FR", "BE", "DE", "LU", "CH", "GB", "IE", "NL", "ES", "IT", "PT", "AT", "DK", "SE", "FI", "NO",
    "PL", "US", "CA", "ZZ",
];

/// A country's name (its code when the form does not offer it).
pub fn country(c: Country, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::country(c),
        Lang::En => en::country(c),
        Lang::Pseudo => pseudo::say(en::country(c)),
    }
}

/// Where a postcode places a partner, as the form says it beside the field
/// (`None` while no postcode is given).
pub fn location(at: &Location, lang: Lang) -> Option<String> {
    match lang {
        Lang::Fr => fr::location(at),
        Lang::En => en::location(at),
        Lang::Pseudo => pseudo::say(en::location(at)),
    }
}

/// What is wrong with a draft file, without its path.
pub fn draft_problem(p: &crate::format::Problem, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::draft_problem(p),
        Lang::En => en::draft_problem(p),
        Lang::Pseudo => pseudo::say(en::draft_problem(p)),
    }
}

/// What is wrong with a draft file and where: `path : problem`.
pub fn draft_error(e: &crate::format::DraftError, lang: Lang) -> String {
    if lang == Lang::Pseudo {
        return pseudo::say(draft_error(e, Lang::En));
    }
    let problem = draft_problem(&e.problem, lang);
    match (e.path.is_empty(), lang) {
        (true, _) => problem,
        (false, Lang::Fr) => format!("{} : {problem}", e.path),
        (false, Lang::En | Lang::Pseudo) => format!("{}: {problem}", e.path),
    }
}

/// Why an amount could not be read.
pub fn amount_error(e: crate::money::AmountError, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::amount_error(e),
        Lang::En => en::amount_error(e),
        Lang::Pseudo => pseudo::say(en::amount_error(e)),
    }
}

// The words of the errors live here, with every other sentence; the error
// types (in `money`, `format`, `assess`) stay free of them.

impl crate::money::AmountError {
    /// What went wrong, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        amount_error(self, lang)
    }
}

impl crate::format::DraftError {
    /// The problem alone, in `lang`.
    pub fn problem_text(&self, lang: Lang) -> String {
        draft_problem(&self.problem, lang)
    }

    /// `path: problem`, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        draft_error(self, lang)
    }
}

impl std::fmt::Display for crate::format::DraftError {
    /// In English, for the checker's standard error.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&draft_error(self, Lang::En))
    }
}

impl std::fmt::Display for AssessError {
    /// In English, for the checker's standard error.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&assess_error(self, Lang::En))
    }
}

/// Why the engine cannot compute with a draft.
pub fn assess_error(e: &AssessError, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::assess_error(e),
        Lang::En => en::assess_error(e),
        Lang::Pseudo => pseudo::say(en::assess_error(e)),
    }
}

/// A parameter's short name, where a comparison names it.
pub fn parameter_title(id: crate::compare::ParameterId, lang: Lang) -> &'static str {
    if lang == Lang::Pseudo {
        return pseudo::say(parameter_title(id, Lang::En));
    }
    use crate::compare::ParameterId;
    match (id, lang) {
        (ParameterId::GrantRate, Lang::Fr) => "Taux et plafond de l’aide",
        (ParameterId::GrantRate, Lang::En | Lang::Pseudo) => "Grant rate and cap",
        (ParameterId::GrantCap, Lang::Fr) => "Plafond de l’aide",
        (ParameterId::GrantCap, Lang::En | Lang::Pseudo) => "Grant cap",
        (ParameterId::AdvanceRate, Lang::Fr) => "Taux de l’avance",
        (ParameterId::AdvanceRate, Lang::En | Lang::Pseudo) => "Advance rate",
    }
}

/// A cell of the comparison table: a verdict, an amount or a status, in words.
pub fn cell(value: &crate::compare::Value, lang: Lang) -> String {
    use crate::compare::Value;
    match value {
        Value::Verdict(v) => verdict_label(*v, lang).to_string(),
        Value::Amount(a) => money(*a, lang),
        Value::Status(s) => status_label(*s, lang).to_string(),
        Value::Found(c) => format!(
            "{} — {}",
            status_label(c.status, lang),
            check_message(c, lang)
        ),
    }
}

/// `+4 750,00 €` / `−2 000,00 €`: a change of amount, signed.
pub fn signed_money(change: Decimal, lang: Lang) -> String {
    let sign = if change.is_sign_positive() { "+" } else { "" };
    format!("{sign}{}", money(change, lang))
}

/// The name of a row of the comparison.
pub fn row_title(key: crate::compare::RowKey, lang: Lang) -> &'static str {
    use crate::compare::RowKey;
    match key {
        RowKey::Verdict => "Verdict",
        RowKey::Figure(f) => figure_name(f, lang),
        RowKey::Check(id) => rule_title(id, lang),
    }
}

/// The short name of the rule or parameter behind a difference.
pub fn source_title(source: crate::compare::Source, lang: Lang) -> &'static str {
    use crate::compare::Source;
    match source {
        Source::Rule(id) => rule_title(id, lang),
        Source::Parameter(id) => parameter_title(id, lang),
        Source::Lines => lang.pick("Lignes du budget", "Budget lines"),
    }
}

/// What a comparison shows for the cause of a difference: its kind and its
/// title (« Règle « Durée maximale » »), never an internal id.
pub fn source_heading(source: crate::compare::Source, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::source_heading(source),
        Lang::En => en::source_heading(source),
        Lang::Pseudo => pseudo::say(en::source_heading(source)),
    }
}

/// How a cause applies in the compared scenarios, as a sentence.
pub fn detail(d: &crate::compare::Detail, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::detail(d),
        Lang::En => en::detail(d),
        Lang::Pseudo => pseudo::say(en::detail(d)),
    }
}

/// Where a part goes in a merge, as a sentence.
pub fn part_match(m: &crate::merge::PartMatch, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::part_match(m),
        Lang::En => en::part_match(m),
        Lang::Pseudo => pseudo::say(en::part_match(m)),
    }
}

/// What a merge does to one partner's lines, counted: « 2 lignes ajoutées, 1 remplacée… ».
pub fn partner_changes(c: &crate::merge::PartnerChanges, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::partner_changes(c),
        Lang::En => en::partner_changes(c),
        Lang::Pseudo => pseudo::say(en::partner_changes(c)),
    }
}

/// One line added, replaced, removed or unchanged by a merge (`+`, `~`, `−`, `=`).
pub fn line_change(c: &crate::merge::LineChange, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::line_change(c),
        Lang::En => en::line_change(c),
        Lang::Pseudo => pseudo::say(en::line_change(c)),
    }
}

/// A conflict of a merge, with what the merge keeps.
pub fn conflict(c: &crate::merge::Conflict, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::conflict(c),
        Lang::En => en::conflict(c),
        Lang::Pseudo => pseudo::say(en::conflict(c)),
    }
}

/// A column of the budget lines' spreadsheet, as its header row names it.
pub fn line_column(c: crate::format::LineColumn, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::line_column(c),
        Lang::En => en::line_column(c),
        Lang::Pseudo => pseudo::say(en::line_column(c)),
    }
}

/// Yes or no, as a spreadsheet cell says it: `oui` / `non`, `yes` / `no`.
pub fn yes_no(value: bool, lang: Lang) -> &'static str {
    if lang == Lang::Pseudo {
        return pseudo::say(yes_no(value, Lang::En));
    }
    match (value, lang) {
        (true, Lang::Fr) => "oui",
        (false, Lang::Fr) => "non",
        (true, Lang::En | Lang::Pseudo) => "yes",
        (false, Lang::En | Lang::Pseudo) => "no",
    }
}

/// A column of the checker's other spreadsheets (`check-all --csv`, the
/// assessment's lines): one name per column, the same in both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetColumn {
    /// The draft's file.
    File,
    /// The project's title.
    Title,
    /// The lead.
    Lead,
    /// The verdict.
    Verdict,
    /// A money figure (its declaration says in which spreadsheets).
    Figure(Figure),
    /// The checks that fail or are missing.
    Checks,
    /// Why a file is invalid.
    Error,
    /// The ids of the checks that fail or are missing, for programs.
    CheckIds,
    /// Whether a line is eligible.
    Eligible,
    /// Why a line is left out.
    Reasons,
    /// The rules that leave it out.
    Rules,
}

/// A column's name in a spreadsheet.
pub fn sheet_column(c: SheetColumn, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr::sheet_column(c),
        Lang::En => en::sheet_column(c),
        Lang::Pseudo => pseudo::say(en::sheet_column(c)),
    }
}

/// What is wrong with a line of a budget lines' spreadsheet, without its line number.
pub fn line_problem_kind(k: &crate::format::LineProblemKind, lang: Lang) -> String {
    match lang {
        Lang::Fr => fr::line_problem(k),
        Lang::En => en::line_problem(k),
        Lang::Pseudo => pseudo::say(en::line_problem(k)),
    }
}

/// What is wrong with a line of a budget lines' spreadsheet, and where: `ligne 3 : …`.
pub fn line_problem(p: &crate::format::LineProblem, lang: Lang) -> String {
    if lang == Lang::Pseudo {
        return pseudo::say(line_problem(p, Lang::En));
    }
    let kind = line_problem_kind(&p.kind, lang);
    match lang {
        Lang::Fr => format!("ligne {} : {kind}", p.line),
        Lang::En | Lang::Pseudo => format!("line {}: {kind}", p.line),
    }
}

/// A status of another funding (« Demandé »).
pub fn funding_status(s: crate::draft::FundingStatus, lang: Lang) -> &'static str {
    if lang == Lang::Pseudo {
        return pseudo::say(funding_status(s, Lang::En));
    }
    lang.pick(s.label_fr(), s.label_en())
}

/// A kind of partner.
pub fn partner_kind(k: PartnerKind, lang: Lang) -> &'static str {
    if lang == Lang::Pseudo {
        return pseudo::say(partner_kind(k, Lang::En));
    }
    lang.pick(k.label_fr(), k.label_en())
}

/// A partner's role.
pub fn role(r: Role, lang: Lang) -> &'static str {
    if lang == Lang::Pseudo {
        return pseudo::say(role(r, Lang::En));
    }
    lang.pick(r.label_fr(), r.label_en())
}

/// A category of cost.
pub fn category(c: Category, lang: Lang) -> &'static str {
    if lang == Lang::Pseudo {
        return pseudo::say(category(c, Lang::En));
    }
    lang.pick(c.label_fr(), c.label_en())
}

/// A smart specialisation domain.
pub fn s3_domain(d: S3Domain, lang: Lang) -> &'static str {
    if lang == Lang::Pseudo {
        return pseudo::say(s3_domain(d, Lang::En));
    }
    lang.pick(d.label_fr(), d.label_en())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn une_ligne_deux_lignes() {
        assert_eq!(plural(Lang::Fr, 0, "ligne", "lignes"), "ligne");
        assert_eq!(plural(Lang::Fr, 1, "ligne", "lignes"), "ligne");
        assert_eq!(plural(Lang::Fr, 2, "ligne", "lignes"), "lignes");
        assert_eq!(plural(Lang::En, 0, "line", "lines"), "lines");
        assert_eq!(plural(Lang::En, 1, "line", "lines"), "line");
        assert_eq!(plural(Lang::En, 2, "line", "lines"), "lines");
    }

    #[test]
    fn a_postcode_is_placed_in_words_in_both_languages() {
        use crate::rules::locate;
        let p = crate::params::current();
        let at = |code: &str, lang| location(&locate(code, Country::FRANCE, &p), lang);
        assert_eq!(at("", Lang::Fr), None);
        assert_eq!(
            at("76130", Lang::Fr).as_deref(),
            Some("Seine-Maritime (76) — en Normandie")
        );
        assert_eq!(
            at("14000", Lang::En).as_deref(),
            Some("Calvados (14) — in Normandy")
        );
        assert_eq!(
            at("75001", Lang::Fr).as_deref(),
            Some("Département 75 — hors Normandie")
        );
        assert_eq!(
            at("20199", Lang::En).as_deref(),
            Some("Department 2A — outside Normandy")
        );
        assert_eq!(
            at("20200", Lang::En).as_deref(),
            Some("Department 2B — outside Normandy")
        );
        assert_eq!(
            at("B-1000", Lang::Fr).as_deref(),
            Some(
                "Code postal français inconnu — hors Normandie (à l’étranger ? choisissez le pays)"
            )
        );
        assert_eq!(
            at("76 13", Lang::Fr).as_deref(),
            Some("Code postal incomplet : 5 chiffres attendus")
        );
        assert_eq!(
            at("761", Lang::En).as_deref(),
            Some("Incomplete postcode: 5 digits expected")
        );
        let belgium = Country::parse("BE").expect("a code");
        assert_eq!(
            location(&locate("1000", belgium, &p), Lang::Fr).as_deref(),
            Some("Belgique — hors Normandie")
        );
        assert_eq!(
            location(&locate("76130", belgium, &p), Lang::En).as_deref(),
            Some("Belgium — outside Normandy")
        );
        // Every country the form offers has a name in both languages.
        for code in COUNTRIES {
            let c = Country::parse(code).expect("a code");
            assert!(!country(c, Lang::Fr).contains(code), "{code}");
            assert!(!country(c, Lang::En).contains(code), "{code}");
        }
    }

    #[test]
    fn an_unnamed_partner_and_line_are_named_by_their_place_in_the_form() {
        assert_eq!(partner_label("  ", 2, Lang::Fr), "Partenaire 2");
        assert_eq!(partner_label("", 2, Lang::En), "Partner 2");
        assert_eq!(partner_label(" Labo ", 2, Lang::Fr), "Labo");
        assert_eq!(line_label("", 3, Lang::Fr), "Dépense 3");
        assert_eq!(line_label("", 3, Lang::En), "Cost 3");
    }
}
