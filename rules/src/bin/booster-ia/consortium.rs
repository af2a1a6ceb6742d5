//! The consortium's commands: `part` (one partner's part of a draft),
//! `merge` (partners' parts into the lead's draft) and `lines` (budget lines
//! to and from a spreadsheet, and the assessment as one). Arguments and exit
//! codes only: the work is the library's (`part`, `merge`, `lines_csv`).

use crate::{load, read_bounded, USAGE};
use booster_ia::consortium::merge::{apply_merge, plan_merge};
use booster_ia::consortium::part::{parse_part, part_json};
use booster_ia::lines_csv::{assessment_csv, decode_sheet, lines_csv, read_lines_csv, with_lines};
use booster_ia::report::merge_report;
use booster_ia::text::{Counted, ReportWord};
use booster_ia::{assess, export_draft, parse_draft, text, Date, Draft, Lang};
use std::process::ExitCode;

/// The options of the consortium's commands.
#[derive(Default)]
struct Options {
    paths: Vec<String>,
    output: Option<String>,
    partner: Option<String>,
    accept_conflicts: bool,
    csv: Option<String>,
    from_csv: Option<String>,
    assessment_csv: Option<String>,
    lang: Lang,
}

fn usage(message: &str) -> ExitCode {
    eprintln!("{message}\n{USAGE}");
    ExitCode::from(2)
}

fn parse_options(command: &str, args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| {
            rest.next()
                .cloned()
                .ok_or_else(|| format!("{name} takes a value"))
        };
        match (command, arg.as_str()) {
            (_, "-o" | "--output") => o.output = Some(value(arg)?),
            (_, "--lang") => {
                o.lang = match value(arg)?.as_str() {
                    "fr" => Lang::Fr,
                    "en" => Lang::En,
                    _ => return Err("--lang takes fr or en".into()),
                }
            }
            ("part", "--partner") => o.partner = Some(value(arg)?),
            ("merge", "--accept-conflicts") => o.accept_conflicts = true,
            ("lines", "--csv") => o.csv = Some(value(arg)?),
            ("lines", "--from-csv") => o.from_csv = Some(value(arg)?),
            ("lines", "--assessment-csv") => o.assessment_csv = Some(value(arg)?),
            (_, a) if !a.starts_with('-') || a == "-" => o.paths.push(arg.clone()),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    Ok(o)
}

/// Runs `part`, `merge` or `lines`.
pub fn run(command: &str, args: &[String]) -> ExitCode {
    let o = match parse_options(command, args) {
        Ok(o) => o,
        Err(message) => return usage(&message),
    };
    match command {
        "part" => part(&o),
        "merge" => merge(&o),
        _ => lines(&o),
    }
}

/// Today, from the system clock (UTC).
fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| (d.as_secs() / 86_400) as i64)
        .unwrap_or(0);
    Date::from_days_since_epoch(days).unwrap_or_else(|| Date::new(1970, 1, 1).expect("a date"))
}

/// Writes `content` to `path`, or says why it could not (exit 2).
fn write(path: &str, content: &str) -> Result<(), ExitCode> {
    std::fs::write(path, content).map_err(|e| {
        eprintln!("{path}: {e}");
        ExitCode::from(2)
    })
}

/// The draft of `path`, or the message (exit 2).
fn draft_of(path: &str, lang: Lang) -> Result<Draft, ExitCode> {
    load(path, lang).map(|(file, _)| file.draft).map_err(|m| {
        eprintln!("{m}");
        ExitCode::from(2)
    })
}

/// `booster-ia part DRAFT.json --partner ID -o PART.json`.
fn part(o: &Options) -> ExitCode {
    let ([path], Some(id), Some(output)) = (o.paths.as_slice(), &o.partner, &o.output) else {
        return usage("part takes DRAFT.json, --partner ID and -o PART.json");
    };
    let draft = match draft_of(path, o.lang) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let Some(json) = part_json(&draft, id, today()) else {
        let known: Vec<String> = draft
            .partners
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{} ({})", p.id, text::partner_label(&p.name, i + 1, o.lang)))
            .collect();
        eprintln!(
            "{path}: {} {id:?}{} {}",
            text::report_word(ReportWord::NoPartner, o.lang),
            text::report_word(ReportWord::Partners, o.lang),
            known.join(", ")
        );
        return ExitCode::from(2);
    };
    if let Err(code) = write(output, &json) {
        return code;
    }
    let lines = draft.budget.iter().filter(|l| l.partner == *id).count();
    println!(
        "{output}: {} {} ({lines} {})",
        text::report_word(ReportWord::PartOf, o.lang),
        draft
            .partners
            .iter()
            .position(|p| p.id == *id)
            .map(|i| text::partner_label(&draft.partners[i].name, i + 1, o.lang))
            .unwrap_or_default(),
        text::counted(Counted::Line, lines, o.lang)
    );
    ExitCode::SUCCESS
}

/// `booster-ia merge DRAFT.json PART.json... -o OUT.json [--accept-conflicts]`.
/// Exit 2 on an invalid file, 1 on a conflict unless accepted, 0 otherwise.
fn merge(o: &Options) -> ExitCode {
    let ([draft_path, part_paths @ ..], Some(output)) = (o.paths.as_slice(), &o.output) else {
        return usage("merge takes DRAFT.json, at least one PART.json and -o OUT.json");
    };
    if part_paths.is_empty() {
        return usage("merge takes DRAFT.json, at least one PART.json and -o OUT.json");
    }
    let draft = match draft_of(draft_path, o.lang) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let mut parts = Vec::with_capacity(part_paths.len());
    for path in part_paths {
        let content = match read_bounded(path) {
            Ok(c) => c,
            Err(m) => {
                eprintln!("{path}: {m}");
                return ExitCode::from(2);
            }
        };
        match parse_part(&content) {
            Ok(part) => parts.push(part),
            Err(e) => {
                eprintln!("{path}: {}", e.message(o.lang));
                return ExitCode::from(2);
            }
        }
    }
    let plan = plan_merge(&draft, &parts);
    for (i, path) in part_paths.iter().enumerate() {
        println!(
            "{} {} = {path}",
            text::report_word(ReportWord::Part, o.lang),
            i + 1
        );
    }
    println!();
    print!("{}", merge_report(&plan, o.lang));
    if plan.has_conflicts() && !o.accept_conflicts {
        eprintln!(
            "{}",
            text::report_word(ReportWord::ConflictsStopMerge, o.lang)
        );
        return ExitCode::from(1);
    }
    save_draft(&apply_merge(&draft, &plan), output, o.lang)
}

/// Writes the draft as format v2 with its assessment; a draft the format
/// would refuse (over its limits) is not written.
fn save_draft(draft: &Draft, output: &str, lang: Lang) -> ExitCode {
    let assessment = match assess(draft) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{output}: {}", text::assess_error(&e, lang));
            return ExitCode::from(2);
        }
    };
    let json = export_draft(draft, &assessment);
    if let Err(e) = parse_draft(&json) {
        eprintln!("{output}: {}", e.message(lang));
        return ExitCode::from(2);
    }
    match write(output, &json) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// `booster-ia lines DRAFT.json --csv OUT.csv | --from-csv IN.csv -o OUT.json
/// | --assessment-csv OUT.csv`.
fn lines(o: &Options) -> ExitCode {
    let [path] = o.paths.as_slice() else {
        return usage("lines takes one DRAFT.json");
    };
    let wanted = [&o.csv, &o.from_csv, &o.assessment_csv]
        .iter()
        .filter(|x| x.is_some())
        .count();
    if wanted != 1 {
        return usage("lines takes one of --csv, --from-csv or --assessment-csv");
    }
    let (file, assessment) = match load(path, o.lang) {
        Ok(loaded) => loaded,
        Err(m) => {
            eprintln!("{m}");
            return ExitCode::from(2);
        }
    };
    let draft = file.draft;
    if let Some(out) = &o.csv {
        return match write(out, &lines_csv(&draft, o.lang)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => code,
        };
    }
    if let Some(out) = &o.assessment_csv {
        return match write(out, &assessment_csv(&draft, &assessment, o.lang)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => code,
        };
    }
    let (Some(input), Some(output)) = (&o.from_csv, &o.output) else {
        return usage("lines --from-csv IN.csv takes -o OUT.json");
    };
    let sheet = match read_sheet(input) {
        Ok(s) => s,
        Err(m) => {
            eprintln!("{input}: {m}");
            return ExitCode::from(2);
        }
    };
    let read = read_lines_csv(&sheet, &draft);
    if !read.problems.is_empty() {
        for p in &read.problems {
            eprintln!("{input}: {}", text::line_problem(p, o.lang));
        }
        let mut numbers: Vec<String> = read.problems.iter().map(|p| p.line.to_string()).collect();
        numbers.dedup();
        let at = text::counted(Counted::UnreadableAtLine, numbers.len(), o.lang);
        eprintln!(
            "{input}: {at} {} — {}",
            numbers.join(", "),
            text::report_word(ReportWord::NothingWritten, o.lang)
        );
        return ExitCode::from(2);
    }
    let count = read.lines.len();
    // Replacing: the reader already stops at the format's limit.
    let Some(replaced) = with_lines(&draft, &read.lines, false) else {
        return ExitCode::from(2);
    };
    let code = save_draft(&replaced, output, o.lang);
    if code == ExitCode::SUCCESS {
        println!(
            "{output}: {count} {}",
            text::counted(Counted::LineRead, count, o.lang)
        );
    }
    code
}

/// A spreadsheet file, bounded like a draft, in UTF-8 or Windows-1252.
fn read_sheet(path: &str) -> Result<String, String> {
    crate::read_bounded_bytes(path).map(|bytes| decode_sheet(&bytes))
}
