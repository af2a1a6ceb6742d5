//! A rule that starts at a later date (test data only, never shipped: the
//! hypothetical « les licences comptent au plus pour 30 % des dépenses
//! éligibles » from 2027-07-01, declared in `RULES` with its parameter
//! `licences_max_share` in `tests/fixtures/params-second-version.json`). The
//! same draft filed on 30 June 2027 has no such check — not in the checks,
//! the JSON or the report — and filed on 1 July 2027 has it, passing at
//! exactly 30 % and failing one cent over. Run with `--features
//! second-version-fixture` (make test does).
#![cfg(feature = "second-version-fixture")]

use booster_ia::assess::assess_among;
use booster_ia::draft::Category;
use booster_ia::params::fixture_versions;
use booster_ia::report::text_report;
use booster_ia::rules::{Finding, RULES};
use booster_ia::{check_json, parse_draft, Assessment, Date, Draft, Lang, RuleId, Status, Verdict};
use rust_decimal::Decimal;

fn eur(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// The eligible example, its lines re-cut: 7 000 € of services and `licences`
/// of user licences, filed on `day`.
fn filed_on(day: &str, licences: &str) -> Draft {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/eligible.json"
    ))
    .unwrap();
    let mut draft = parse_draft(&json).unwrap().draft;
    draft.budget.truncate(2);
    draft.budget[0].category = Category::Services;
    draft.budget[0].amount = Some(eur("7000"));
    draft.budget[1].category = Category::Licences;
    draft.budget[1].amount = Some(eur(licences));
    draft.timeline.submission = Date::parse(day);
    // Work starts after filing on either day, within six months.
    draft.timeline.start = Date::parse("2027-07-15");
    draft.timeline.end = Date::parse("2027-12-31");
    draft
}

fn assess(draft: &Draft) -> Assessment {
    assess_among(&fixture_versions(), draft).unwrap()
}

#[test]
fn déposé_le_30_juin_2027_la_règle_des_licences_n_existe_pas() {
    let draft = filed_on("2027-06-30", "3000.01");
    let a = assess(&draft);
    assert!(a.eligible_costs > Decimal::ZERO);
    assert_eq!(a.check(RuleId::LicencesShare), None);
    assert!(a.checks.iter().all(|c| c.id != RuleId::LicencesShare));
    // Over 30 %, yet eligible: the rule is not in force.
    assert_eq!(a.verdict, Verdict::Eligible, "{:?}", a.checks);
    let json = check_json(&a, &[]).to_string();
    assert!(!json.contains("licences-share"), "{json}");
    let report = text_report(&draft, &a, Lang::Fr);
    assert!(!report.contains("Part des licences"), "{report}");
    assert!(!text_report(&draft, &a, Lang::En).contains("Licences share"));
}

#[test]
fn déposé_le_1er_juillet_2027_30_pour_cent_tout_juste_passe() {
    let draft = filed_on("2027-07-01", "3000");
    let a = assess(&draft);
    assert_eq!(a.eligible_costs, eur("10000"));
    let check = a
        .check(RuleId::LicencesShare)
        .expect("in force from 2027-07-01");
    assert_eq!(check.status, Status::Pass);
    assert_eq!(
        check.finding,
        Finding::LicencesShare {
            licences: eur("3000"),
            eligible: eur("10000"),
            max_share: eur("0.30"),
            ceiling: eur("3000"),
        }
    );
    assert_eq!(a.verdict, Verdict::Eligible);
    // In the order of the declarations: after the cost bearer, before the advance.
    let ids: Vec<RuleId> = a.checks.iter().map(|c| c.id).collect();
    let at = ids
        .iter()
        .position(|id| *id == RuleId::LicencesShare)
        .unwrap();
    assert_eq!(ids[at - 1], RuleId::CostBearer);
    assert_eq!(ids[at + 1], RuleId::Advance);
    let json = check_json(&a, &[]).to_string();
    assert!(json.contains("\"id\":\"licences-share\""), "{json}");
    let report = text_report(&draft, &a, Lang::Fr);
    assert!(report.contains("Part des licences"), "{report}");
}

#[test]
fn déposé_le_1er_juillet_2027_un_centime_de_trop_est_inéligible() {
    let draft = filed_on("2027-07-01", "3000.01");
    let a = assess(&draft);
    // 3 000,01 of 10 000,01: above 30 % (3 000,003).
    let check = a.check(RuleId::LicencesShare).expect("in force");
    assert_eq!(check.status, Status::Fail);
    assert_eq!(a.verdict, Verdict::NotEligible);
    assert_eq!(a.grant, Decimal::ZERO);
    let report = text_report(&draft, &a, Lang::En);
    assert!(report.contains("Licences share"), "{report}");
    assert!(report.contains("bring them down to"), "{report}");
}

#[test]
fn the_shipped_table_and_rules_never_carry_it_before_its_date() {
    // Every version of the fixture: a rule in force on its date finds the
    // parameters it reads, and the licences' parameter starts with the rule.
    for p in fixture_versions() {
        let in_force = RULES
            .iter()
            .find(|r| r.id == RuleId::LicencesShare)
            .unwrap()
            .in_force
            .covers(Some(p.effective));
        assert_eq!(
            in_force,
            p.later.licences_max_share.is_some(),
            "{}",
            p.effective
        );
    }
    // The shipped table has no such parameter.
    assert!(booster_ia::params::versions()
        .iter()
        .all(|p| p.later.licences_max_share.is_none()));
}

#[test]
fn scenarios_filed_either_side_of_the_date_compare_on_the_rules_both_have() {
    use booster_ia::compare::{compare, RowKey, Scenario};
    let before = filed_on("2027-06-30", "3000.01");
    let after = filed_on("2027-07-01", "3000.01");
    let (a, b) = (assess(&before), assess(&after));
    let scenarios = [
        Scenario {
            name: "A",
            draft: &before,
            assessment: &a,
        },
        Scenario {
            name: "B",
            draft: &after,
            assessment: &b,
        },
    ];
    let table = compare(&scenarios);
    let verdict = table
        .rows
        .iter()
        .find(|r| r.key == RowKey::Verdict)
        .unwrap();
    assert!(verdict.differs);
    assert!(table
        .rows
        .iter()
        .all(|r| r.key != RowKey::Check(RuleId::LicencesShare)));
    assert!(table
        .rows
        .iter()
        .any(|r| r.key == RowKey::Check(RuleId::CostBearer)));
}
