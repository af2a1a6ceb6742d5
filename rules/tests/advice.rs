//! The path to eligibility: each suggested change, once applied, turns its check to pass.

mod common;
use booster_ia::draft::*;
use booster_ia::{parse_draft, text, Lang, Status};
use common::*;

fn not_eligible() -> Draft {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/not-eligible.json"
    ))
    .unwrap();
    parse_draft(&text).unwrap().draft
}

fn suggestions(d: &Draft) -> Vec<(String, String)> {
    // The advice the engine returns with the assessment, worded as the English page shows it.
    assessed(d)
        .advice
        .iter()
        .map(|s| (s.topic.code().to_string(), text::suggestion(s, Lang::En)))
        .collect()
}

#[test]
fn ending_by_the_suggested_date_satisfies_the_six_months() {
    let mut d = not_eligible();
    let advice = suggestions(&d);
    let (_, text) = advice.iter().find(|(c, _)| c == "duration").unwrap();
    assert_eq!(text, "End the project by 14 Sep 2027 at the latest.");
    d.timeline.end = Some(date("2027-09-14"));
    assert_eq!(status(&d, "duration"), Status::Pass);
}

#[test]
fn making_the_suggested_partner_lead_puts_the_lead_in_normandy() {
    let mut d = not_eligible();
    let advice = suggestions(&d);
    let (_, text) = advice
        .iter()
        .find(|(c, _)| c == "lead-in-normandy")
        .unwrap();
    assert_eq!(
        text,
        "Make Bureau d’études Caen Structures the lead: it is established in Normandy."
    );
    for p in d.partners.iter_mut() {
        p.role = if p.id == "p2" {
            Role::Lead
        } else {
            Role::Partner
        };
    }
    assert_eq!(status(&d, "lead-in-normandy"), Status::Pass);
}

#[test]
fn adding_the_suggested_structure_gives_two_normandy_structures() {
    let mut d = not_eligible();
    let advice = suggestions(&d);
    let (_, text) = advice
        .iter()
        .find(|(c, _)| c == "two-normandy-structures")
        .unwrap();
    assert!(
        text.starts_with("Add 1 structure established in Normandy"),
        "{text}"
    );
    d.partners.push(partner(
        "p3",
        PartnerKind::Association,
        "50100",
        Role::Partner,
    ));
    assert_eq!(status(&d, "two-normandy-structures"), Status::Pass);
}

#[test]
fn an_excluded_line_is_named_with_its_amount_and_reason() {
    let advice = suggestions(&not_eligible());
    assert!(advice.iter().any(|(c, t)| c == "cost-bearer"
        && t == "The line “Ingénieur IA de l’éditeur” (€8,000.00) is not eligible: Borne by Éditeur Devis+ (Paris), outside Normandy."));
}

#[test]
fn a_low_estimate_points_to_the_weakest_criteria_not_to_higher_numbers() {
    let mut d = eligible_draft();
    d.self_assessment = SelfAssessment {
        quality: Some(10),
        feasibility: Some(10),
        regional_interest: Some(10),
        responsible_digital: Some(8),
        security: Some(2),
        reproducibility: Some(5),
    };
    let advice = suggestions(&d);
    let weak: Vec<&String> = advice
        .iter()
        .filter(|(c, _)| c == "self-assessment")
        .map(|(_, t)| t)
        .collect();
    assert_eq!(weak.len(), 2);
    assert!(
        weak[0].contains("IT security") && weak[0].starts_with("Weak point (2/10)"),
        "{}",
        weak[0]
    );
    assert!(
        weak[1].contains("Feasibility") && weak[1].starts_with("Weak point (10/30)"),
        "{}",
        weak[1]
    );
}

#[test]
fn the_room_under_the_cap_and_what_goes_beyond_it_are_said() {
    let d = eligible_draft(); // 10 000 € eligible
    let advice = suggestions(&d);
    assert!(advice.iter().any(|(c, t)| c == "cap"
        && t == "Eligible costs can grow by €15,000.00 before the grant reaches €12,500.00."));
    let mut big = eligible_draft();
    big.budget[0].amount = Some(dec("29200"));
    let advice = suggestions(&big);
    assert!(advice
        .iter()
        .any(|(c, t)| c == "cap"
            && t.starts_with("€4,200.00 of eligible costs bring no extra grant")));
}

#[test]
fn the_cap_is_said_reached_from_25_000_of_eligible_costs_and_not_at_24_999_99() {
    let cap_advice = |amount: &str| {
        let mut d = eligible_draft();
        d.budget[0].amount = Some(dec(amount));
        suggestions(&d)
            .into_iter()
            .filter(|(c, _)| c == "cap")
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cap_advice("24999.99"),
        ["Eligible costs can grow by €0.01 before the grant reaches €12,500.00."]
    );
    assert_eq!(
        cap_advice("25000"),
        ["The €12,500.00 cap is reached exactly: any further eligible cost would bring no extra grant."]
    );
    assert_eq!(
        cap_advice("25000.01"),
        ["€0.01 of eligible costs bring no extra grant: the €12,500.00 cap is reached."]
    );
}

#[test]
fn an_eligible_project_gets_no_change_to_make_but_the_cap() {
    let advice = suggestions(&eligible_draft());
    let kinds: Vec<&str> = advice.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(kinds, ["cap"], "{advice:?}");
}

#[test]
fn no_advice_is_listed_twice_not_even_on_the_empty_page() {
    for d in [Draft::default(), not_eligible(), eligible_draft()] {
        for lang in [Lang::Fr, Lang::En] {
            let words: Vec<String> = assessed(&d)
                .advice
                .iter()
                .map(|s| text::suggestion(s, lang))
                .collect();
            let mut unique = words.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), words.len(), "{words:#?}");
        }
    }
    // The empty page still asks for a lead, once.
    let fr: Vec<String> = assessed(&Draft::default())
        .advice
        .iter()
        .map(|s| text::suggestion(s, Lang::Fr))
        .collect();
    assert_eq!(
        fr.iter().filter(|w| w.contains("porteur désigné")).count(),
        1,
        "{fr:#?}"
    );
}
