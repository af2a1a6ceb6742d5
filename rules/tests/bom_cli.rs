//! The same file reads the same everywhere: a draft, a part or a spreadsheet
//! saved with a UTF-8 byte-order mark (as Windows Notepad saves it) reads in
//! every command of the checker as the page reads it — as the same file
//! without the mark.

use serde_json::Value;
use std::path::{Path, PathBuf};

mod cli;
use cli::{example, p, run};

const BOM: &str = "\u{feff}";

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    cli::folder("bom", name)
}

/// A copy of `source` in `dir`, with a byte-order mark first.
fn with_bom(dir: &Path, source: &str, name: &str) -> PathBuf {
    let text = std::fs::read_to_string(source).unwrap();
    assert!(!text.starts_with(BOM));
    let path = dir.join(name);
    std::fs::write(&path, format!("{BOM}{text}")).unwrap();
    path
}

#[test]
fn check_and_compare_read_a_draft_with_a_byte_order_mark() {
    let dir = folder("check");
    let marked = with_bom(&dir, &example("eligible.json"), "notepad.json");
    let plain = run(&["check", &example("eligible.json")]);
    let read = run(&["check", p(&marked)]);
    assert_eq!(read.0, 0, "{}", read.2);
    assert_eq!(read.1, plain.1, "the same assessment");
    let text = run(&["check", p(&marked), "--text"]);
    assert_eq!(
        text.1,
        run(&["check", &example("eligible.json"), "--text"]).1
    );
    // Compared with the same file without the mark: no difference.
    let (code, _, err) = run(&["compare", p(&marked), &example("eligible.json")]);
    assert_eq!(code, 0, "{err}");
    // A mark before something that is not JSON is refused as that file would be.
    let broken = dir.join("broken.json");
    std::fs::write(&broken, format!("{BOM}{{ not json")).unwrap();
    let plain_broken = dir.join("plain-broken.json");
    std::fs::write(&plain_broken, "{ not json").unwrap();
    let (code, _, err) = run(&["check", p(&broken)]);
    let (_, _, plain_err) = run(&["check", p(&plain_broken)]);
    assert_eq!(code, 2);
    assert_eq!(
        err.replace(p(&broken), "FILE"),
        plain_err.replace(p(&plain_broken), "FILE"),
        "the same message, at the same place"
    );
}

#[test]
fn check_all_reads_a_draft_with_a_byte_order_mark() {
    let dir = folder("check-all");
    with_bom(&dir, &example("eligible.json"), "notepad.json");
    let (code, out, err) = run(&["check-all", p(&dir), "--json"]);
    assert_eq!(code, 0, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["drafts"][0]["verdict"], "eligible");
    assert_eq!(v["drafts"][0]["grant"], "7750.00");
    assert_eq!(v["summary"]["invalid"], 0);
}

#[test]
fn part_merge_and_lines_read_files_with_a_byte_order_mark() {
    let dir = folder("consortium");
    let draft = with_bom(&dir, &example("eligible.json"), "draft.json");
    // `part` from a marked draft.
    let plain_part = dir.join("plain-part.json");
    let (code, _, err) = run(&[
        "part",
        &example("eligible.json"),
        "--partner",
        "p2",
        "-o",
        p(&plain_part),
    ]);
    assert_eq!(code, 0, "{err}");
    let part = dir.join("part.json");
    let (code, _, err) = run(&["part", p(&draft), "--partner", "p2", "-o", p(&part)]);
    assert_eq!(code, 0, "{err}");
    // `merge` of a marked part into a marked draft: as the plain files give.
    let marked_part = with_bom(&dir, p(&part), "marked-part.json");
    let merged = dir.join("merged.json");
    let (code, out, err) = run(&["merge", p(&draft), p(&marked_part), "-o", p(&merged)]);
    assert_eq!(code, 0, "{out}{err}");
    let plain_merged = dir.join("plain-merged.json");
    let (code, plain_out, _) = run(&[
        "merge",
        &example("eligible.json"),
        p(&plain_part),
        "-o",
        p(&plain_merged),
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        out.replace(p(&marked_part), "PART"),
        plain_out.replace(p(&plain_part), "PART")
    );
    let figures = |path: &Path| run(&["check", p(path)]).1;
    assert_eq!(figures(&merged), figures(&plain_merged));
    // `lines` from a marked draft, and back from a marked English spreadsheet
    // (the French one is written with its mark already).
    let sheet = dir.join("lines.csv");
    let (code, _, err) = run(&["lines", p(&draft), "--csv", p(&sheet), "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    let marked_sheet = with_bom(&dir, p(&sheet), "marked-lines.csv");
    let out = dir.join("from-csv.json");
    let (code, stdout, err) = run(&[
        "lines",
        p(&draft),
        "--from-csv",
        p(&marked_sheet),
        "-o",
        p(&out),
    ]);
    assert_eq!(code, 0, "{stdout}{err}");
    // Lines read from a spreadsheet get fresh ids: the figures are the same.
    let sums = |json: String| {
        let v: Value = serde_json::from_str(&json).unwrap();
        ["verdict", "total_costs", "eligible_costs", "grant"].map(|k| v[k].clone())
    };
    assert_eq!(
        sums(figures(&out)),
        sums(run(&["check", &example("eligible.json")]).1)
    );
}

#[test]
fn the_french_check_all_names_failing_checks_by_their_french_title() {
    let dir = folder("titles");
    std::fs::copy(example("not-eligible.json"), dir.join("not-eligible.json")).unwrap();
    let csv = dir.join("report.csv");
    let (_, _, err) = run(&["check-all", p(&dir), "--csv", p(&csv)]);
    assert!(err.is_empty(), "{err}");
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches(BOM).as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[8], "vérifications non conformes ou à compléter");
    assert_eq!(&headers[10], "identifiants des vérifications");
    let row = reader.records().next().unwrap().unwrap();
    // The checks by their French titles; the ids in their own column.
    assert!(row[8].contains("Durée maximale"), "{:?}", &row[8]);
    assert!(!row[8].contains("duration"), "{:?}", &row[8]);
    assert!(
        row[10].split(' ').any(|id| id == "duration"),
        "{:?}",
        &row[10]
    );
    assert_eq!(
        row[8].split(" ; ").count(),
        row[10].split(' ').count(),
        "one title per id"
    );
    // The French table too; the English one in English.
    let (_, table, _) = run(&["check-all", p(&dir)]);
    assert!(table.contains("Durée maximale"), "{table}");
    assert!(!table.contains(" duration"), "{table}");
    let (_, table, _) = run(&["check-all", p(&dir), "--lang", "en"]);
    assert!(table.contains("Longest duration"), "{table}");
    // The JSON, for programs, keeps the ids.
    let (_, json, _) = run(&["check-all", p(&dir), "--json"]);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert!(v["drafts"][0]["checks"]
        .as_array()
        .unwrap()
        .contains(&Value::from("duration")));
}

#[test]
fn the_library_drops_one_leading_mark_for_drafts_parts_and_spreadsheets() {
    use booster_ia::format::without_bom;
    let text = std::fs::read_to_string(example("eligible.json")).unwrap();
    let marked = format!("{BOM}{text}");
    assert_eq!(without_bom(&marked), text);
    assert_eq!(without_bom(&text), text);
    // The page and the checker both read through `parse_draft` and `parse_part`.
    let plain = booster_ia::parse_draft(&text).unwrap();
    assert_eq!(booster_ia::parse_draft(&marked).unwrap().draft, plain.draft);
    let exported = booster_ia::date::Date::new(2027, 1, 10).unwrap();
    let part = booster_ia::consortium::part::part_json(&plain.draft, "p2", exported).unwrap();
    let read = booster_ia::consortium::part::parse_part(&format!("{BOM}{part}")).unwrap();
    assert_eq!(
        read,
        booster_ia::consortium::part::parse_part(&part).unwrap()
    );
    // Only one mark, first: a mark inside the text is still not JSON.
    assert!(booster_ia::parse_draft(&format!("{BOM}{BOM}{text}")).is_err());
    assert!(booster_ia::parse_draft(&format!(" {BOM}{text}")).is_err());
}
