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
