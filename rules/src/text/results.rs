//! The sentences of the results panel and the printed summary that carry
//! figures, dates or counts, worded in each language's catalogue
//! (`fr::results`, `en::results`).

use super::{en, fr, pseudo};
use crate::assess::{Assessment, Verdict};
use crate::date::Date;
use crate::locale::Lang;
use rust_decimal::Decimal;

/// Says `fr` or `en`'s sentence in `lang` (the pseudo-language accents the English).
fn said(lang: Lang, fr: impl FnOnce() -> String, en: impl FnOnce() -> String) -> String {
    match lang {
        Lang::Fr => fr(),
        Lang::En => en(),
        Lang::Pseudo => pseudo::say(en()),
    }
}

/// The results bar's grant: « aide : 7 750,00 € ».
pub fn grant_headline(grant: Decimal, lang: Lang) -> String {
    said(
        lang,
        || fr::results::grant_headline(grant),
        || en::results::grant_headline(grant),
    )
}

/// The results bar's grant while the dossier is incomplete: « ≈ 7 750,00 € si le dossier est complété ».
pub fn grant_once_complete(potential_grant: Decimal, lang: Lang) -> String {
    said(
        lang,
        || fr::results::grant_once_complete(potential_grant),
        || en::results::grant_once_complete(potential_grant),
    )
}

/// How many items are left to complete, with the arrow to the first: « 3 éléments à compléter → ».
pub fn to_complete(count: usize, lang: Lang) -> String {
    said(
        lang,
        || fr::results::to_complete(count),
        || en::results::to_complete(count),
    )
}

/// Where the grant stands against the cap: reached (the costs beyond it
/// bring nothing), or how much grant and eligible costs are left below it.
pub fn cap_line(a: &Assessment, lang: Lang) -> String {
    said(
        lang,
        || fr::results::cap_line(a),
        || en::results::cap_line(a),
    )
}

/// The rules applied: « Règles du dispositif adopté le 24/06/2024 ».
pub fn rules_adopted_on(version: Date, lang: Lang) -> String {
    said(
        lang,
        || fr::results::rules_adopted_on(version),
        || en::results::rules_adopted_on(version),
    )
}

/// The printed summary's title: « Booster IA — <project title> ».
pub fn summary_title(title: &str, lang: Lang) -> String {
    said(
        lang,
        || fr::results::summary_title(title),
        || en::results::summary_title(title),
    )
}

/// When the printed summary was made and with which rules.
pub fn simulated_on(today: Option<Date>, version: Date, lang: Lang) -> String {
    said(
        lang,
        || fr::results::simulated_on(today, version),
        || en::results::simulated_on(today, version),
    )
}

/// The printed verdict and grant: « Verdict : Éligible — aide 7 750,00 € ».
pub fn verdict_and_grant(verdict: Verdict, grant: Decimal, lang: Lang) -> String {
    said(
        lang,
        || fr::results::verdict_and_grant(verdict, grant),
        || en::results::verdict_and_grant(verdict, grant),
    )
}

/// The printed potential grant with the lines waiting for an answer.
pub fn potential_with_pending(a: &Assessment, lang: Lang) -> String {
    said(
        lang,
        || fr::results::potential_with_pending(a),
        || en::results::potential_with_pending(a),
    )
}

/// A milestone of the printed timeline: « Jalon 2 : <label> — <date> ».
pub fn milestone_line(number: usize, label: &str, day: &str, lang: Lang) -> String {
    said(
        lang,
        || fr::results::milestone_line(number, label, day),
        || en::results::milestone_line(number, label, day),
    )
}

/// An indicator of the printed summary: « Indicateur 1 : <label> — cible : <target> ».
pub fn indicator_line(number: usize, label: &str, target: &str, lang: Lang) -> String {
    said(
        lang,
        || fr::results::indicator_line(number, label, target),
        || en::results::indicator_line(number, label, target),
    )
}

/// The marks' total against the maximum and the minimum: « 62 / 100 (minimum 50) ».
pub fn marks_total(total: u32, out_of: u32, minimum: u32, lang: Lang) -> String {
    said(
        lang,
        || fr::results::marks_total(total, out_of, minimum),
        || en::results::marks_total(total, out_of, minimum),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    #[test]
    fn the_panels_sentences_put_each_figure_in_its_place() {
        let d = Date::parse("2024-06-24").unwrap();
        assert_eq!(
            rules_adopted_on(d, Lang::Fr),
            "Règles du dispositif adopté le 24/06/2024"
        );
        assert_eq!(to_complete(1, Lang::Fr), "1 élément à compléter →");
        assert_eq!(to_complete(3, Lang::En), "3 items to complete →");
        assert_eq!(marks_total(62, 100, 50, Lang::En), "62 / 100 (minimum 50)");
        assert!(to_complete(3, Lang::Pseudo).starts_with('['));
    }
}
