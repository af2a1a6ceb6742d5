//! « à l’exclusion du personnel permanent des établissements publics »: a
//! public body's personnel line whose person is not said yet to be permanent
//! staff is asked, never assumed — the check `permanent-public-staff` is
//! missing, the line is pending (not counted), and the assessment says what
//! the grant would be if it counted. Both sides of each distinction.

mod common;
use booster_ia::assess::Verdict;
use booster_ia::draft::{Category, PartnerKind};
use booster_ia::format::parse_draft;
use booster_ia::report::text_report;
use booster_ia::{assess, check_json, export_draft, Lang, RuleId, Status};
use common::*;

/// The eligible draft (a public lab p2 with 10 000 € of services) plus line
/// b2 of 3 000 €, borne by `bearer`, of `category`, with `staff` as said.
fn with_line(bearer: &str, category: Category, staff: Option<bool>) -> booster_ia::Draft {
    let mut d = eligible_draft();
    let mut l = line("b2", bearer, category, "3000");
    l.permanent_staff = staff;
    d.budget.push(l);
    d
}

#[test]
fn only_a_public_bodys_personnel_line_not_answered_is_pending() {
    for kind in [
        PartnerKind::PublicEstablishment,
        PartnerKind::LocalAuthority,
        PartnerKind::LocalAuthorityGroup,
        PartnerKind::Company,
        PartnerKind::Association,
    ] {
        for category in [Category::Personnel, Category::Services] {
            for staff in [None, Some(false), Some(true)] {
                let mut d = with_line("p2", category, staff);
                d.partners[1].kind = kind;
                let a = assess(&d).unwrap();
                let case = format!("{kind:?} {category:?} {staff:?}");
                let asked = kind.is_public() && category == Category::Personnel;
                // The page asks the question, and shows the line pending, from these facts.
                assert_eq!(a.lines[1].asks_staff, asked, "{case}");
                assert_eq!(a.lines[1].pending, asked && staff.is_none(), "{case}");
                let check = a.check(RuleId::PermanentPublicStaff).unwrap();
                match (asked, staff) {
                    (true, None) => {
                        assert_eq!(check.status, Status::Missing, "{case}");
                        assert_eq!(a.verdict, Verdict::Incomplete, "{case}");
                        assert_eq!(a.eligible_costs, dec("10000"), "{case}");
                        assert_eq!(a.pending.costs, dec("3000"), "{case}");
                        assert_eq!(a.pending.grant_if_counted, dec("6500.00"), "{case}");
                        assert_eq!(a.pending.lines[0].id, "b2", "{case}");
                        assert_eq!(a.potential_grant, dec("5000.00"), "{case}");
                        // Incomplete: no grant paid until answered.
                        assert_eq!(a.grant, dec("0"), "{case}");
                        assert!(!a.lines[1].eligible, "{case}");
                    }
                    (true, Some(true)) => {
                        assert_eq!(check.status, Status::Warning, "{case}");
                        assert_eq!(a.verdict, Verdict::Eligible, "{case}");
                        assert_eq!(a.eligible_costs, dec("10000"), "{case}");
                        assert!(a.pending.is_empty(), "{case}");
                        assert_eq!(a.pending.costs, dec("0"), "{case}");
                        assert_eq!(a.pending.grant_if_counted, a.potential_grant, "{case}");
                    }
                    _ => {
                        // Answered « no », or a question the text does not ask.
                        assert_eq!(check.status, Status::Pass, "{case}");
                        assert_eq!(a.verdict, Verdict::Eligible, "{case}");
                        assert_eq!(a.eligible_costs, dec("13000"), "{case}");
                        assert!(a.pending.is_empty(), "{case}");
                        assert_eq!(a.pending.grant_if_counted, dec("6500.00"), "{case}");
                        assert_eq!(a.grant, dec("6500.00"), "{case}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_line_left_out_for_another_reason_is_asked_but_not_pending() {
    // The public lab's postcode is not given yet: its line is left out for
    // that, so an answer would not make it count; the question still stands.
    let mut d = with_line("p2", Category::Personnel, None);
    d.partners[1].postcode = String::new();
    let a = assess(&d).unwrap();
    assert_eq!(
        a.check(RuleId::PermanentPublicStaff).unwrap().status,
        Status::Missing
    );
    assert!(a.pending.is_empty());
    assert!(a.lines[1].asks_staff && !a.lines[1].pending);
    assert_eq!(a.pending.grant_if_counted, a.potential_grant);
    // A pending line without an amount yet is pending for 0 €.
    let mut d = with_line("p2", Category::Personnel, None);
    d.budget[1].amount = None;
    let a = assess(&d).unwrap();
    assert_eq!(a.pending.lines.len(), 1);
    assert_eq!(a.pending.costs, dec("0"));
}

#[test]
fn pending_costs_that_would_cross_the_cap_are_capped_and_rounded_down() {
    let at = |eligible: &str, pending: &str| {
        let mut d = eligible_draft();
        d.budget[0].amount = Some(dec(eligible));
        let mut l = line("b2", "p2", Category::Personnel, pending);
        l.permanent_staff = None;
        d.budget.push(l);
        let a = assess(&d).unwrap();
        (a.potential_grant, a.pending.grant_if_counted, a.cap_binds)
    };
    // 50 % × 24 999,99 = 12 499,995 → 12 499,99 toward zero, under the cap.
    assert_eq!(
        at("10000", "14999.99"),
        (dec("5000.00"), dec("12499.99"), false)
    );
    // Exactly at the cap, then beyond it: 12 500,00.
    assert_eq!(
        at("10000", "15000"),
        (dec("5000.00"), dec("12500.00"), false)
    );
    assert_eq!(
        at("10000", "15000.01"),
        (dec("5000.00"), dec("12500.00"), false)
    );
    assert_eq!(
        at("10000", "90000"),
        (dec("5000.00"), dec("12500.00"), false)
    );
    // Rounding of the counted figure itself: 50 % × 10 000,03 = 5 000,015.
    assert_eq!(
        at("10000.03", "0.01"),
        (dec("5000.01"), dec("5000.02"), false)
    );
    // The cap already binds on the counted lines: pending changes nothing.
    assert_eq!(
        at("30000", "5000"),
        (dec("12500.00"), dec("12500.00"), true)
    );
}

#[test]
fn the_checker_json_carries_pending_and_the_report_says_it() {
    let d = with_line("p2", Category::Personnel, None);
    let a = assess(&d).unwrap();
    let json = check_json(&a, &[]);
    assert_eq!(
        json["pending"],
        serde_json::json!({ "costs": "3000.00", "grant_if_counted": "6500.00", "lines": ["b2"] })
    );
    assert_eq!(json["eligible_costs"], "10000.00");
    assert_eq!(json["verdict"], "incomplete");
    let check = json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "permanent-public-staff")
        .unwrap();
    assert_eq!(check["status"], "missing");
    assert!(check["message"]["fr"]
        .as_str()
        .unwrap()
        .contains("Dites si la personne est personnel permanent"));
    let fr = text_report(&d, &a, Lang::Fr);
    assert!(
        fr.contains("jusqu’à 6\u{202f}500,00\u{a0}€ si « Ligne b2 » n’est pas personnel permanent"),
        "{fr}"
    );
    assert!(fr.contains("Ligne b2 (Frais de personnel)"), "{fr}");
    assert!(fr.contains("— en attente"), "{fr}");
    let en = text_report(&d, &a, Lang::En);
    assert!(
        en.contains("up to €6,500.00 if “Ligne b2” is not permanent staff"),
        "{en}"
    );
    // None pending: "0.00" and no line; the report says nothing of it.
    let answered = with_line("p2", Category::Personnel, Some(false));
    let a = assess(&answered).unwrap();
    assert_eq!(
        check_json(&a, &[])["pending"],
        serde_json::json!({ "costs": "0.00", "grant_if_counted": "6500.00", "lines": [] })
    );
    assert!(!text_report(&answered, &a, Lang::Fr).contains("n’est pas personnel permanent"));
}

#[test]
fn a_pending_draft_round_trips_as_v3_with_null() {
    let d = with_line("p2", Category::Personnel, None);
    let written = export_draft(&d, &assess(&d).unwrap());
    assert!(written.contains("\"permanent_staff\": null"), "{written}");
    assert!(written.contains("\"version\": 3"));
    let read = parse_draft(&written).unwrap();
    assert_eq!(read.draft, d);
    assert_eq!(read.stated_assessment.unwrap()["pending"]["lines"][0], "b2");
}

#[test]
fn what_to_change_asks_the_question_once_and_does_not_call_the_line_excluded() {
    use booster_ia::advice::{Advice, Topic};
    let a = assess(&with_line("p2", Category::Personnel, None)).unwrap();
    let asked: Vec<_> = a
        .advice
        .iter()
        .filter(|s| s.topic == Topic::Rule(RuleId::PermanentPublicStaff))
        .collect();
    assert_eq!(asked.len(), 1);
    assert!(matches!(&asked[0].advice, Advice::Satisfy(c) if c.status == Status::Missing));
    assert!(!a
        .advice
        .iter()
        .any(|s| matches!(&s.advice, Advice::LineNotEligible { .. })));
    // Answered « yes », the line is excluded, and said so.
    let a = assess(&with_line("p2", Category::Personnel, Some(true))).unwrap();
    assert!(a
        .advice
        .iter()
        .any(|s| matches!(&s.advice, Advice::LineNotEligible { line, .. } if line.id == "b2")));
}

/// A pending line is neither counted nor excluded: excluded costs are what a
/// rule leaves out, and the derivation of eligible costs says both apart.
#[test]
fn a_pending_line_is_not_among_the_excluded_costs() {
    let mut d = with_line("p2", Category::Personnel, None);
    // An equipment line, left out by the category rule.
    d.budget.push(line("b3", "p1", Category::Equipment, "2000"));
    let a = assess(&d).unwrap();
    assert_eq!(a.total_costs, dec("15000"));
    assert_eq!(a.eligible_costs, dec("10000"));
    assert_eq!(a.pending.costs, dec("3000"));
    assert_eq!(a.excluded_costs, dec("2000"));
    assert_eq!(a.excluded_line_count(), 1);
    assert_eq!(
        booster_ia::text::derivation(booster_ia::figures::Explained::EligibleCosts, &a, Lang::Fr),
        "15\u{202f}000,00\u{a0}€ − 2\u{202f}000,00\u{a0}€ exclus (1 ligne) − 3\u{202f}000,00\u{a0}€ en attente (1 ligne) = 10\u{202f}000,00\u{a0}€"
    );
    assert_eq!(
        booster_ia::text::derivation(booster_ia::figures::Explained::EligibleCosts, &a, Lang::En),
        "€15,000.00 − €2,000.00 excluded (1 line) − €3,000.00 pending (1 line) = €10,000.00"
    );
    // Answered « oui »: the line is then excluded, and nothing is pending.
    d.budget[1].permanent_staff = Some(true);
    let a = assess(&d).unwrap();
    assert_eq!(a.excluded_costs, dec("5000"));
    assert_eq!(a.excluded_line_count(), 2);
    assert_eq!(
        booster_ia::text::derivation(booster_ia::figures::Explained::EligibleCosts, &a, Lang::En),
        "€15,000.00 − €5,000.00 excluded (2 lines) = €10,000.00"
    );
}
