//! `booster-ia check-all`: a folder of drafts (nested, with invalid and
//! unreadable files) gives one row per file with the same figures as
//! `booster-ia check`, a summary whose sums are those figures added, a CSV a
//! French spreadsheet opens, and exit 0 only when every draft is valid.

use serde_json::Value;
use std::path::{Path, PathBuf};

mod cli;
use cli::ROOT;

/// A fresh folder: the examples, the English ones in a nested folder, and
/// optionally a broken file and a draft of an unknown version.
fn folder(name: &str, with_invalid: bool) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "booster-ia-check-all-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("en")).unwrap();
    for entry in std::fs::read_dir(format!("{ROOT}/examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    for entry in std::fs::read_dir(format!("{ROOT}/examples/en")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join("en").join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.join("notes.txt"), "not a draft, not read").unwrap();
    if with_invalid {
        std::fs::write(dir.join("broken.json"), "{ not json").unwrap();
        std::fs::copy(
            format!("{ROOT}/tests/hostile/wrong-version.json"),
            dir.join("wrong-version.json"),
        )
        .unwrap();
    }
    dir
}

/// Exit code and standard output.
fn run(args: &[&str]) -> (i32, String) {
    let (code, out, _) = cli::run(args);
    (code, out)
}

/// `booster-ia check FILE` as JSON (exit 0 or 1).
fn checked(path: &Path) -> Value {
    let (_, out) = run(&["check", path.to_str().unwrap()]);
    serde_json::from_str(&out).unwrap()
}

#[test]
fn each_draft_is_a_row_with_the_checkers_figures_and_the_summary_adds_them() {
    let dir = folder("json", true);
    let (code, out) = run(&["check-all", dir.to_str().unwrap(), "--json"]);
    assert_eq!(code, 2, "an invalid file makes the run exit 2");
    let report: Value = serde_json::from_str(&out).unwrap();
    let rows = report["drafts"].as_array().unwrap();
    // Five examples, four English ones (nested), two invalid files; the .txt is not read.
    assert_eq!(rows.len(), 11);
    let files: Vec<&str> = rows.iter().map(|r| r["file"].as_str().unwrap()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted, "in name order");
    let mut grants = rust_decimal::Decimal::ZERO;
    let mut advances = rust_decimal::Decimal::ZERO;
    for r in rows {
        let path = Path::new(r["file"].as_str().unwrap());
        if let Some(error) = r["error"].as_str() {
            assert!(r["verdict"].is_null());
            assert!(
                error.contains("version") || error.contains("JSON"),
                "{error}"
            );
            continue;
        }
        let c = checked(path);
        let figures = booster_ia::Figure::in_check_all().map(|(f, _)| f.code());
        for key in std::iter::once("verdict").chain(figures) {
            assert_eq!(r[key], c[key], "{}: {key}", path.display());
        }
        let failing: Vec<&str> = c["checks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|k| k["status"] == "fail" || k["status"] == "missing")
            .map(|k| k["id"].as_str().unwrap())
            .collect();
        let listed: Vec<&str> = r["checks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(listed, failing, "{}", path.display());
        grants += c["grant"]
            .as_str()
            .unwrap()
            .parse::<rust_decimal::Decimal>()
            .unwrap();
        advances += c["advance"]
            .as_str()
            .unwrap()
            .parse::<rust_decimal::Decimal>()
            .unwrap();
    }
    let s = &report["summary"];
    assert_eq!(s["drafts"], 11);
    assert_eq!(s["invalid"], 2);
    assert_eq!(
        s["eligible"].as_u64().unwrap()
            + s["not_eligible"].as_u64().unwrap()
            + s["incomplete"].as_u64().unwrap(),
        9
    );
    assert_eq!(s["grants"], format!("{grants:.2}"));
    assert_eq!(s["advances"], format!("{advances:.2}"));
}

#[test]
fn every_valid_draft_exits_0_and_the_table_says_the_totals() {
    let dir = folder("table", false);
    let (code, out) = run(&["check-all", dir.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("file "), "{out}");
    assert!(out.contains("9 drafts: "), "{out}");
    assert!(out.contains("Vision-based defect detecti"), "{out}");
    // A missing file is a row too, not the end of the run.
    let missing = dir.join("absent.json");
    let (code, out) = run(&[
        "check-all",
        dir.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(out.contains("INVALIDE"), "{out}");
    assert!(out.contains("10 brouillons : "), "{out}");
}

#[test]
fn the_french_csv_opens_in_a_french_spreadsheet_and_the_english_one_elsewhere() {
    let dir = folder("csv", true);
    let csv_fr = dir.join("report-fr.csv");
    let (code, out) = run(&[
        "check-all",
        dir.to_str().unwrap(),
        "--csv",
        csv_fr.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "the CSV goes to its file");
    let bytes = std::fs::read(&csv_fr).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark"
    );
    let text = String::from_utf8(bytes).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "fichier");
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 11);
    let eligible = records
        .iter()
        .find(|r| r[0].ends_with("/eligible.json") && !r[0].contains("/en/"))
        .unwrap();
    assert_eq!(&eligible[3], "Éligible");
    assert_eq!(&eligible[6], "7750,00", "decimal comma");
    let broken = records
        .iter()
        .find(|r| r[0].ends_with("broken.json"))
        .unwrap();
    assert!(!broken[9].is_empty(), "why it is invalid");

    let csv_en = dir.join("report-en.csv");
    run(&[
        "check-all",
        dir.to_str().unwrap(),
        "--csv",
        csv_en.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    let text = std::fs::read_to_string(&csv_en).unwrap();
    assert!(!text.starts_with('\u{feff}'));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(&reader.headers().unwrap()[6], "grant");
    let eligible = reader
        .records()
        .map(|r| r.unwrap())
        .find(|r| r[0].ends_with("/eligible.json") && !r[0].contains("/en/"))
        .unwrap();
    assert_eq!(&eligible[6], "7750.00");
    // A title with the separator and quotes is quoted as RFC 4180 says.
    let tricky = dir.join("tricky.json");
    let mut draft: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{ROOT}/examples/eligible.json")).unwrap(),
    )
    .unwrap();
    draft["project"]["title"] = Value::from("Vision; \"défauts\", lot 2");
    std::fs::write(&tricky, draft.to_string()).unwrap();
    run(&[
        "check-all",
        tricky.to_str().unwrap(),
        "--csv",
        csv_fr.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&csv_fr).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[1], "Vision; \"défauts\", lot 2");
}
