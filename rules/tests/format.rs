//! Draft format v3 (and v1, v2): every kind of invalid file is rejected
//! naming its path; a valid one round-trips byte for byte.

mod common;
use booster_ia::draft::FundingStatus;
use booster_ia::format::{parse_draft, Problem, MAX_BUDGET_LINES, MAX_PARTNERS};
use booster_ia::{assess, export_draft, Lang};
use serde_json::{json, Value};

fn example(name: &str) -> String {
    std::fs::read_to_string(format!("{}/../examples/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// An example as it was written in format v1, kept as a fixture.
fn v1_example(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../tests/fixtures/v1/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn v1_error_after(edit: impl FnOnce(&mut Value)) -> (String, Problem) {
    let mut value: Value = serde_json::from_str(&v1_example("eligible.json")).unwrap();
    edit(&mut value);
    let e = parse_draft(&value.to_string()).expect_err("should be rejected");
    (e.path, e.problem)
}

fn eligible_value() -> Value {
    serde_json::from_str(&example("eligible.json")).unwrap()
}

/// Applies `edit` to the eligible example and returns the error it gives.
fn error_after(edit: impl FnOnce(&mut Value)) -> (String, Problem) {
    let mut value = eligible_value();
    edit(&mut value);
    let e = parse_draft(&value.to_string()).expect_err("should be rejected");
    (e.path, e.problem)
}

#[test]
fn the_examples_are_valid_drafts() {
    for name in [
        "eligible.json",
        "cap-binds.json",
        "not-eligible.json",
        "incomplete.json",
    ] {
        parse_draft(&example(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn export_then_import_then_export_is_byte_identical() {
    for name in [
        "eligible.json",
        "cap-binds.json",
        "not-eligible.json",
        "incomplete.json",
    ] {
        let first = parse_draft(&example(name)).unwrap().draft;
        let exported = export_draft(&first, &assess(&first).unwrap());
        let second = parse_draft(&exported).unwrap();
        assert_eq!(second.draft, first, "{name}");
        assert!(second.stated_assessment.is_some());
        let again = export_draft(&second.draft, &assess(&second.draft).unwrap());
        assert_eq!(again, exported, "{name}");
    }
}

#[test]
fn amounts_are_written_with_exactly_two_decimals() {
    let draft = parse_draft(&example("incomplete.json")).unwrap().draft;
    let exported = export_draft(&draft, &assess(&draft).unwrap());
    assert!(exported.contains("\"amount\": \"3000.00\""));
    assert!(exported.contains("\"amount\": \"\""));
    assert!(exported.starts_with("{\n  \"format\": \"booster-ia-draft\",\n  \"version\": 3,"));
}

#[test]
fn an_absent_or_unknown_key_names_its_path() {
    assert_eq!(
        error_after(|v| {
            v["project"].as_object_mut().unwrap().remove("ai_use");
        }),
        ("project.ai_use".into(), Problem::Missing)
    );
    assert_eq!(
        error_after(|v| v["partners"][1]["colour"] = json!("blue")),
        ("partners[1].colour".into(), Problem::Unknown)
    );
    assert_eq!(
        error_after(|v| {
            v.as_object_mut().unwrap().remove("commons");
        }),
        ("commons".into(), Problem::Missing)
    );
    // siret may be absent; assessment may be absent or null.
    let mut v = eligible_value();
    v["partners"][0].as_object_mut().unwrap().remove("siret");
    v["assessment"] = Value::Null;
    assert!(parse_draft(&v.to_string()).is_ok());
}

#[test]
fn a_wrong_type_or_unknown_code_names_its_path() {
    assert_eq!(
        error_after(|v| v["budget"][0]["amount"] = json!(4000)),
        (
            "budget[0].amount".into(),
            Problem::WrongType {
                expected: booster_ia::format::JsonType::String
            }
        )
    );
    assert_eq!(
        error_after(|v| v["commitments"]["collective_review"] = json!("yes")),
        (
            "commitments.collective_review".into(),
            Problem::WrongType {
                expected: booster_ia::format::JsonType::Bool
            }
        )
    );
    let (path, problem) = error_after(|v| v["partners"][0]["kind"] = json!("startup"));
    assert_eq!(path, "partners[0].kind");
    assert!(
        matches!(problem, Problem::UnknownValue { allowed } if allowed.contains("local_authority_group"))
    );
    let (path, _) = error_after(|v| v["project"]["s3_domain"] = json!("space"));
    assert_eq!(path, "project.s3_domain");
    let (path, _) = error_after(|v| v["budget"][1]["category"] = json!("hardware"));
    assert_eq!(path, "budget[1].category");
}

#[test]
fn malformed_or_negative_amounts_are_rejected() {
    for (amount, expected) in [
        (
            "-5",
            Problem::Amount(booster_ia::money::AmountError::Negative),
        ),
        (
            "1e30",
            Problem::Amount(booster_ia::money::AmountError::Malformed),
        ),
        (
            "NaN",
            Problem::Amount(booster_ia::money::AmountError::Malformed),
        ),
        (
            "12,5,5",
            Problem::Amount(booster_ia::money::AmountError::Malformed),
        ),
        (
            "10.999",
            Problem::Amount(booster_ia::money::AmountError::TooManyDecimals),
        ),
        (
            "99999999999999999999999999999",
            Problem::Amount(booster_ia::money::AmountError::TooLarge),
        ),
    ] {
        assert_eq!(
            error_after(|v| v["budget"][2]["amount"] = json!(amount)),
            ("budget[2].amount".into(), expected),
            "{amount}"
        );
    }
}

#[test]
fn impossible_dates_and_marks_out_of_range_are_rejected() {
    assert_eq!(
        error_after(|v| v["timeline"]["end"] = json!("2027-02-30")),
        ("timeline.end".into(), Problem::Date)
    );
    assert_eq!(
        error_after(|v| v["timeline"]["milestones"][1]["date"] = json!("31/07/2027")),
        ("timeline.milestones[1].date".into(), Problem::Date)
    );
    assert_eq!(
        error_after(|v| v["self_assessment"]["feasibility"] = json!(31)),
        (
            "self_assessment.feasibility".into(),
            Problem::Score { max: 30 }
        )
    );
    assert_eq!(
        error_after(|v| v["self_assessment"]["security"] = json!(-1)),
        (
            "self_assessment.security".into(),
            Problem::Score { max: 10 }
        )
    );
    assert_eq!(
        error_after(|v| v["self_assessment"]["quality"] = json!(12.5)),
        ("self_assessment.quality".into(), Problem::Score { max: 20 })
    );
    // The maximum itself is accepted, also written with a decimal point; one more is not.
    let mut v = eligible_value();
    v["self_assessment"]["feasibility"] = json!(30);
    assert!(parse_draft(&v.to_string()).is_ok());
    let text = v
        .to_string()
        .replace("\"feasibility\":30", "\"feasibility\":30.0");
    assert!(text.contains("\"feasibility\":30.0"));
    assert_eq!(
        parse_draft(&text).map(|f| f.draft.self_assessment.feasibility),
        Ok(Some(30))
    );
    let text = v
        .to_string()
        .replace("\"feasibility\":30", "\"feasibility\":31.0");
    assert_eq!(
        parse_draft(&text).map_err(|e| e.problem),
        Err(Problem::Score { max: 30 })
    );
}

#[test]
fn a_siret_must_be_fourteen_digits_passing_luhn() {
    for siret in ["81234567800014", "8123456780001", "8123456780001X", ""] {
        assert_eq!(
            error_after(|v| v["partners"][0]["siret"] = json!(siret)),
            ("partners[0].siret".into(), Problem::Siret),
            "{siret}"
        );
    }
}

#[test]
fn duplicate_and_dangling_ids_are_rejected() {
    assert_eq!(
        error_after(|v| v["partners"][1]["id"] = json!("p1")),
        (
            "partners[1].id".into(),
            Problem::DuplicateId { id: "p1".into() }
        )
    );
    assert_eq!(
        error_after(|v| v["budget"][3]["id"] = json!("b1")),
        (
            "budget[3].id".into(),
            Problem::DuplicateId { id: "b1".into() }
        )
    );
    assert_eq!(
        error_after(|v| v["budget"][0]["partner"] = json!("p9")),
        (
            "budget[0].partner".into(),
            Problem::DanglingPartner { id: "p9".into() }
        )
    );
    assert_eq!(
        error_after(|v| v["partners"][0]["id"] = json!(" ")),
        ("partners[0].id".into(), Problem::BlankId)
    );
}

#[test]
fn the_size_limits_are_enforced_on_each_side() {
    let partners = |n: usize| {
        let mut v = eligible_value();
        let template = v["partners"][1].clone();
        let list = v["partners"].as_array_mut().unwrap();
        while list.len() < n {
            let mut p = template.clone();
            p["id"] = json!(format!("x{}", list.len()));
            list.push(p);
        }
        v.to_string()
    };
    assert!(parse_draft(&partners(MAX_PARTNERS)).is_ok());
    let e = parse_draft(&partners(MAX_PARTNERS + 1)).unwrap_err();
    assert_eq!(
        (e.path.as_str(), e.problem),
        ("partners", Problem::TooMany { limit: 200 })
    );

    let lines = |n: usize| {
        let mut v = eligible_value();
        let template = v["budget"][0].clone();
        let list = v["budget"].as_array_mut().unwrap();
        list.clear();
        for i in 0..n {
            let mut l = template.clone();
            l["id"] = json!(format!("l{i}"));
            list.push(l);
        }
        v.to_string()
    };
    assert!(parse_draft(&lines(MAX_BUDGET_LINES)).is_ok());
    let e = parse_draft(&lines(MAX_BUDGET_LINES + 1)).unwrap_err();
    assert_eq!(
        (e.path.as_str(), e.problem),
        ("budget", Problem::TooMany { limit: 5000 })
    );

    let mut v = eligible_value();
    v["project"]["summary"] = json!("é".repeat(5000));
    assert!(parse_draft(&v.to_string()).is_ok());
    v["project"]["summary"] = json!("é".repeat(5001));
    assert_eq!(
        parse_draft(&v.to_string()).unwrap_err().problem,
        Problem::TextTooLong { limit: 5000 }
    );

    let mut big = eligible_value().to_string();
    big.push_str(&" ".repeat(5_000_001 - big.len()));
    assert_eq!(
        parse_draft(&big).unwrap_err().problem,
        Problem::FileTooLarge { bytes: 5_000_001 }
    );
    big.pop();
    assert!(parse_draft(&big).is_ok());
}

#[test]
fn other_files_are_told_apart_from_drafts() {
    let e = parse_draft("{\"format\": \"booster-ia-draft\"").unwrap_err();
    assert!(matches!(e.problem, Problem::NotJson { .. }));
    assert_eq!(
        parse_draft("[1, 2]").unwrap_err().problem,
        Problem::WrongFormat
    );
    assert_eq!(
        error_after(|v| v["format"] = json!("other-draft")).1,
        Problem::WrongFormat
    );
    for version in [json!(0), json!(4), json!(1.5), json!("2")] {
        assert_eq!(
            error_after(|v| v["version"] = version.clone()),
            (
                "version".into(),
                Problem::WrongVersion {
                    found: version.to_string()
                }
            )
        );
    }
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(parse_draft(&deep).unwrap_err().problem, Problem::TooDeep);
}

#[test]
fn error_messages_name_the_path_in_both_languages() {
    let mut v = eligible_value();
    v["budget"][2]["amount"] = json!("12,5");
    let e = parse_draft(&v.to_string()).unwrap_err();
    assert_eq!(
        e.message(Lang::En),
        "budget[2].amount: unreadable amount: digits, with at most two decimals"
    );
    assert_eq!(
        e.message(Lang::Fr),
        "budget[2].amount : montant illisible : chiffres, avec au plus deux décimales"
    );
}

#[test]
fn a_stated_assessment_that_differs_is_reported_figure_by_figure() {
    let draft = parse_draft(&example("eligible.json")).unwrap().draft;
    let a = assess(&draft).unwrap();
    let mut stated: Value = serde_json::from_str(&export_draft(&draft, &a)).unwrap();
    assert!(booster_ia::report::differences(&stated["assessment"], &a).is_empty());
    stated["assessment"]["grant"] = json!("9000.00");
    stated["assessment"]["verdict"] = json!("incomplete");
    let diffs = booster_ia::report::differences(&stated["assessment"], &a);
    let figures: Vec<&str> = diffs.iter().map(|d| d.figure).collect();
    assert_eq!(figures, ["verdict", "grant"]);
    assert_eq!(diffs[1].recomputed, json!("7750.00"));
}

#[test]
fn a_file_that_is_not_json_is_said_in_each_language_with_where_reading_stopped() {
    let e = booster_ia::parse_draft("{broken").unwrap_err();
    assert_eq!(
        e.message(booster_ia::Lang::Fr),
        "ce n’est pas du JSON valide (ligne 1, colonne 2)"
    );
    assert_eq!(
        e.message(booster_ia::Lang::En),
        "not valid JSON (line 1, column 2)"
    );
    let e = booster_ia::parse_draft("{\n  \"format\": }").unwrap_err();
    assert_eq!(
        e.message(booster_ia::Lang::Fr),
        "ce n’est pas du JSON valide (ligne 2, colonne 13)"
    );
}

#[test]
fn a_partner_abroad_gives_its_country_and_a_v1_draft_without_it_is_in_france() {
    let france = parse_draft(&example("eligible.json")).expect("valid");
    assert!(france.draft.partners.iter().all(|p| p.country.is_france()));
    // Written back without the key, so a v1 draft stays byte for byte the same.
    assert!(!export_draft(&france.draft, &assess(&france.draft).unwrap()).contains("country"));

    let mut value = eligible_value();
    value["partners"][1]["country"] = json!("BE");
    let abroad = parse_draft(&value.to_string()).expect("valid");
    assert_eq!(abroad.draft.partners[1].country.code(), "BE");
    let written = export_draft(&abroad.draft, &assess(&abroad.draft).unwrap());
    assert!(written.contains("\"country\": \"BE\""), "{written}");
    assert_eq!(parse_draft(&written).expect("valid").draft, abroad.draft);

    for country in [json!("be"), json!("BEL"), json!(""), json!(32)] {
        assert_eq!(
            error_after(|v| v["partners"][0]["country"] = country.clone()),
            ("partners[0].country".into(), Problem::Country),
            "{country}"
        );
    }
}

/// The eligible example written as v2, with the additions given.
fn v2_value() -> Value {
    let mut v = eligible_value();
    v["version"] = json!(2);
    for p in v["partners"].as_array_mut().unwrap() {
        p["vat_recoverable"] = json!(true);
    }
    v["de_minimis"] = json!({ "declared": true, "aids": [
        { "funder": "Bpifrance", "granted_on": "2025-03-01", "amount": "20000.00" }
    ] });
    v["other_funding"] =
        json!([{ "funder": "Département", "amount": "1000.00", "status": "requested" }]);
    v
}

fn v2_error_after(edit: impl FnOnce(&mut Value)) -> (String, Problem) {
    let mut value = v2_value();
    edit(&mut value);
    let e = parse_draft(&value.to_string()).expect_err("should be rejected");
    (e.path, e.problem)
}

#[test]
fn a_v1_draft_reads_as_v2_with_the_additions_not_known_yet_and_the_same_figures() {
    for name in [
        "eligible.json",
        "cap-binds.json",
        "not-eligible.json",
        "incomplete.json",
        "association.json",
    ] {
        let v1 = parse_draft(&v1_example(name)).unwrap().draft;
        assert!(
            v1.partners.iter().all(|p| p.vat_recoverable.is_none()),
            "{name}"
        );
        assert!(
            !v1.de_minimis.declared && v1.de_minimis.aids.is_empty(),
            "{name}"
        );
        assert!(v1.other_funding.is_empty(), "{name}");
        // Every line answered: `false` in v1 is an answer.
        assert!(
            v1.budget.iter().all(|l| l.permanent_staff.is_some()),
            "{name}"
        );
        // Written as v3, read back: the same draft and the same assessment.
        let written = export_draft(&v1, &assess(&v1).unwrap());
        assert!(written.contains("\"version\": 3"), "{name}");
        let v3 = parse_draft(&written).unwrap().draft;
        assert_eq!(v3, v1, "{name}");
        assert_eq!(assess(&v3).unwrap(), assess(&v1).unwrap(), "{name}");
        // The example rewritten as v3 is the same draft.
        assert_eq!(parse_draft(&example(name)).unwrap().draft, v1, "{name}");
    }
    // A v1 file does not carry the v2 keys.
    assert_eq!(
        v1_error_after(|v| v["de_minimis"] = json!({ "declared": false, "aids": [] })),
        ("de_minimis".into(), Problem::Unknown)
    );
    assert_eq!(
        v1_error_after(|v| v["partners"][0]["vat_recoverable"] = json!(true)),
        ("partners[0].vat_recoverable".into(), Problem::Unknown)
    );
}

#[test]
fn a_v2_draft_round_trips_and_every_addition_is_checked_with_its_path() {
    let draft = parse_draft(&v2_value().to_string())
        .expect("valid v2")
        .draft;
    assert_eq!(draft.de_minimis.aids.len(), 1);
    assert_eq!(draft.other_funding[0].status, FundingStatus::Requested);
    let written = export_draft(&draft, &assess(&draft).unwrap());
    assert_eq!(parse_draft(&written).unwrap().draft, draft);
    assert_eq!(
        v2_error_after(|v| {
            v.as_object_mut().unwrap().remove("other_funding");
        }),
        ("other_funding".into(), Problem::Missing)
    );
    assert_eq!(
        v2_error_after(|v| {
            v["partners"][1]
                .as_object_mut()
                .unwrap()
                .remove("vat_recoverable");
        }),
        ("partners[1].vat_recoverable".into(), Problem::Missing)
    );
    assert_eq!(
        v2_error_after(|v| v["partners"][0]["vat_recoverable"] = json!("yes")),
        (
            "partners[0].vat_recoverable".into(),
            Problem::WrongType {
                expected: booster_ia::format::JsonType::BoolOrNull
            }
        )
    );
    assert_eq!(
        v2_error_after(|v| v["de_minimis"]["declared"] = json!(false)),
        ("de_minimis.aids".into(), Problem::AidsNotDeclared)
    );
    assert!(matches!(
        v2_error_after(|v| v["de_minimis"]["aids"][0]["amount"] = json!("-5")),
        (path, Problem::Amount(_)) if path == "de_minimis.aids[0].amount"
    ));
    assert_eq!(
        v2_error_after(|v| v["de_minimis"]["aids"][0]["granted_on"] = json!("2025-02-30")),
        ("de_minimis.aids[0].granted_on".into(), Problem::Date)
    );
    assert!(matches!(
        v2_error_after(|v| v["other_funding"][0]["status"] = json!("promised")),
        (path, Problem::UnknownValue { .. }) if path == "other_funding[0].status"
    ));
    let many: Vec<Value> = (0..101)
        .map(|_| json!({ "funder": "x", "granted_on": null, "amount": "" }))
        .collect();
    assert!(matches!(
        v2_error_after(|v| v["de_minimis"]["aids"] = json!(many)),
        (path, Problem::TooMany { limit: 100 }) if path == "de_minimis.aids"
    ));
    // Not known yet: a null date and an empty amount are valid.
    let mut v = v2_value();
    v["de_minimis"]["aids"][0]["granted_on"] = json!(null);
    v["de_minimis"]["aids"][0]["amount"] = json!("");
    let draft = parse_draft(&v.to_string()).expect("valid").draft;
    assert_eq!(draft.de_minimis.aids[0].granted_on, None);
    assert_eq!(draft.de_minimis.aids[0].amount, None);
}

#[test]
fn permanent_staff_may_be_null_from_v3_only_and_a_v2_or_v1_null_is_refused_with_its_path() {
    // v3: null (not said yet), true and false are read as such.
    for (value, read) in [
        (json!(null), None),
        (json!(false), Some(false)),
        (json!(true), Some(true)),
    ] {
        let mut v = eligible_value();
        v["budget"][0]["permanent_staff"] = value;
        let draft = parse_draft(&v.to_string()).expect("valid v3").draft;
        assert_eq!(draft.budget[0].permanent_staff, read);
        // Written back as it was read: null stays null.
        let written = export_draft(&draft, &assess(&draft).unwrap());
        assert_eq!(parse_draft(&written).unwrap().draft, draft);
    }
    // v2 and v1: `false` is an answer, `null` is refused naming the line.
    assert_eq!(
        v2_error_after(|v| v["budget"][2]["permanent_staff"] = json!(null)),
        (
            "budget[2].permanent_staff".into(),
            Problem::WrongType {
                expected: booster_ia::format::JsonType::Bool
            }
        )
    );
    let v2 = parse_draft(&v2_value().to_string()).unwrap().draft;
    assert!(v2.budget.iter().all(|l| l.permanent_staff == Some(false)));
    assert_eq!(
        v1_error_after(|v| v["budget"][1]["permanent_staff"] = json!(null)),
        (
            "budget[1].permanent_staff".into(),
            Problem::WrongType {
                expected: booster_ia::format::JsonType::Bool
            }
        )
    );
    // v3 still refuses anything else, and the key stays required.
    assert_eq!(
        error_after(|v| v["budget"][0]["permanent_staff"] = json!("yes")),
        (
            "budget[0].permanent_staff".into(),
            Problem::WrongType {
                expected: booster_ia::format::JsonType::BoolOrNull
            }
        )
    );
    assert_eq!(
        error_after(|v| {
            v["budget"][0]
                .as_object_mut()
                .unwrap()
                .remove("permanent_staff");
        }),
        ("budget[0].permanent_staff".into(), Problem::Missing)
    );
    // The message names the path in both languages.
    let e = parse_draft(
        &{
            let mut v = v2_value();
            v["budget"][2]["permanent_staff"] = json!(null);
            v
        }
        .to_string(),
    )
    .unwrap_err();
    assert!(booster_ia::text::draft_error(&e, Lang::Fr).starts_with("budget[2].permanent_staff"));
    assert!(booster_ia::text::draft_error(&e, Lang::En).starts_with("budget[2].permanent_staff"));
}
