//! `booster-ia check-all PATH...`: every draft of files and folders (`*.json`,
//! recursively, in name order), one row each — file, title, lead, verdict,
//! figures, the checks that fail or are missing, or why it is invalid —, then
//! a summary. A readable table, `--csv FILE` or `--json`. An invalid or
//! unreadable file is a row, never the end of the run. The table and the CSV
//! name checks by their title in the report's language (the CSV keeps their
//! ids in a last column of their own); the JSON by their ids.

use crate::load;
use booster_ia::draft::Role;
use booster_ia::money::format_amount;
use booster_ia::{text, Figure, Lang, RuleId, Status, Verdict};
use rust_decimal::Decimal;
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// One draft's row: its figures, or why it could not be read.
struct Row {
    file: String,
    title: String,
    lead: String,
    verdict: Option<&'static str>,
    /// The figures `check-all` shows ([`Figure::in_check_all`]), in order;
    /// none for an invalid file.
    figures: Vec<Decimal>,
    /// The rule ids of the checks that fail or are missing.
    checks: Vec<&'static str>,
    /// The same checks, for their titles.
    failing: Vec<RuleId>,
    /// Why the file is not a valid draft (the message `check` gives).
    error: Option<String>,
    money: Option<(Decimal, Decimal)>,
    verdict_kind: Option<Verdict>,
}

impl Row {
    /// Its figures in the draft format's spelling (`"7750.00"`), `None` for an invalid file.
    fn amounts(&self) -> impl Iterator<Item = (Figure, Option<String>)> + '_ {
        Figure::in_check_all()
            .enumerate()
            .map(|(i, (figure, _))| (figure, self.figures.get(i).map(|v| format_amount(*v))))
    }
}

/// A row as `--json` writes it: file, title, lead, verdict, the figures by
/// their keys, the failing checks' ids, the error.
impl Serialize for Row {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("file", &self.file)?;
        out.serialize_entry("title", &self.title)?;
        out.serialize_entry("lead", &self.lead)?;
        out.serialize_entry("verdict", &self.verdict)?;
        for (figure, amount) in self.amounts() {
            out.serialize_entry(figure.code(), &amount)?;
        }
        out.serialize_entry("checks", &self.checks)?;
        out.serialize_entry("error", &self.error)?;
        out.end()
    }
}

/// The totals of a run: a report's sums, not a rule (every figure in them
/// comes from the engine, added exactly with Decimal).
#[derive(Serialize)]
struct Summary {
    drafts: usize,
    eligible: usize,
    not_eligible: usize,
    incomplete: usize,
    invalid: usize,
    grants: String,
    advances: String,
}

/// The JSON output: every row, then the summary.
#[derive(Serialize)]
struct Report<'a> {
    drafts: &'a [Row],
    summary: &'a Summary,
}

/// Every `*.json` under the paths (a file named directly is taken whatever
/// its name), sorted within each folder; a path that does not exist is kept
/// so that it becomes an error row.
fn drafts_under(paths: &[String]) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(_) => {
                out.push(dir.to_path_buf());
                return;
            }
        };
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    for path in paths {
        let path = Path::new(path);
        if path.is_dir() {
            walk(path, &mut out);
        } else {
            out.push(path.to_path_buf());
        }
    }
    out
}

fn row(path: &Path, lang: Lang) -> Row {
    let file = path.display().to_string();
    match load(&file, lang) {
        Ok((draft_file, a)) => {
            let d = &draft_file.draft;
            let failing: Vec<RuleId> = a
                .checks
                .iter()
                .filter(|c| matches!(c.status, Status::Fail | Status::Missing))
                .map(|c| c.id)
                .collect();
            let lead = d
                .partners
                .iter()
                .enumerate()
                .find(|(_, p)| p.role == Role::Lead)
                .map(|(i, p)| text::partner_label(&p.name, i + 1, lang))
                .unwrap_or_default();
            Row {
                file,
                title: d.project.title.trim().to_string(),
                lead,
                verdict: Some(a.verdict.code()),
                figures: Figure::in_check_all().map(|(f, _)| a.money(f)).collect(),
                checks: failing.iter().map(|id| id.code()).collect(),
                failing,
                error: None,
                money: Some((a.grant, a.advance)),
                verdict_kind: Some(a.verdict),
            }
        }
        Err(message) => Row {
            file: file.clone(),
            title: String::new(),
            lead: String::new(),
            verdict: None,
            figures: Vec::new(),
            checks: Vec::new(),
            failing: Vec::new(),
            // `load` prefixes the path, already in its own column.
            error: Some(
                message
                    .strip_prefix(&format!("{file}: "))
                    .unwrap_or(&message)
                    .to_string(),
            ),
            money: None,
            verdict_kind: None,
        },
    }
}

fn summary(rows: &[Row]) -> Summary {
    let count = |v: Verdict| rows.iter().filter(|r| r.verdict_kind == Some(v)).count();
    let (grants, advances) = rows
        .iter()
        .filter_map(|r| r.money)
        .fold((Decimal::ZERO, Decimal::ZERO), |(g, a), (rg, ra)| {
            (g + rg, a + ra)
        });
    Summary {
        drafts: rows.len(),
        eligible: count(Verdict::Eligible),
        not_eligible: count(Verdict::NotEligible),
        incomplete: count(Verdict::Incomplete),
        invalid: rows.iter().filter(|r| r.error.is_some()).count(),
        grants: format_amount(grants),
        advances: format_amount(advances),
    }
}

/// An amount as the language writes it in a spreadsheet: `1234,50` in French.
fn spreadsheet_amount(amount: &Option<String>, lang: Lang) -> String {
    let plain = amount.clone().unwrap_or_default();
    plain.replace('.', &lang.csv().numbers().decimal.to_string())
}

/// The columns' names: file, title, lead, verdict, the figures, checks,
/// error, check ids (the names the assessment's spreadsheet uses too).
fn headers(lang: Lang) -> Vec<&'static str> {
    use text::SheetColumn as C;
    let figures = Figure::in_check_all().map(|(f, _)| C::Figure(f));
    [C::File, C::Title, C::Lead, C::Verdict]
        .into_iter()
        .chain(figures)
        .chain([C::Checks, C::Error, C::CheckIds])
        .map(|c| text::sheet_column(c, lang))
        .collect()
}

/// The failing or missing checks by their titles: « Durée maximale ; Structures normandes ».
fn check_titles(r: &Row, lang: Lang) -> String {
    let titles: Vec<&str> = r
        .failing
        .iter()
        .map(|id| text::rule_title(*id, lang))
        .collect();
    titles.join(" ; ")
}

fn verdict_words(r: &Row, lang: Lang) -> String {
    match r.verdict_kind {
        Some(v) => text::verdict_label(v, lang).to_string(),
        None => text::report_word(text::ReportWord::Invalid, lang).to_string(),
    }
}

/// Writes the CSV: RFC 4180; in French with a byte-order mark, `;` and
/// decimal commas so a French spreadsheet opens it as numbers; in English `,`
/// and points.
fn write_csv(path: &str, rows: &[Row], lang: Lang) -> Result<(), String> {
    let mut file = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
    if lang.csv().byte_order_mark() {
        file.write_all("\u{feff}".as_bytes())
            .map_err(|e| format!("{path}: {e}"))?;
    }
    let mut out = csv::WriterBuilder::new()
        .delimiter(lang.csv().delimiter())
        .from_writer(file);
    let fail = |e: csv::Error| format!("{path}: {e}");
    out.write_record(headers(lang)).map_err(fail)?;
    for r in rows {
        let head = [
            r.file.clone(),
            r.title.clone(),
            r.lead.clone(),
            verdict_words(r, lang),
        ];
        let figures = r.amounts().map(|(_, a)| spreadsheet_amount(&a, lang));
        let tail = [
            check_titles(r, lang),
            r.error.clone().unwrap_or_default(),
            r.checks.join(" "),
        ];
        out.write_record(head.into_iter().chain(figures).chain(tail))
            .map_err(fail)?;
    }
    out.flush().map_err(|e| format!("{path}: {e}"))
}

/// The readable table and summary.
fn table(rows: &[Row], s: &Summary, lang: Lang) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let h = headers(lang);
    let cut = |text: &str, width: usize| -> String {
        let mut t: String = text.chars().take(width).collect();
        if text.chars().count() > width {
            t.pop();
            t.push('…');
        }
        t
    };
    // The figures' columns, right-aligned, each as wide as its declaration says.
    let figure_cells = |cells: &mut dyn Iterator<Item = String>| -> String {
        Figure::in_check_all()
            .zip(cells)
            .map(|((_, width), cell)| format!(" {cell:>width$}"))
            .collect()
    };
    let n = h.len() - 7;
    let _ = writeln!(
        out,
        "{:<28} {:<28} {:<22} {:<14}{}  {}",
        h[0],
        h[1],
        h[2],
        h[3],
        figure_cells(&mut h[4..4 + n].iter().map(|c| c.to_string())),
        h[4 + n]
    );
    for r in rows {
        if let Some(error) = &r.error {
            let _ = writeln!(
                out,
                "{:<28} {} {error}",
                cut(&r.file, 28),
                text::report_word(text::ReportWord::InvalidRow, lang)
            );
            continue;
        }
        let _ = writeln!(
            out,
            "{:<28} {:<28} {:<22} {:<14}{}  {}",
            cut(&r.file, 28),
            cut(&r.title, 28),
            cut(&r.lead, 22),
            cut(&verdict_words(r, lang), 14),
            figure_cells(&mut r.figures.iter().map(|v| text::money(*v, lang))),
            check_titles(r, lang)
        );
    }
    let grants = text::money(s.grants.parse().unwrap_or_default(), lang);
    let advances = text::money(s.advances.parse().unwrap_or_default(), lang);
    let _ = writeln!(out);
    let counts = text::BatchCounts {
        drafts: s.drafts,
        eligible: s.eligible,
        not_eligible: s.not_eligible,
        incomplete: s.incomplete,
        invalid: s.invalid,
    };
    let _ = writeln!(
        out,
        "{}",
        text::batch_summary(&counts, &grants, &advances, lang)
    );
    out
}

/// Runs `check-all`: exit 0 when every draft is valid, 2 otherwise.
pub fn check_all(paths: &[String], csv: Option<&str>, json: bool, lang: Lang) -> ExitCode {
    let files = drafts_under(paths);
    // A progress bar on a terminal only, for runs long enough to wait for.
    let progress = std::io::stderr().is_terminal() && files.len() >= 50;
    let mut rows = Vec::with_capacity(files.len());
    for (i, path) in files.iter().enumerate() {
        rows.push(row(path, lang));
        if progress && (i % 10 == 9 || i + 1 == files.len()) {
            let done = (i + 1) * 30 / files.len();
            eprint!(
                "\r[{}{}] {}/{}",
                "#".repeat(done),
                " ".repeat(30 - done),
                i + 1,
                files.len()
            );
        }
    }
    if progress {
        eprintln!();
    }
    let s = summary(&rows);
    if let Some(path) = csv {
        if let Err(message) = write_csv(path, &rows, lang) {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    }
    if json {
        let report = Report {
            drafts: &rows,
            summary: &s,
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("plain data")
        );
    } else if csv.is_none() {
        print!("{}", table(&rows, &s, lang));
    }
    if s.invalid == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
