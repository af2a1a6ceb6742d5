//! Le consortium : rattachement des parties, fusion, conflits.

use super::*;
use crate::consortium::merge::{
    Conflict, LineChange, LineSummary, MatchKind, PartMatch, PartRef, PartnerChanges,
};
use crate::text::replaced;
use crate::text::{partner_name, plural};
use rust_decimal::Decimal;

/// « la partie 2 (Labo) », ou « la partie 2 » quand son partenaire n’a pas de nom.
fn part(p: &PartRef) -> String {
    if p.partner.is_empty() {
        format!("partie {}", p.position)
    } else {
        format!("partie {} ({})", p.position, p.partner)
    }
}

/// « parties 1, 3 et 4 ».
fn positions(parts: &[PartRef]) -> String {
    let mut numbers: Vec<String> = parts.iter().map(|p| p.position.to_string()).collect();
    let last = numbers.pop().unwrap_or_default();
    if numbers.is_empty() {
        format!("partie {last}")
    } else {
        format!("parties {} et {last}", numbers.join(", "))
    }
}

/// La même chose en début de phrase.
fn part_cap(p: &PartRef) -> String {
    let text = part(p);
    format!("P{}", &text[1..])
}

pub(in crate::text) fn part_match(pm: &PartMatch) -> String {
    let who = partner_name(&pm.partner, L);
    let matched = match pm.how {
        MatchKind::Siret => format!("{} : rattachée à {who}, même SIRET.", part_cap(&pm.part)),
        MatchKind::Name => format!("{} : rattachée à {who}, même nom.", part_cap(&pm.part)),
        MatchKind::Added => format!(
            "{} : {who} n’est pas dans le brouillon, ajouté comme partenaire.",
            part_cap(&pm.part)
        ),
    };
    match &pm.other_title {
        Some(title) => {
            format!("{matched} Titre du projet dans cette partie, pour information : « {title} ».")
        }
        None => matched,
    }
}

pub(in crate::text) fn partner_changes(c: &PartnerChanges) -> String {
    let n = c.counts();
    let p = |n: usize, one, many| plural(L, n, one, many);
    format!(
        "{}{} : {} {}, {} {}, {} {}, {} {}.",
        partner_name(&c.partner, L),
        if c.added { " (nouveau partenaire)" } else { "" },
        n.added,
        p(n.added, "ligne ajoutée", "lignes ajoutées"),
        n.replaced,
        p(n.replaced, "remplacée", "remplacées"),
        n.removed,
        p(n.removed, "supprimée", "supprimées"),
        n.unchanged,
        p(n.unchanged, "inchangée", "inchangées"),
    )
}

/// Le titre d’une ligne dans un plan de fusion : son libellé cité, ou « (sans libellé) ».
pub(in crate::text) fn line_title(label: &str) -> String {
    if label.is_empty() {
        "(sans libellé)".to_string()
    } else {
        crate::text::quoted(label, L)
    }
}

/// Le montant d’une ligne, ou qu’il reste à indiquer.
pub(in crate::text) fn line_amount(amount: Option<Decimal>) -> String {
    amount.map(m).unwrap_or_else(|| "montant à indiquer".into())
}

/// Personnel permanent ou non, ou à préciser.
pub(in crate::text) fn staff(permanent: Option<bool>) -> &'static str {
    match permanent {
        Some(true) => "personnel permanent",
        Some(false) => "non permanent",
        None => "permanent ou non : à préciser",
    }
}

fn summary_line(l: &LineSummary) -> String {
    format!(
        "{} — {}, {}{}",
        line_title(&l.label),
        crate::text::category(l.category, L),
        line_amount(l.amount),
        if l.permanent_staff == Some(true) {
            ", personnel permanent"
        } else {
            ""
        }
    )
}

pub(in crate::text) fn line_change(c: &LineChange) -> String {
    match c {
        LineChange::Added(l) => format!("+ {}", summary_line(l)),
        LineChange::Removed(l) => format!("− {}", summary_line(l)),
        LineChange::Unchanged(l) => format!("= {}", summary_line(l)),
        LineChange::Replaced { before, after } => format!(
            "~ {} : {}",
            line_title(&after.label),
            replaced(before, after, L).join(" ; ")
        ),
    }
}

fn vat(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "récupère la TVA",
        Some(false) => "ne récupère pas la TVA",
        None => "récupération de la TVA non précisée",
    }
}

pub(in crate::text) fn conflict(c: &Conflict) -> String {
    match c {
        Conflict::SiretAndNameDisagree {
            part: which,
            siret_partner,
            name_partner,
        } => format!(
            "{} : son SIRET est celui de {}, son nom celui de {}. Ses lignes vont à {} (même SIRET) : vérifiez lequel est le bon.",
            part_cap(which),
            partner_name(siret_partner, L),
            partner_name(name_partner, L),
            partner_name(siret_partner, L)
        ),
        Conflict::SamePartnerTwice { partner, parts } => format!(
            "{} parties vont à {} ({}) : leurs lignes sont toutes reprises, l’une après l’autre. S’il s’agit d’un renvoi, n’en gardez qu’une.",
            parts.len(),
            partner_name(partner, L),
            positions(parts)
        ),
        Conflict::NameDiffers { partner, draft, part: theirs } => format!(
            "{} : nommé « {theirs} » dans sa partie ; le brouillon garde « {draft} ».",
            partner_name(partner, L)
        ),
        Conflict::SiretDiffers { partner, draft, part: theirs } => format!(
            "{} : SIRET {theirs} dans sa partie ; le brouillon garde {}.",
            partner_name(partner, L),
            match draft {
                Some(s) => format!("le SIRET {s}"),
                None => "l’absence de SIRET".into(),
            }
        ),
        Conflict::KindDiffers { partner, draft, part: theirs } => format!(
            "{} : « {} » dans sa partie ; le brouillon garde « {} ».",
            partner_name(partner, L),
            crate::text::partner_kind(*theirs, L),
            crate::text::partner_kind(*draft, L)
        ),
        Conflict::PostcodeDiffers { partner, draft, part: theirs } => format!(
            "{} : code postal {theirs} dans sa partie ; le brouillon garde {}.",
            partner_name(partner, L),
            if draft.is_empty() {
                "un code postal vide".to_string()
            } else {
                format!("le code postal {draft}")
            }
        ),
        Conflict::CountryDiffers { partner, draft, part: theirs } => format!(
            "{} : pays « {} » selon sa partie ; le brouillon garde « {} ».",
            partner_name(partner, L),
            country(*theirs),
            country(*draft)
        ),
        Conflict::VatDiffers { partner, draft, part: theirs } => format!(
            "{} : {} selon sa partie ; le brouillon garde « {} ».",
            partner_name(partner, L),
            vat(Some(*theirs)),
            vat(*draft)
        ),
        Conflict::NotLead { part: which, partner } => format!(
            "{} présente son partenaire comme porteur ; dans le brouillon, {} reste partenaire (un seul porteur : changez-le dans le brouillon si besoin).",
            part_cap(which),
            partner_name(partner, L)
        ),
        Conflict::TooManyLines { lines, limit } => format!(
            "Le brouillon fusionné aurait {lines} lignes de budget, {limit} au plus : il ne pourrait pas être rouvert. Regroupez des lignes dans les parties."
        ),
        Conflict::TooManyPartners { partners, limit } => format!(
            "Le brouillon fusionné aurait {partners} partenaires, {limit} au plus : il ne pourrait pas être rouvert."
        ),
    }
}
