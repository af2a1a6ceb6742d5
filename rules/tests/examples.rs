//! The example drafts give the figures worked out by hand in
//! docs/draft-format.md, through the rules and through `booster-ia check`.

use booster_ia::{assess, parse_draft};
use serde_json::Value;
use std::process::Command;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// Rows of the "Expected figures" table: column name → value, per example.
fn expected_rows() -> Vec<Vec<(String, String)>> {
    let doc = std::fs::read_to_string(format!("{ROOT}/docs/draft-format.md")).unwrap();
    let table: Vec<&str> = doc
        .lines()
        .skip_while(|l| !l.starts_with("| example | verdict"))
        .take_while(|l| l.starts_with('|'))
        .collect();
    let cells = |l: &str| -> Vec<String> {
        l.trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_string())
            .collect()
    };
    let header = cells(table[0]);
    let rows: Vec<Vec<(String, String)>> = table[2..]
        .iter()
        .map(|l| header.iter().cloned().zip(cells(l)).collect())
        .collect();
    assert!(rows.len() >= 4, "the document lists at least four examples");
    rows
}

fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[test]
fn each_example_gives_the_hand_worked_figures_through_the_rules() {
    for row in expected_rows() {
        let name = &row[0].1;
        let text = std::fs::read_to_string(format!("{ROOT}/examples/{name}")).unwrap();
        let a = assess(&parse_draft(&text).unwrap().draft).unwrap();
        let json = serde_json::to_value(&a).unwrap();
        for (column, expected) in &row[1..] {
            assert_eq!(
                &as_text(&json[column.as_str()]),
                expected,
                "{name}: {column}"
            );
        }
    }
}

#[test]
fn each_example_as_written_in_v1_gives_the_same_figures() {
    // The examples are v3 now; their v1 files, kept as fixtures, read the same.
    for row in expected_rows() {
        let name = &row[0].1;
        let v1 = std::fs::read_to_string(format!("{ROOT}/tests/fixtures/v1/{name}")).unwrap();
        assert!(v1.contains("\"version\": 1"), "{name}");
        let a = assess(&parse_draft(&v1).unwrap().draft).unwrap();
        let json = serde_json::to_value(&a).unwrap();
        for (column, expected) in &row[1..] {
            assert_eq!(
                &as_text(&json[column.as_str()]),
                expected,
                "v1 {name}: {column}"
            );
        }
        let v3 = std::fs::read_to_string(format!("{ROOT}/examples/{name}")).unwrap();
        assert!(v3.contains("\"version\": 3"), "{name}");
        assert_eq!(
            a,
            assess(&parse_draft(&v3).unwrap().draft).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn each_example_gives_the_hand_worked_figures_through_the_checker() {
    for row in expected_rows() {
        let name = &row[0].1;
        let out = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
            .args(["check", &format!("{ROOT}/examples/{name}")])
            .output()
            .unwrap();
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        for (column, expected) in &row[1..] {
            assert_eq!(
                &as_text(&json[column.as_str()]),
                expected,
                "{name}: {column}"
            );
        }
        let code = if row[1].1 == "eligible" { 0 } else { 1 };
        assert_eq!(out.status.code(), Some(code), "{name}");
        assert!(json["checks"].as_array().is_some_and(|c| !c.is_empty()));
    }
}

#[test]
fn the_text_report_quotes_the_scheme_and_explains_each_figure() {
    let out = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args([
            "check",
            &format!("{ROOT}/examples/not-eligible.json"),
            "--text",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text.contains("Verdict : Non éligible"));
    assert!(
        text.contains("« La preuve de concept devra être réalisée, au maximum, en six (6) mois. »")
    );
    // In French, the check by its French title; its id in a column of its own.
    assert!(text.contains("[ÉCHEC] Durée maximale — "), "{text}");
    assert!(text.contains(" [duration]\n"), "{text}");
    assert!(!text.contains("[ÉCHEC] duration"), "{text}");
    assert!(text.contains("50\u{a0}% × 6\u{202f}000,00\u{a0}€ = 3\u{202f}000,00\u{a0}€"));
    assert!(text.contains("Portée par Éditeur Devis+ (Paris), hors de Normandie."));

    let english = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args([
            "check",
            &format!("{ROOT}/examples/eligible.json"),
            "--text",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(english.stdout).unwrap();
    assert!(text.contains("Verdict: Eligible"), "{text}");
    assert!(text.contains("€7,750.00"));
}

#[test]
fn an_invalid_draft_exits_2_naming_the_field() {
    let dir = std::env::temp_dir().join(format!("booster-ia-invalid-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut v: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{ROOT}/examples/eligible.json")).unwrap(),
    )
    .unwrap();
    v["budget"][1]["amount"] = Value::String("-5".into());
    let path = dir.join("invalid.json");
    std::fs::write(&path, v.to_string()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args(["check", path.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("budget[1].amount: an amount cannot be negative"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());

    let missing = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args(["check", dir.join("absent.json").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let usage = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn the_checker_says_which_stated_figures_differ() {
    let dir = std::env::temp_dir().join(format!("booster-ia-stated-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(format!("{ROOT}/examples/eligible.json")).unwrap();
    let draft = parse_draft(&text).unwrap().draft;
    let exported = booster_ia::export_draft(&draft, &assess(&draft).unwrap());
    let mut v: Value = serde_json::from_str(&exported).unwrap();
    v["assessment"]["grant"] = Value::String("12500.00".into());
    let path = dir.join("tampered.json");
    std::fs::write(&path, v.to_string()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args(["check", path.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["grant"], "7750.00");
    assert_eq!(json["differences_from_draft"][0]["figure"], "grant");
    assert_eq!(json["differences_from_draft"][0]["stated"], "12500.00");
    assert!(String::from_utf8(out.stderr).unwrap().contains("grant"));
    // An untouched export differs in nothing.
    std::fs::write(&path, &exported).unwrap();
    let clean = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&clean.stdout).unwrap();
    assert_eq!(json["differences_from_draft"], Value::Array(vec![]));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn the_checker_compares_scenarios_and_names_the_rule_behind_each_difference() {
    let dir = std::env::temp_dir().join(format!("booster-ia-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let eligible = format!("{ROOT}/examples/eligible.json");
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&eligible).unwrap()).unwrap();
    // Scenario B: the project ends a month later than the six months allow.
    v["timeline"]["end"] = Value::String("2027-08-31".into());
    let longer = dir.join("longer.json");
    std::fs::write(&longer, v.to_string()).unwrap();

    let out = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args(["compare", &eligible, longer.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "differences exit 1");
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["scenarios"], serde_json::json!(["A", "B"]));
    let differing: Vec<&Value> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["differs"] == Value::Bool(true))
        .collect();
    let keys: Vec<&str> = differing
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "verdict",
            "grant",
            "advance",
            "balance",
            "own_share",
            "duration"
        ]
    );
    for row in &differing {
        let sources: Vec<&str> = row["causes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["source"].as_str().unwrap())
            .collect();
        assert!(sources.contains(&"duration"), "{}: {sources:?}", row["key"]);
    }
    let verdict = &differing[0];
    assert_eq!(
        verdict["values"],
        serde_json::json!(["eligible", "not_eligible"])
    );
    assert_eq!(verdict["cells"][1]["fr"], "Non éligible");
    // A check whose status is unchanged but whose facts differ: the cells
    // show the facts, so a row that differs never shows equal cells.
    v["budget"][1]["amount"] = Value::String("20000.00".into());
    let dearer = dir.join("dearer.json");
    std::fs::write(&dearer, v.to_string()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args(["compare", &eligible, dearer.to_str().unwrap()])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = json["rows"].as_array().unwrap();
    let costs = rows
        .iter()
        .find(|r| r["kind"] == "check" && r["key"] == "eligible-costs")
        .unwrap();
    assert_eq!(costs["differs"], true);
    assert_eq!(costs["values"], serde_json::json!(["pass", "pass"]));
    assert_eq!(
        costs["cells"][1]["en"],
        "Pass — Eligible costs: €25,500.00."
    );
    for row in rows {
        for lang in ["fr", "en"] {
            let cells: Vec<&Value> = row["cells"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| &c[lang])
                .collect();
            assert_eq!(row["differs"], cells[0] != cells[1], "{}", row["key"]);
        }
    }

    let text = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args([
            "compare",
            &eligible,
            longer.to_str().unwrap(),
            "--text",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    let report = String::from_utf8(text.stdout).unwrap();
    assert!(
        report.contains("Regional grant: A €7,750.00 | B €0.00"),
        "{report}"
    );
    assert!(
        report.contains("← Rule “Longest duration” [duration]"),
        "{report}"
    );
    assert!(report
        .contains("« La preuve de concept devra être réalisée, au maximum, en six (6) mois. »"));

    let same = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args(["compare", &eligible, &eligible])
        .output()
        .unwrap();
    assert_eq!(same.status.code(), Some(0), "no difference exits 0");
    let one = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args(["compare", &eligible])
        .output()
        .unwrap();
    assert_eq!(
        one.status.code(),
        Some(2),
        "a single draft is a usage error"
    );
    std::fs::remove_dir_all(dir).ok();
}
