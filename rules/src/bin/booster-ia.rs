//! `booster-ia check DRAFT.json [--text] [--lang fr|en]`: verifies a draft.
//! Exit 0 eligible, 1 not eligible or incomplete, 2 invalid draft or usage.

use booster_ia::format::MAX_FILE_BYTES;
use booster_ia::report::{differences, text_report};
use booster_ia::{assess, parse_draft, Lang, Verdict};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: booster-ia check DRAFT.json [--text] [--lang fr|en]\n\
  Prints the assessment of a Booster IA draft (format v1) as JSON, or a readable report with --text.\n\
  Exit status: 0 eligible, 1 not eligible or incomplete, 2 invalid draft.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = None;
    let mut text = false;
    let mut lang = Lang::Fr;
    let mut rest = args.iter();
    match rest.next().map(String::as_str) {
        Some("check") => {}
        Some("--help") | Some("-h") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--text" => text = true,
            "--lang" => match rest.next().map(String::as_str) {
                Some("fr") => lang = Lang::Fr,
                Some("en") => lang = Lang::En,
                _ => {
                    eprintln!("--lang takes fr or en\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            _ if path.is_none() && !arg.starts_with("--") => path = Some(arg.clone()),
            _ => {
                eprintln!("unexpected argument {arg:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(path) = path else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let content = match read_bounded(&path) {
        Ok(content) => content,
        Err(message) => {
            eprintln!("{path}: {message}");
            return ExitCode::from(2);
        }
    };
    let file = match parse_draft(&content) {
        Ok(file) => file,
        Err(e) => {
            eprintln!("{path}: {}", e.message(lang));
            return ExitCode::from(2);
        }
    };
    let assessment = match assess(&file.draft) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{path}: {e}");
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
            lang.pick("le chiffre", "figure"),
            d.figure,
            lang.pick("le brouillon indique", "the draft states"),
            d.stated,
            lang.pick("les règles donnent", "the rules give"),
            d.recomputed
        );
    }
    if text {
        print!("{}", text_report(&file.draft, &assessment, lang));
        if !diffs.is_empty() {
            println!();
            println!(
                "{}",
                lang.pick(
                    "L’évaluation inscrite dans le brouillon diffère du recalcul :",
                    "The assessment written in the draft differs from the recomputation:"
                )
            );
            for d in &diffs {
                println!("- {} : {} → {}", d.figure, d.stated, d.recomputed);
            }
        }
    } else {
        let mut value = serde_json::to_value(&assessment).expect("plain data");
        if let Some(map) = value.as_object_mut() {
            map.insert(
                "differences_from_draft".into(),
                serde_json::to_value(&diffs).expect("plain data"),
            );
        }
        println!(
            "{}",
            serde_json::to_string_pretty(&value).expect("plain data")
        );
    }
    if assessment.verdict == Verdict::Eligible {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Reads the file, refusing anything over the format's size limit before
/// reading it whole.
fn read_bounded(path: &str) -> Result<String, String> {
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
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())
}
