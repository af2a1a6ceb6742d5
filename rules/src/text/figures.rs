//! The money figures: their names, values and derivations; why a line is left out; the advice.

use super::*;
use crate::advice::Suggestion;
use crate::assess::{Assessment, Explained, Figure};
use crate::rules::Reason;
use rust_decimal::Decimal;

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
