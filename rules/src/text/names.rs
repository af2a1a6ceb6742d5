//! Names: partners and lines, countries and places, the draft's kinds, roles, categories and domains.

use super::*;
use crate::draft::{Category, Country, PartnerKind, Role, S3Domain};
use crate::rules::{LineRef, Location, PartnerRef};

/// A partner as sentences name it: its name, or « Partenaire 2 » by its
/// place in the form when it has none yet.
pub fn partner_name(p: &PartnerRef, lang: Lang) -> String {
    partner_label(&p.name, p.position, lang)
}

/// The name of the partner at `position` (from 1) whose name is `name`.
pub fn partner_label(name: &str, position: usize, lang: Lang) -> String {
    match name.trim() {
        "" => said!(lang, unnamed_partner(position)),
        name => user_data(name, lang),
    }
}

/// A budget line as sentences name it: its label, or « Dépense 3 » by its
/// place in the form when it has none yet.
pub fn line_name(l: &LineRef, lang: Lang) -> String {
    line_label(&l.label, l.position, lang)
}

/// The name of the line at `position` (from 1) whose label is `label`.
pub fn line_label(label: &str, position: usize, lang: Lang) -> String {
    match label.trim() {
        "" => said!(lang, unnamed_line(position)),
        label => user_data(label, lang),
    }
}

/// A name the user gave, as sentences quote it: as typed, or accented in
/// the pseudo-language like the sentence around it.
fn user_data(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Pseudo => pseudo::say(name.to_string()),
        Lang::Fr | Lang::En => name.to_string(),
    }
}

/// A name quoted in a sentence: « Labo » in French, “Lab” in English.
pub fn quoted(name: &str, lang: Lang) -> String {
    said!(lang, quoted(name))
}

/// A month's short name (1 to 12), where a date writes it in letters.
pub fn month(m: u32, lang: Lang) -> &'static str {
    said!(lang, month(m))
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

/// The countries the form offers for an establishment, France first; `ZZ`
/// (user-assigned in ISO 3166) is "another country".
pub const COUNTRIES: [&str; 20] = [
    "FR", "BE", "DE", "LU", "CH", "GB", "IE", "NL", "ES", "IT", "PT", "AT", "DK", "SE", "FI", "NO",
    "PL", "US", "CA", "ZZ",
];

/// A country's name (its code when the form does not offer it).
pub fn country(c: Country, lang: Lang) -> String {
    said!(lang, country(c))
}

/// Where a postcode places a partner, as the form says it beside the field
/// (`None` while no postcode is given).
pub fn location(at: &Location, lang: Lang) -> Option<String> {
    said!(lang, location(at))
}

/// A status of another funding (« Demandé »).
pub fn funding_status(s: crate::draft::FundingStatus, lang: Lang) -> &'static str {
    said!(lang, funding_status(s))
}

/// A kind of partner.
pub fn partner_kind(k: PartnerKind, lang: Lang) -> &'static str {
    said!(lang, partner_kind(k))
}

/// A partner's role.
pub fn role(r: Role, lang: Lang) -> &'static str {
    said!(lang, role(r))
}

/// A category of cost.
pub fn category(c: Category, lang: Lang) -> &'static str {
    said!(lang, category(c))
}

/// A smart specialisation domain.
pub fn s3_domain(d: S3Domain, lang: Lang) -> &'static str {
    said!(lang, s3_domain(d))
}

/// Line names, each quoted, joined by commas: « « A », « B » ».
pub(crate) fn quoted_lines(lines: &[LineRef], lang: Lang) -> String {
    lines
        .iter()
        .map(|l| quoted(&line_name(l, lang), lang))
        .collect::<Vec<_>>()
        .join(", ")
}
