//! A hypothetical second version of the scheme (test data only: a 15 000 € cap
//! from 2027-01-01, `tests/fixtures/params-second-version.json`): the same
//! draft, filed the day before and the day it takes effect, gets each
//! version's cap in every figure, check, explanation, piece of advice and the
//! printed report. Run with `--features second-version-fixture` (make test does).
#![cfg(feature = "second-version-fixture")]

use booster_ia::assess::assess_among;
use booster_ia::figures::Explained;
use booster_ia::params::fixture_versions;
use booster_ia::report::text_report;
use booster_ia::rules::Finding;
use booster_ia::{parse_draft, text, Assessment, Date, Lang, RuleId};
use rust_decimal::Decimal;

/// The example above the cap (31 500 € of eligible costs), filed on `day`.
fn cap_binds_filed_on(day: &str) -> (booster_ia::Draft, Assessment) {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/cap-binds.json"
    ))
    .unwrap();
    let mut draft = parse_draft(&json).unwrap().draft;
    draft.timeline.submission = Date::parse(day);
    // Work starts after filing either way, so only the cap changes.
    draft.timeline.start = Date::parse("2027-02-01");
    draft.timeline.end = Date::parse("2027-07-31");
    let a = assess_among(&fixture_versions(), &draft).unwrap();
    (draft, a)
}

fn eur(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn deposé_la_veille_le_plafond_reste_de_12_500() {
    let (draft, a) = cap_binds_filed_on("2026-12-31");
    assert_eq!(a.eligible_costs, eur("31500"));
    assert_eq!(a.parameters.grant_cap.value, eur("12500"));
    assert_eq!(a.rules_version(), Date::parse("2024-06-24").unwrap());
    assert_eq!(a.potential_grant, eur("12500"));
    assert!(a.cap_binds);
    assert_eq!(a.costs_at_cap, eur("25000"));
    assert_eq!(a.costs_beyond_cap, eur("6500"));
    let report = text_report(&draft, &a, Lang::Fr);
    assert!(
        report.contains("Règles en vigueur au 2024-06-24"),
        "{report}"
    );
    assert!(
        report.contains("plafond est de 12\u{202f}500,00\u{a0}€ HT"),
        "{report}"
    );
}

#[test]
fn deposé_le_jour_de_la_seconde_version_le_plafond_passe_à_15_000() {
    let (draft, a) = cap_binds_filed_on("2027-01-01");
    assert_eq!(a.parameters.grant_cap.value, eur("15000"));
    assert_eq!(a.rules_version(), Date::parse("2027-01-01").unwrap());
    // 50 % × 31 500 = 15 750, above the new cap: 15 000.
    assert_eq!(a.potential_grant, eur("15000"));
    assert!(a.cap_binds);
    assert_eq!(a.costs_at_cap, eur("30000"));
    assert_eq!(a.costs_beyond_cap, eur("1500"));
    assert_eq!(a.grant_below_cap, Decimal::ZERO);
    // The check that states the cap, the explanation and the advice say 15 000.
    assert!(
        matches!(
            a.check(RuleId::ExclVat).map(|c| &c.finding),
            Some(Finding::AmountsExclVat { cap, .. }) if *cap == eur("15000")
        ),
        "{:?}",
        a.check(RuleId::ExclVat)
    );
    let how = text::derivation(Explained::PotentialGrant, &a, Lang::En);
    assert_eq!(
        how,
        "50% × €31,500.00 = €15,750.00 — above the cap: grant limited to €15,000.00"
    );
    let advice: Vec<String> = a
        .advice
        .iter()
        .map(|s| text::suggestion(s, Lang::En))
        .collect();
    assert!(
        advice.contains(
            &"€1,500.00 of eligible costs bring no extra grant: the €15,000.00 cap is reached."
                .to_string()
        ),
        "{advice:?}"
    );
    let report = text_report(&draft, &a, Lang::Fr);
    assert!(
        report.contains("Règles en vigueur au 2027-01-01"),
        "{report}"
    );
    assert!(
        report.contains("plafond est de 15\u{202f}000,00\u{a0}€ HT"),
        "{report}"
    );
    assert!(!report.contains("12\u{202f}500"), "{report}");
}

#[test]
fn the_shipped_table_keeps_12_500_on_the_same_day() {
    let (draft, _) = cap_binds_filed_on("2027-01-01");
    let shipped = booster_ia::assess(&draft).unwrap();
    assert_eq!(shipped.parameters.grant_cap.value, eur("12500"));
    assert_eq!(shipped.potential_grant, eur("12500"));
}
