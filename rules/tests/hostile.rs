//! The hostile import corpus of tests/hostile (and the large cases built
//! here, never committed) goes through the `booster-ia` checker: each exits
//! with status 2 and a message naming the problem's field path.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn run_checker(path: &Path) -> (Option<i32>, String, Vec<u8>) {
    let out = Command::new(env!("CARGO_BIN_EXE_booster-ia"))
        .args(["check", path.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.stdout,
    )
}

fn assert_rejected(path: &Path, field: &str) {
    let (code, stderr, stdout) = run_checker(path);
    let name = path.file_name().unwrap().to_string_lossy();
    assert_eq!(code, Some(2), "{name}: {stderr}");
    assert!(stdout.is_empty(), "{name}: nothing on stdout");
    assert!(
        stderr.lines().count() <= 2,
        "{name}: one clear message, got {stderr}"
    );
    if !field.is_empty() {
        assert!(
            stderr.contains(&format!("{field}:")),
            "{name}: message should name {field}: {stderr}"
        );
    }
}

#[test]
fn every_small_hostile_draft_is_rejected_naming_its_field() {
    let dir = PathBuf::from(ROOT).join("tests/hostile");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let cases = expected.as_object().unwrap();
    assert!(cases.len() >= 20);
    for (name, field) in cases {
        assert_rejected(&dir.join(name), field.as_str().unwrap());
    }
}

#[test]
fn large_hostile_drafts_are_rejected_without_exhausting_anything() {
    let dir = std::env::temp_dir().join(format!("booster-ia-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let eligible: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{ROOT}/examples/eligible.json")).unwrap(),
    )
    .unwrap();

    let big = dir.join("fifty-megabytes.json");
    std::fs::write(
        &big,
        format!(
            "{{\"format\":\"booster-ia-draft\",\"title\":\"{}\"}}",
            "A".repeat(50 * 1024 * 1024)
        ),
    )
    .unwrap();
    let (code, stderr, _) = run_checker(&big);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("larger than 5000000 bytes"), "{stderr}");

    let deep = dir.join("nested-100000.json");
    std::fs::write(
        &deep,
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
    )
    .unwrap();
    let (code, stderr, _) = run_checker(&deep);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("nested too deeply"), "{stderr}");

    let mut partners = eligible.clone();
    let template = partners["partners"][1].clone();
    partners["partners"] = Value::Array(
        (0..10_000)
            .map(|i| {
                let mut p = template.clone();
                p["id"] = Value::String(format!("x{i}"));
                p
            })
            .collect(),
    );
    let many = dir.join("ten-thousand-partners.json");
    std::fs::write(&many, partners.to_string()).unwrap();
    assert_rejected(&many, "partners");

    let mut lines = eligible.clone();
    let line = lines["budget"][0].clone();
    lines["budget"] = Value::Array(
        (0..5_001)
            .map(|i| {
                let mut l = line.clone();
                l["id"] = Value::String(format!("l{i}"));
                l
            })
            .collect(),
    );
    let too_many = dir.join("too-many-lines.json");
    std::fs::write(&too_many, lines.to_string()).unwrap();
    assert_rejected(&too_many, "budget");
    std::fs::remove_dir_all(dir).ok();
}
