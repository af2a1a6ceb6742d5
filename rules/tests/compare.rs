//! Scenario comparison: which rows differ, and the rule or parameter named behind each.

mod common;
use booster_ia::compare::{compare, Cause, Comparison, Row, RowKind, Scenario, SourceKind, Value};
use booster_ia::draft::*;
use booster_ia::{text, Lang};
use booster_ia::{Assessment, Status, Verdict};
use common::*;

/// Drafts with their assessments, kept for the comparison that borrows them.
struct Compared {
    drafts: Vec<Draft>,
    assessments: Vec<Assessment>,
}

impl Compared {
    fn new(drafts: &[&Draft]) -> Compared {
        Compared {
            drafts: drafts.iter().map(|d| (*d).clone()).collect(),
            assessments: drafts.iter().map(|d| assessed(d)).collect(),
        }
    }

    /// The drafts compared as scenarios A, B, C.
    fn comparison(&self) -> Comparison<'_> {
        let scenarios: Vec<Scenario> = self
            .drafts
            .iter()
            .zip(&self.assessments)
            .zip(["A", "B", "C"])
            .map(|((draft, assessment), name)| Scenario {
                name,
                draft,
                assessment,
            })
            .collect();
        compare(&scenarios)
    }
}

fn row<'a, 'c>(c: &'c Comparison<'a>, key: &str) -> &'c Row<'a> {
    c.rows
        .iter()
        .find(|r| r.key.code() == key)
        .unwrap_or_else(|| panic!("no row {key}"))
}

fn check_row<'a, 'c>(c: &'c Comparison<'a>, id: &str) -> &'c Row<'a> {
    c.rows
        .iter()
        .find(|r| r.key.kind() == RowKind::Check && r.key.code() == id)
        .unwrap_or_else(|| panic!("no check row {id}"))
}

fn sources(r: &Row) -> Vec<&'static str> {
    r.causes.iter().map(|c| c.source.code()).collect()
}

fn english(cause: &Cause) -> Vec<String> {
    cause
        .details
        .iter()
        .map(|d| text::detail(d, Lang::En))
        .collect()
}

fn differing(c: &Comparison) -> Vec<&'static str> {
    c.differences().map(|r| r.key.code()).collect()
}

#[test]
fn identical_scenarios_differ_nowhere() {
    let a = eligible_draft();
    let compared = Compared::new(&[&a, &a.clone()]);
    let c = compared.comparison();
    assert_eq!(differing(&c), Vec::<&str>::new());
    assert!(c.rows.iter().all(|r| r.causes.is_empty()));
    // The verdict, every money figure declared compared and every check.
    let figures = booster_ia::Figure::shown_in(booster_ia::figures::Shown::Comparison).count();
    assert_eq!(c.rows.len(), 1 + figures + assessed(&a).checks.len());
    assert_eq!(row(&c, "grant").values, vec![Value::Amount(dec("5000")); 2]);
}

#[test]
fn a_project_longer_than_six_months_is_traced_to_the_duration_rule() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.timeline.end = Some(date("2027-08-01"));
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    assert_eq!(
        differing(&c),
        vec!["verdict", "grant", "balance", "own_share", "duration"]
    );
    assert_eq!(
        row(&c, "verdict").values,
        vec![
            Value::Verdict(Verdict::Eligible),
            Value::Verdict(Verdict::NotEligible)
        ]
    );
    for key in ["verdict", "grant", "balance", "own_share"] {
        assert_eq!(sources(row(&c, key)), vec!["duration"], "{key}");
    }
    assert_eq!(sources(check_row(&c, "duration")), vec!["duration"]);
    let cause = &check_row(&c, "duration").causes[0];
    assert_eq!(cause.source.kind(), SourceKind::Rule);
    assert!(cause.citation.unwrap().contains("six (6) mois"));
    let en = english(cause);
    assert_eq!(en.len(), 2);
    assert!(en[0].starts_with("A: Pass — "), "{en:?}");
    assert!(
        en[1].starts_with("B: Fail — The project exceeds 6 months"),
        "{en:?}"
    );
    // The figures that do not depend on eligibility stay the same.
    assert!(!row(&c, "potential_grant").differs);
}

#[test]
fn a_changed_amount_is_traced_to_the_rate_and_to_the_line() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.budget[0].amount = Some(dec("12000"));
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    assert_eq!(
        differing(&c),
        vec![
            "total_costs",
            "eligible_costs",
            "potential_grant",
            "grant",
            "balance",
            "own_share",
            "room_under_cap",
            "de_minimis.with_this_grant",
            "financing.own_funds",
            "eligible-costs"
        ]
    );
    assert_eq!(sources(row(&c, "total_costs")), vec!["budget-lines"]);
    assert_eq!(sources(row(&c, "eligible_costs")), vec!["budget-lines"]);
    assert_eq!(
        sources(row(&c, "potential_grant")),
        vec!["grant_rate", "budget-lines"]
    );
    assert_eq!(
        sources(row(&c, "room_under_cap")),
        vec!["grant_cap", "budget-lines"]
    );
    let rate = &row(&c, "potential_grant").causes[0];
    assert_eq!(rate.source.kind(), SourceKind::Parameter);
    assert!(rate
        .citation
        .unwrap()
        .contains("50% du projet plafonnée à 12 500 € HT"));
    assert_eq!(
        english(rate)[1],
        "B: 50% × €12,000.00 = €6,000.00 — below the €12,500.00 cap"
    );
    // Each amount's change from A, signed.
    let grant = row(&c, "grant");
    assert_eq!(grant.change_from_first(0), None);
    assert_eq!(grant.change_from_first(1), Some(dec("1000")));
    assert_eq!(
        booster_ia::text::signed_money(dec("1000"), booster_ia::Lang::En),
        "+€1,000.00"
    );
    assert_eq!(
        booster_ia::text::signed_money(dec("-1000"), booster_ia::Lang::Fr),
        "−1\u{202f}000,00\u{a0}€"
    );
    assert_eq!(check_row(&c, "eligible-costs").change_from_first(1), None);
    let line = &row(&c, "eligible_costs").causes[0];
    assert_eq!(
        text::detail(&line.details[0], Lang::Fr),
        "« Ligne b1 », montant modifié : 10\u{202f}000,00\u{a0}€ en A, 12\u{202f}000,00\u{a0}€ en B"
    );
}

#[test]
fn an_equipment_line_is_traced_to_the_cost_category_rule() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.budget.push(line("b2", "p1", Category::Personnel, "2000"));
    let mut c_draft = b.clone();
    c_draft.budget[1].category = Category::Equipment;
    let compared = Compared::new(&[&a, &b, &c_draft]);
    let c = compared.comparison();
    let eligible = row(&c, "eligible_costs");
    assert!(eligible.differs);
    assert_eq!(sources(eligible), vec!["budget-lines", "cost-category"]);
    let category = &eligible.causes[1];
    assert_eq!(english(category), ["“Ligne b2” excluded in C (€2,000.00)"]);
    assert_eq!(sources(row(&c, "excluded_costs")), vec!["cost-category"]);
    // B and C both add 2 000 € to the total: the line is named for the total.
    assert_eq!(sources(row(&c, "total_costs")), vec!["budget-lines"]);
    assert_eq!(
        check_row(&c, "cost-category").values,
        vec![
            Value::Status(Status::Pass),
            Value::Status(Status::Pass),
            Value::Status(Status::Warning)
        ]
    );
}

#[test]
fn a_lead_moved_out_of_normandy_names_each_failing_rule_behind_the_verdict() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.partners[0].postcode = "75001".into();
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    // The lead is in Paris: it fails, and only one Normandy structure is left.
    assert_eq!(
        sources(row(&c, "verdict")),
        vec!["lead-in-normandy", "two-normandy-structures"]
    );
    assert_eq!(
        sources(row(&c, "grant")),
        vec!["lead-in-normandy", "two-normandy-structures"]
    );
    // The line borne by the partner in Rouen still counts: no budget cause.
    assert!(!row(&c, "eligible_costs").differs);
}

#[test]
fn a_missing_check_is_not_named_behind_a_verdict_of_not_eligible() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.timeline.end = Some(date("2027-08-31"));
    b.project.ai_use = String::new();
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    assert_eq!(
        row(&c, "verdict").values,
        vec![
            Value::Verdict(Verdict::Eligible),
            Value::Verdict(Verdict::NotEligible)
        ]
    );
    // Missing in B, but B is not eligible because of the duration alone.
    assert!(row(&c, "ai-and-data").differs);
    assert_eq!(sources(row(&c, "verdict")), vec!["duration"]);
    // Against an incomplete scenario, the missing information is behind the verdict.
    let mut incomplete = a.clone();
    incomplete.project.ai_use = String::new();
    let compared = Compared::new(&[&a, &incomplete]);
    let c = compared.comparison();
    assert_eq!(sources(row(&c, "verdict")), vec!["ai-and-data"]);
}

#[test]
fn a_grant_lost_to_the_verdict_does_not_name_the_amounts() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.timeline.end = Some(date("2027-08-31"));
    b.budget[0].amount = Some(dec("12000"));
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    // B gets nothing whatever its amounts: only the duration is behind the grant.
    assert_eq!(sources(row(&c, "grant")), vec!["duration"]);
    // The potential grant does differ because of the amount.
    assert_eq!(
        sources(row(&c, "potential_grant")),
        vec!["grant_rate", "budget-lines"]
    );
    // With a third scenario eligible at another amount, both are behind the grant.
    let mut third = a.clone();
    third.budget[0].amount = Some(dec("8000"));
    let compared = Compared::new(&[&a, &b, &third]);
    let c = compared.comparison();
    assert_eq!(
        sources(row(&c, "grant")),
        vec!["duration", "grant_rate", "budget-lines"]
    );
    let rate = &row(&c, "grant").causes[1];
    assert_eq!(
        english(rate),
        [
            "A: 50% × €10,000.00 = €5,000.00 — below the €12,500.00 cap",
            "C: 50% × €8,000.00 = €4,000.00 — below the €12,500.00 cap"
        ],
        "only the eligible scenarios"
    );
}

#[test]
fn the_own_share_names_the_total_only_when_the_total_changes() {
    let mut a = eligible_draft();
    a.budget.push(line("b2", "p1", Category::Equipment, "2000"));
    let mut b = a.clone();
    b.budget[0].amount = Some(dec("12000"));
    b.budget[1].amount = Some(dec("0"));
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    assert!(!row(&c, "total_costs").differs);
    assert!(row(&c, "own_share").differs);
    assert_eq!(
        sources(row(&c, "own_share")),
        vec!["grant_rate", "budget-lines"]
    );
}

#[test]
fn a_line_excluded_everywhere_is_traced_to_the_rule_that_excludes_it_everywhere() {
    let mut a = eligible_draft();
    a.partners
        .push(partner("p3", PartnerKind::Company, "75011", Role::Partner));
    a.budget.push(line("b2", "p3", Category::Equipment, "1000"));
    let mut b = a.clone();
    b.budget[1].partner = "p1".into();
    b.budget[1].amount = Some(dec("2000"));
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    // Equipment in both: the bearer in Paris changes nothing, the amount does.
    assert_eq!(sources(row(&c, "excluded_costs")), vec!["cost-category"]);
    assert_eq!(
        english(&row(&c, "excluded_costs").causes[0]),
        ["“Ligne b2” excluded in A (€1,000.00), B (€2,000.00)"]
    );
    assert!(!row(&c, "eligible_costs").differs);
}

#[test]
fn an_advance_requested_in_one_scenario_is_traced_to_its_rate_and_rule() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.advance = AdvanceRequest {
        requested: true,
        justification: "Trésorerie".into(),
    };
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    assert_eq!(differing(&c), vec!["advance", "balance", "advance"]);
    assert_eq!(sources(row(&c, "advance")), vec!["advance_rate", "advance"]);
    let check = check_row(&c, "advance");
    assert_eq!(
        check.values,
        vec![Value::Status(Status::Info), Value::Status(Status::Pass)]
    );
    assert_eq!(sources(check), vec!["advance"]);
    assert_eq!(
        row(&c, "advance").values,
        vec![Value::Amount(dec("0")), Value::Amount(dec("2500"))]
    );
    // Asked for without a justification, it is not paid: the rule says why.
    let mut unjustified = b.clone();
    unjustified.advance.justification = String::new();
    let compared = Compared::new(&[&b, &unjustified]);
    let c = compared.comparison();
    assert_eq!(sources(row(&c, "advance")), vec!["advance_rate", "advance"]);
    assert_eq!(
        row(&c, "advance").values,
        vec![Value::Amount(dec("2500")), Value::Amount(dec("0"))]
    );
}

#[test]
fn beyond_the_cap_more_costs_change_the_costs_but_not_the_grant() {
    let mut a = eligible_draft();
    a.budget[0].amount = Some(dec("30000"));
    let mut b = a.clone();
    b.budget[0].amount = Some(dec("40000"));
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    assert!(row(&c, "eligible_costs").differs);
    assert!(!row(&c, "potential_grant").differs);
    assert!(!row(&c, "grant").differs);
    assert!(row(&c, "own_share").differs);
    // The own share grows because the total does; the grant is not named.
    assert_eq!(sources(row(&c, "own_share")), vec!["budget-lines"]);
}

#[test]
fn many_changed_lines_are_named_five_at_a_time() {
    let a = eligible_draft();
    let mut b = a.clone();
    for i in 0..8 {
        b.budget
            .push(line(&format!("x{i}"), "p1", Category::Services, "100"));
    }
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    let details = english(&row(&c, "total_costs").causes[0]);
    assert_eq!(details.len(), 6);
    assert_eq!(details[5], "and 3 more lines");
    assert!(details[..5]
        .iter()
        .all(|d| d.ends_with("added in B: €100.00 in B")));
}

#[test]
fn lines_that_differ_only_between_capped_scenarios_are_not_behind_the_grant() {
    let mut a = eligible_draft();
    a.budget[0].amount = Some(dec("30000"));
    let mut b = a.clone();
    b.budget.push(line("b2", "p1", Category::Services, "5000"));
    let mut c3 = a.clone();
    c3.budget[0].amount = Some(dec("10000"));
    let compared = Compared::new(&[&a, &b, &c3]);
    let c = compared.comparison();
    // A and B are both at the cap: b2 changes neither their grant nor their room.
    for key in ["potential_grant", "grant", "room_under_cap", "balance"] {
        let named = row(&c, key)
            .causes
            .iter()
            .flat_map(|cause| english(cause))
            .collect::<Vec<_>>();
        assert!(
            named.iter().all(|d| !d.contains("Ligne b2")),
            "{key}: {named:?}"
        );
        assert!(
            named.iter().any(|d| d.contains("Ligne b1")),
            "{key}: {named:?}"
        );
    }
    // The eligible costs themselves do differ by b2.
    assert!(english(&row(&c, "eligible_costs").causes[0])
        .iter()
        .any(|d| d.contains("Ligne b2")));
}

#[test]
fn grants_a_cent_apart_that_give_the_same_advance_are_not_behind_it() {
    let mut a = eligible_draft();
    a.advance = AdvanceRequest {
        requested: true,
        justification: "Trésorerie".into(),
    };
    a.budget[0].amount = Some(dec("2000"));
    let mut b = a.clone();
    b.budget[0].amount = Some(dec("2000.02"));
    let mut unpaid = a.clone();
    unpaid.advance = AdvanceRequest::default();
    let compared = Compared::new(&[&a, &b, &unpaid]);
    let c = compared.comparison();
    // 1 000,00 € and 1 000,01 € of grant both give 500,00 € of advance.
    assert_eq!(
        row(&c, "advance").values,
        vec![
            Value::Amount(dec("500")),
            Value::Amount(dec("500")),
            Value::Amount(dec("0"))
        ]
    );
    assert_eq!(sources(row(&c, "advance")), vec!["advance_rate", "advance"]);
}

#[test]
fn a_zero_line_added_is_not_behind_the_total() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.budget.push(line("b2", "p1", Category::Services, "0"));
    b.budget[0].amount = Some(dec("11000"));
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    let details = english(&row(&c, "total_costs").causes[0]);
    assert_eq!(
        details,
        ["“Ligne b1”, amount changed: €10,000.00 in A, €11,000.00 in B"]
    );
}

#[test]
fn a_labelled_line_moved_in_the_list_is_no_difference_but_an_unlabelled_one_is() {
    let mut a = eligible_draft();
    a.budget.push(line("b2", "p1", Category::Equipment, "1000"));
    a.budget.push(line("b3", "p1", Category::Services, "500"));
    // The same lines, the equipment moved last: its label names it the same.
    let mut moved = a.clone();
    moved.budget.swap(1, 2);
    let compared = Compared::new(&[&a, &moved]);
    let c = compared.comparison();
    assert_eq!(differing(&c), Vec::<&str>::new());
    // Without a label it is named by its place (« Dépense 2 » → « Dépense 3 »).
    a.budget[1].label.clear();
    let mut moved = a.clone();
    moved.budget.swap(1, 2);
    let compared = Compared::new(&[&a, &moved]);
    let c = compared.comparison();
    assert_eq!(differing(&c), vec!["cost-category"]);
    let cause = &check_row(&c, "cost-category").causes[0];
    assert_eq!(
        english(cause),
        [
            "A: Warning — 1 line excluded, €1,000.00: Cost 2.",
            "B: Warning — 1 line excluded, €1,000.00: Cost 3."
        ]
    );
}

/// Every cause of every row, by source id.
fn all_sources(c: &Comparison) -> Vec<&'static str> {
    c.rows.iter().flat_map(sources).collect()
}

#[test]
fn an_added_line_is_put_down_to_the_line_not_to_a_rule() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.budget.push(line("b2", "p1", Category::Services, "2000"));
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    assert_eq!(sources(row(&c, "total_costs")), vec!["budget-lines"]);
    assert_eq!(sources(row(&c, "eligible_costs")), vec!["budget-lines"]);
    // No figure is put down to the rule on amounts excluding VAT (its own
    // check's row may differ: it states the total it read).
    let figures: Vec<&str> = c
        .rows
        .iter()
        .filter(|r| r.key.kind() != RowKind::Check)
        .flat_map(sources)
        .collect();
    assert!(!figures.contains(&"excl-vat"), "{figures:?}");
    let total = &row(&c, "total_costs").causes[0];
    assert_eq!(total.source.kind(), SourceKind::Lines);
    assert_eq!(
        total.citation, None,
        "no sentence of the scheme chooses the lines"
    );
    assert_eq!(english(total), ["“Ligne b2” added in B: €2,000.00 in B"]);
    assert_eq!(
        text::detail(&total.details[0], Lang::Fr),
        "« Ligne b2 » ajoutée en B : 2\u{202f}000,00\u{a0}€ en B"
    );
    assert_eq!(
        text::source_title(total.source, Lang::Fr),
        "Lignes du budget"
    );
    assert_eq!(text::source_title(total.source, Lang::En), "Budget lines");

    // The other way round, the line is removed.
    let compared = Compared::new(&[&b, &a]);
    let c = compared.comparison();
    assert_eq!(sources(row(&c, "total_costs")), vec!["budget-lines"]);
    assert_eq!(
        english(&row(&c, "total_costs").causes[0]),
        ["“Ligne b2” removed in B: €2,000.00 in A"]
    );
    assert_eq!(
        text::detail(&row(&c, "total_costs").causes[0].details[0], Lang::Fr),
        "« Ligne b2 » retirée en B : 2\u{202f}000,00\u{a0}€ en A"
    );

    // Three scenarios: added in B and C, with its amount in each.
    let mut third = b.clone();
    third.budget[1].amount = Some(dec("3000"));
    let compared = Compared::new(&[&a, &b, &third]);
    let c = compared.comparison();
    assert_eq!(
        english(&row(&c, "total_costs").causes[0]),
        ["“Ligne b2” added in B, C: €2,000.00 in B, €3,000.00 in C"]
    );
}

#[test]
fn a_line_excluded_by_a_rule_still_names_the_rule_for_the_eligible_costs() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.budget.push(line("b2", "p1", Category::Equipment, "2000"));
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    // The total grows by the line; the eligible costs do not move at all.
    assert_eq!(sources(row(&c, "total_costs")), vec!["budget-lines"]);
    assert!(!row(&c, "eligible_costs").differs);
    assert_eq!(sources(row(&c, "excluded_costs")), vec!["cost-category"]);
}

#[test]
fn a_check_whose_status_is_unchanged_shows_the_facts_that_differ() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.partners
        .push(partner("p3", PartnerKind::Company, "50000", Role::Partner));
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    let structures = check_row(&c, "two-normandy-structures");
    assert!(structures.differs);
    assert!(matches!(structures.values[0], Value::Found(ch) if ch.status == Status::Pass));
    assert!(matches!(structures.values[1], Value::Found(ch) if ch.status == Status::Pass));
    assert_ne!(structures.values[0], structures.values[1]);
    for lang in [Lang::Fr, Lang::En] {
        let shown: Vec<String> = structures
            .values
            .iter()
            .map(|v| text::cell(v, lang))
            .collect();
        assert_ne!(shown[0], shown[1], "{shown:?}");
        let pass = text::status_label(Status::Pass, lang);
        assert!(shown.iter().all(|s| s.starts_with(pass)), "{shown:?}");
    }
    // The machine-readable value stays the status.
    assert_eq!(structures.values[1].code(), "pass");
    // A check whose status changed shows its status alone.
    let duration = {
        let mut late = a.clone();
        late.timeline.end = Some(date("2027-08-31"));
        late
    };
    let compared = Compared::new(&[&a, &duration]);
    let c = compared.comparison();
    assert_eq!(
        check_row(&c, "duration").values,
        vec![Value::Status(Status::Pass), Value::Status(Status::Fail)]
    );
    // Unchanged rows show their status alone too.
    assert_eq!(
        check_row(&c, "two-normandy-structures").values,
        vec![Value::Status(Status::Pass); 2]
    );
}

#[test]
fn no_row_of_the_examples_differs_with_the_same_values_shown() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples");
    let mut drafts = Vec::new();
    for sub in ["", "/en"] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{dir}{sub}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            drafts.push(booster_ia::parse_draft(&text).unwrap().draft);
        }
    }
    assert!(drafts.len() >= 5);
    let mut rows = 0;
    for a in &drafts {
        for b in &drafts {
            let compared = Compared::new(&[a, b]);
            let c = compared.comparison();
            for r in &c.rows {
                for lang in [Lang::Fr, Lang::En] {
                    let shown: Vec<String> = r.values.iter().map(|v| text::cell(v, lang)).collect();
                    assert_eq!(
                        r.differs,
                        shown[0] != shown[1],
                        "{}: {shown:?}",
                        r.key.code()
                    );
                }
                rows += usize::from(r.differs);
            }
        }
    }
    assert!(rows > 0, "the examples differ somewhere");
}

#[test]
fn parameters_are_named_by_their_title_never_by_their_id() {
    let a = eligible_draft();
    let mut b = a.clone();
    b.budget[0].amount = Some(dec("12000"));
    b.advance = AdvanceRequest {
        requested: true,
        justification: "Trésorerie".into(),
    };
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    let named = all_sources(&c);
    for id in ["grant_rate", "grant_cap", "advance_rate"] {
        assert!(
            named.contains(&id),
            "{id} is behind a difference: {named:?}"
        );
    }
    let fr = booster_ia::report::comparison_report(&c, Lang::Fr);
    let en = booster_ia::report::comparison_report(&c, Lang::En);
    for id in ["grant_rate", "grant_cap", "advance_rate", "budget-lines"] {
        assert!(!fr.contains(id), "{id} in:\n{fr}");
        assert!(!en.contains(id), "{id} in:\n{en}");
    }
    for title in [
        "← Paramètre « Taux et plafond de l’aide »",
        "← Paramètre « Plafond de l’aide »",
        "← Paramètre « Taux de l’avance »",
        "← Lignes du budget",
        "« Ligne b1 », montant modifié",
    ] {
        assert!(fr.contains(title), "{title} in:\n{fr}");
    }
    for title in [
        "← Parameter “Grant rate and cap”",
        "← Parameter “Grant cap”",
        "← Parameter “Advance rate”",
        "← Budget lines",
    ] {
        assert!(en.contains(title), "{title} in:\n{en}");
    }
    // A rule by its title, its id in a column of its own.
    assert!(fr.contains("← Règle « Avance » [advance]"), "{fr}");
}

/// A line counted in A and waiting for the staff question's answer in B is
/// put down to rule `permanent-public-staff`, said as pending, not excluded;
/// and once answered « oui » in B, as excluded.
#[test]
fn a_line_pending_in_b_is_said_pending_not_excluded() {
    let mut a = eligible_draft();
    a.budget.push(line("b2", "p2", Category::Personnel, "3000"));
    let mut b = a.clone();
    b.budget[1].permanent_staff = None;
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    assert!(
        !row(&c, "excluded_costs").differs,
        "pending is not excluded"
    );
    let eligible = row(&c, "eligible_costs");
    assert_eq!(sources(eligible), vec!["permanent-public-staff"]);
    assert_eq!(
        text::detail(&eligible.causes[0].details[0], Lang::Fr),
        "« Ligne b2 » en attente d’une réponse en B (3\u{202f}000,00\u{a0}€)"
    );
    assert_eq!(
        english(&eligible.causes[0]),
        ["“Ligne b2” pending an answer in B (€3,000.00)"]
    );
    b.budget[1].permanent_staff = Some(true);
    let compared = Compared::new(&[&a, &b]);
    let c = compared.comparison();
    let eligible = row(&c, "eligible_costs");
    assert_eq!(
        english(&eligible.causes[0]),
        ["“Ligne b2” excluded in B (€3,000.00)"]
    );
}
