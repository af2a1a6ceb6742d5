//! `booster-ia check DRAFT.json [--text] [--lang fr|en]`: verifies a draft.
//! Exit 0 eligible, 1 not eligible or incomplete, 2 invalid draft or usage.
//! `booster-ia compare A.json B.json [C.json]`: scenarios side by side.
//! Exit 0 no difference, 1 differences, 2 invalid draft or usage.
//! `booster-ia check-all PATH... [--csv FILE] [--json]`: every draft of files
//! and folders, one row each, then a summary. Exit 0 all valid, 2 otherwise.
//!
//! The consortium's way (`consortium.rs`): `booster-ia part DRAFT.json
//! --partner ID -o PART.json` writes one partner's part; `booster-ia merge
//! DRAFT.json PART.json... -o OUT.json [--accept-conflicts]` merges parts
//! into the lead's draft and prints the plan (exit 2 invalid file, 1
//! conflicts not accepted, 0 written); `booster-ia lines DRAFT.json --csv
//! OUT.csv | --from-csv IN.csv -o OUT.json | --assessment-csv OUT.csv` takes
//! budget lines to and from a spreadsheet (exit 2 when a line of IN.csv
//! cannot be read, nothing written).

mod check_all;
mod consortium;

use booster_ia::compare::{compare, Scenario, SCENARIO_NAMES};
use booster_ia::format::MAX_FILE_BYTES;
use booster_ia::report::{comparison_report, differences, text_report};
use booster_ia::text::{report_word, ReportWord};
use booster_ia::{assess, check_json, parse_draft, Assessment, DraftFile, Lang, Verdict};
use std::io::Read;
use std::process::ExitCode;

pub(crate) const USAGE: &str = "usage: booster-ia check DRAFT.json [--text] [--lang fr|en]\n\
  \x20      booster-ia compare A.json B.json [C.json] [--text] [--lang fr|en]\n\
  \x20      booster-ia check-all PATH... [--csv FILE] [--json] [--lang fr|en]\n\
  \x20      booster-ia part DRAFT.json --partner ID -o PART.json\n\
  \x20      booster-ia merge DRAFT.json PART.json... -o OUT.json [--accept-conflicts] [--lang fr|en]\n\
  \x20      booster-ia lines DRAFT.json --csv OUT.csv [--lang fr|en]\n\
  \x20      booster-ia lines DRAFT.json --from-csv IN.csv -o OUT.json [--lang fr|en]\n\
  \x20      booster-ia lines DRAFT.json --assessment-csv OUT.csv [--lang fr|en]\n\
  check-all: every draft of the files and folders (*.json, recursively): one row each (file,\n\
  title, lead, verdict, figures, failing or missing checks, or why it is invalid), then a summary;\n\
  a table, a CSV file (--csv) or JSON (--json). Exit status: 0 all valid, 2 any invalid.\n\
  check: prints the assessment of a Booster IA draft (format v1 or v2) as JSON, or a readable report\n\
  with --text. Exit status: 0 eligible, 1 not eligible or incomplete, 2 invalid draft.\n\
  compare: sets two or three drafts side by side (scenarios A, B, C): every figure and check,\n\
  and the rule or parameter behind each difference. Exit status: 0 no difference, 1 differences,\n\
  2 invalid draft.\n\
  part: writes one partner's part (its identity and budget lines, the draft's title, today's date)\n\
  for the lead to merge. Exit status: 0 written, 2 invalid draft or unknown partner.\n\
  merge: finds each part's partner in the draft (by SIRET, else by name, else adds it), replaces\n\
  its lines, prints what changes, the conflicts and the figures before and after, and writes the\n\
  merged draft (format v2). Exit status: 0 written, 1 conflicts (nothing written unless\n\
  --accept-conflicts; the draft's identity of each partner is kept), 2 invalid file.\n\
  lines: the budget lines as a spreadsheet (--csv; French: ';' and decimal commas, English: ','),\n\
  read back from one (--from-csv: they replace the draft's lines; exit status 2 listing the lines\n\
  that cannot be read, nothing written), or with each line's eligibility and the totals\n\
  (--assessment-csv).";

/// A draft read from a file and assessed, or the message to print.
pub(crate) fn load(path: &str, lang: Lang) -> Result<(DraftFile, Assessment), String> {
    let content = read_bounded(path).map_err(|m| format!("{path}: {m}"))?;
    let file = parse_draft(&content).map_err(|e| format!("{path}: {}", e.message(lang)))?;
    let assessment = assess(&file.draft).map_err(|e| format!("{path}: {e}"))?;
    Ok((file, assessment))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut paths = Vec::new();
    let mut text = false;
    let mut json = false;
    let mut csv: Option<String> = None;
    let mut lang = Lang::Fr;
    let mut rest = args.iter();
    let command = match rest.next().map(String::as_str) {
        Some(c @ ("check" | "compare" | "check-all")) => c.to_string(),
        Some(c @ ("part" | "merge" | "lines")) => return consortium::run(c, &args[1..]),
        Some("--help") | Some("-h") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--text" => text = true,
            "--json" if command == "check-all" => json = true,
            "--csv" if command == "check-all" => match rest.next() {
                Some(path) => csv = Some(path.clone()),
                None => {
                    eprintln!("--csv takes a file\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--lang" => match rest.next().map(String::as_str) {
                Some("fr") => lang = Lang::Fr,
                Some("en") => lang = Lang::En,
                _ => {
                    eprintln!("--lang takes fr or en\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            _ if !arg.starts_with("--") => paths.push(arg.clone()),
            _ => {
                eprintln!("unexpected argument {arg:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if command == "check-all" {
        if paths.is_empty() {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        return check_all::check_all(&paths, csv.as_deref(), json, lang);
    }
    let expected = if command == "check" { 1..=1 } else { 2..=3 };
    if !expected.contains(&paths.len()) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    if command == "compare" {
        return compare_files(&paths, text, lang);
    }
    let path = &paths[0];
    let (file, assessment) = match load(path, lang) {
        Ok(loaded) => loaded,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let diffs = file
        .stated_assessment
        .as_ref()
        .map(|stated| differences(stated, &assessment))
        .unwrap_or_default();
    for d in &diffs {
        eprintln!(
            "{path}: {} {}: {} {}, {} {}",
            report_word(ReportWord::Figure, lang),
            d.figure,
            report_word(ReportWord::DraftStates, lang),
            d.stated,
            report_word(ReportWord::RulesGive, lang),
            d.recomputed
        );
    }
    if text {
        print!("{}", text_report(&file.draft, &assessment, lang));
        if !diffs.is_empty() {
            println!();
            println!("{}", report_word(ReportWord::StatedDiffers, lang));
            for d in &diffs {
                println!("- {} : {} → {}", d.figure, d.stated, d.recomputed);
            }
        }
    } else {
        println!(
            "{}",
            serde_json::to_string_pretty(&check_json(&assessment, &diffs)).expect("plain data")
        );
    }
    if assessment.verdict == Verdict::Eligible {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `booster-ia compare`: the drafts as scenarios A, B, C side by side.
fn compare_files(paths: &[String], text: bool, lang: Lang) -> ExitCode {
    let mut loaded = Vec::new();
    for path in paths {
        match load(path, lang) {
            Ok(l) => loaded.push(l),
            Err(message) => {
                eprintln!("{message}");
                return ExitCode::from(2);
            }
        }
    }
    let scenarios: Vec<Scenario> = loaded
        .iter()
        .zip(SCENARIO_NAMES)
        .map(|((file, assessment), name)| Scenario {
            name,
            draft: &file.draft,
            assessment,
        })
        .collect();
    let comparison = compare(&scenarios);
    if text {
        for (name, path) in SCENARIO_NAMES.iter().zip(paths) {
            println!("{name} = {path}");
        }
        println!();
        print!("{}", comparison_report(&comparison, lang));
    } else {
        println!(
            "{}",
            serde_json::to_string_pretty(&comparison).expect("plain data")
        );
    }
    if comparison.differences().next().is_none() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The file's bytes, refusing anything over the format's size limit before
/// reading it whole.
pub(crate) fn read_bounded_bytes(path: &str) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "file larger than {MAX_FILE_BYTES} bytes (the draft format's limit)"
        ));
    }
    Ok(bytes)
}

/// The file as UTF-8 text, bounded as [`read_bounded_bytes`].
pub(crate) fn read_bounded(path: &str) -> Result<String, String> {
    String::from_utf8(read_bounded_bytes(path)?).map_err(|_| "not UTF-8 text".to_string())
}
