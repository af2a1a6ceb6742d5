//! What the person typed, as typed: amounts in the page's way, SIRETs and
//! marks, with whether each reads as a value yet.

use super::State;
use booster_ia::draft::*;
use booster_ia::locale::Lang;
use booster_ia::money::{parse_typed_amount, AmountError};
use booster_ia::rules::Criterion;
use rust_decimal::Decimal;

/// The place of `criterion`'s mark in the self-assessment.
pub(super) fn score_slot(s: &mut SelfAssessment, criterion: Criterion) -> &mut Option<u32> {
    match criterion {
        Criterion::Quality => &mut s.quality,
        Criterion::Feasibility => &mut s.feasibility,
        Criterion::RegionalInterest => &mut s.regional_interest,
        Criterion::ResponsibleDigital => &mut s.responsible_digital,
        Criterion::Security => &mut s.security,
        Criterion::Reproducibility => &mut s.reproducibility,
    }
}

/// Writes an amount the way `lang` types it, without grouping: `4000,50` / `4000.50`.
pub fn amount_for_input(value: Decimal, lang: Lang) -> String {
    let plain = booster_ia::money::format_amount(value);
    let plain = plain
        .strip_suffix(".00")
        .map(str::to_string)
        .unwrap_or(plain);
    match lang {
        Lang::Fr => plain.replace('.', ","),
        Lang::En | Lang::Pseudo => plain,
    }
}

impl State {
    /// The amount text of a line, and why it cannot be read, if so.
    pub fn amount_input(&self, line: &str) -> (String, Option<AmountError>) {
        let text = self.amount_texts.get(line).cloned().unwrap_or_default();
        let error = parse_typed_amount(&text, self.lang).err();
        (text, error)
    }

    /// The SIRET text of a partner, and whether it is invalid.
    pub fn siret_input(&self, partner: &str) -> (String, bool) {
        let text = self.siret_texts.get(partner).cloned().unwrap_or_default();
        let invalid = !text.trim().is_empty() && Siret::parse(text.trim()).is_none();
        (text, invalid)
    }

    /// The mark text of a criterion, and whether it is invalid.
    pub fn score_input(&self, criterion: Criterion) -> (String, bool) {
        match self.score_texts.get(criterion.code()) {
            Some(text) => (text.clone(), true),
            None => {
                let mut s = self.draft.self_assessment;
                (
                    score_slot(&mut s, criterion)
                        .map(|m| m.to_string())
                        .unwrap_or_default(),
                    false,
                )
            }
        }
    }
}
