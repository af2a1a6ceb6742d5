//! Budget lines to and from a spreadsheet (CSV), where partners keep their
//! budgets: one row per line — partner, category, label, amount excluding
//! VAT, permanent staff — under a header row in the language.
//!
//! French: byte-order mark, `;`, decimal comma, `oui`/`non`, categories in
//! French, as a French spreadsheet opens and saves it; English: `,`, point,
//! `yes`/`no`. Reading takes either dialect (told by the header row), the
//! category in either language and the spellings people type, amounts as
//! people write them; each row it cannot read is a typed problem with its
//! line number, and every other row is kept. A cell a spreadsheet would take
//! for a formula is written behind a `'`, which reading removes, so a file
//! written then read gives the same lines. The `csv` crate does the quoting.

use crate::assess::Assessment;
use crate::draft::{BudgetLine, Category, Draft};
use crate::figures::{Figure, Shown};
use crate::format::{MAX_BUDGET_LINES, MAX_TEXT_CHARS};
use crate::locale::{CsvDialect, Lang};
use crate::money::{format_decimal, parse_amount_as};
use crate::text::{self, SheetColumn};
use rust_decimal::Decimal;

pub use crate::format::{LineColumn, LineProblem, LineProblemKind};

/// Budget lines read from a spreadsheet.
#[derive(Clone, Debug, PartialEq)]
pub struct LinesImport {
    /// The language of the header row (French when it cannot be told).
    pub lang: Lang,
    /// The lines read, with fresh ids, in the order of the file.
    pub lines: Vec<BudgetLine>,
    /// The rows that could not be read, in the order of the file.
    pub problems: Vec<LineProblem>,
}

/// A byte-order mark: a French spreadsheet then reads the file as UTF-8.
const BOM: char = '\u{feff}';

/// The text of a spreadsheet file: UTF-8 (with or without its byte-order
/// mark), else Windows-1252, which a French Excel still writes.
pub fn decode_sheet(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => bytes.iter().map(|b| windows_1252(*b)).collect(),
    }
}

/// One byte of Windows-1252: Latin-1, but for 0x80–0x9F (€, ’, œ, …).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// The first characters a spreadsheet takes for the start of a formula.
fn is_formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// A cell as written: behind a `'` when a spreadsheet would run it, or when
/// it already starts with `'`s before such a character (so reading, which
/// removes one `'`, gives it back exactly).
fn escape_cell(cell: &str) -> String {
    match cell.trim_start_matches('\'').chars().next() {
        Some(c) if is_formula_start(c) => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// A cell as read: the `'` written before a formula-like start removed.
fn unescape_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(is_formula_start) => rest,
        _ => cell,
    }
}

/// Lower case, without accents, apostrophes, `_` or `-`, single spaces, and
/// each word without a final `s`: how names are compared.
fn fold(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'â' | 'ä' | 'á' => plain.push('a'),
            'ç' => plain.push('c'),
            'é' | 'è' | 'ê' | 'ë' => plain.push('e'),
            'î' | 'ï' | 'í' => plain.push('i'),
            'ô' | 'ö' | 'ó' => plain.push('o'),
            'ù' | 'û' | 'ü' | 'ú' => plain.push('u'),
            'ÿ' => plain.push('y'),
            'œ' => plain.push_str("oe"),
            'æ' => plain.push_str("ae"),
            '_' | '-' | '\'' | '’' | '.' | '(' | ')' | '€' => plain.push(' '),
            c if c.is_whitespace() => plain.push(' '),
            c => plain.push(c),
        }
    }
    plain
        .split_whitespace()
        .map(|w| {
            if w.len() > 3 {
                w.strip_suffix('s').unwrap_or(w)
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Spellings people type for a category, beyond its code and its labels.
const CATEGORY_SPELLINGS: &[(Category, &[&str])] = &[
    (
        Category::Personnel,
        &[
            "personnel",
            "frais de personnel",
            "staff",
            "staff costs",
            "personnel costs",
            "salaires",
            "salaries",
        ],
    ),
    (
        Category::IntellectualServices,
        &[
            "prestations intellectuelles",
            "prestation intellectuelle",
            "intellectual services",
        ],
    ),
    (
        Category::Licences,
        &[
            "licences",
            "licenses",
            "licence d utilisation",
            "license",
            "user licenses",
            "software licences",
            "software licenses",
        ],
    ),
    (
        Category::Services,
        &[
            "prestations",
            "prestations de services",
            "prestation de service",
            "services",
        ],
    ),
    (
        Category::Consumables,
        &["consommables", "consumables", "fournitures", "supplies"],
    ),
    (
        Category::Equipment,
        &["equipement", "materiel", "equipment", "hardware"],
    ),
    (
        Category::Travel,
        &[
            "deplacements",
            "frais de deplacement",
            "travel",
            "travel costs",
        ],
    ),
    (
        Category::Overheads,
        &[
            "frais generaux",
            "overheads",
            "overhead costs",
            "indirect costs",
            "couts indirects",
        ],
    ),
    (Category::Other, &["autre", "autres", "other", "divers"]),
];

/// The category a person means: its code, its French or English label, or a
/// usual spelling, whatever the case and accents (`Prestations
/// intellectuelles`, `intellectual_services`, `licenses`, `matériel`).
pub fn category_from_text(text: &str) -> Option<Category> {
    let wanted = fold(text);
    if wanted.is_empty() {
        return None;
    }
    Category::ALL
        .iter()
        .copied()
        .find(|c| {
            let mut names = Lang::OFFERED
                .map(|lang| text::category(*c, lang))
                .into_iter();
            fold(c.code()) == wanted || names.any(|name| fold(name) == wanted)
        })
        .or_else(|| {
            CATEGORY_SPELLINGS
                .iter()
                .find(|(_, names)| names.iter().any(|name| fold(name) == wanted))
                .map(|(c, _)| *c)
        })
}

/// Yes or no as people type it, in either language: `Some(None)` for a
/// blank cell (not said yet, as `null` in a draft v3), `None` when unreadable.
fn yes_no(text: &str) -> Option<Option<bool>> {
    match fold(text).as_str() {
        "" => Some(None),
        "oui" | "o" | "yes" | "y" | "vrai" | "true" | "1" | "x" => Some(Some(true)),
        "non" | "n" | "no" | "faux" | "false" | "0" => Some(Some(false)),
        _ => None,
    }
}

/// Which partner a cell names: `Ok(None)` for a blank cell (not chosen
/// yet), else the index of the partner by id, by exact name, by name
/// whatever the case and accents, or « Partenaire 2 » for an unnamed one.
fn find_partner(cell: &str, draft: &Draft) -> Result<Option<usize>, LineProblemKind> {
    let wanted = cell.trim();
    if wanted.is_empty() {
        return Ok(None);
    }
    let unknown = || LineProblemKind::UnknownPartner {
        text: wanted.to_string(),
    };
    let ambiguous = || LineProblemKind::AmbiguousPartner {
        text: wanted.to_string(),
    };
    // The id first: unique, it is what the sheet writes when a name is not.
    if let Some(i) = draft.partners.iter().position(|p| p.id == wanted) {
        return Ok(Some(i));
    }
    let by_name: Vec<usize> = (0..draft.partners.len())
        .filter(|i| draft.partners[*i].name.trim() == wanted)
        .collect();
    match by_name.as_slice() {
        [one] => return Ok(Some(*one)),
        [] => {}
        _ => return Err(ambiguous()),
    }
    let folded = fold(wanted);
    let by_fold: Vec<usize> = (0..draft.partners.len())
        .filter(|i| {
            let name = &draft.partners[*i].name;
            !name.trim().is_empty() && fold(name) == folded
        })
        .collect();
    match by_fold.as_slice() {
        [one] => return Ok(Some(*one)),
        [] => {}
        _ => return Err(ambiguous()),
    }
    // « Partenaire 2 » / "Partner 2": the unnamed partner at that place.
    let (word, number) = folded.rsplit_once(' ').ok_or_else(unknown)?;
    let position: usize = number.parse().map_err(|_| unknown())?;
    let unnamed = |i: usize| draft.partners[i].name.trim().is_empty();
    if matches!(word, "partenaire" | "partner")
        && (1..=draft.partners.len()).contains(&position)
        && unnamed(position - 1)
    {
        return Ok(Some(position - 1));
    }
    Err(unknown())
}

/// The cell naming partner `id`: its name (« Partenaire 2 » when it has
/// none), or its id when the name would be read as another partner's.
fn partner_cell(id: &str, draft: &Draft, lang: Lang) -> String {
    let Some(index) = draft.partners.iter().position(|p| p.id == id) else {
        return id.to_string();
    };
    let name = text::partner_label(&draft.partners[index].name, index + 1, lang);
    if find_partner(&name, draft) == Ok(Some(index)) {
        name
    } else {
        id.to_string()
    }
}

/// An amount as a spreadsheet in `lang` reads it: `1234,50` in French.
fn amount_cell(amount: Option<Decimal>, lang: Lang) -> String {
    match amount {
        None => String::new(),
        Some(a) => format_decimal(a, lang.csv().numbers()),
    }
}

/// The five cells of a line, as written.
fn line_cells(line: &BudgetLine, draft: &Draft, lang: Lang) -> Vec<String> {
    vec![
        escape_cell(&partner_cell(&line.partner, draft, lang)),
        text::category(line.category, lang).to_string(),
        escape_cell(&line.label),
        amount_cell(line.amount, lang),
        // Blank: not said yet.
        line.permanent_staff
            .map_or("", |v| text::yes_no(v, lang))
            .to_string(),
    ]
}

/// Rows as CSV text in `lang`'s dialect.
fn write_rows(rows: &[Vec<String>], lang: Lang) -> String {
    let mut out = csv::WriterBuilder::new()
        .delimiter(lang.csv().delimiter())
        .from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail.
        let _ = out.write_record(row);
    }
    let bytes = out.into_inner().unwrap_or_default();
    let body = String::from_utf8(bytes).unwrap_or_default();
    if lang.csv().byte_order_mark() {
        format!("{BOM}{body}")
    } else {
        body
    }
}

/// The draft's budget lines as a spreadsheet in `lang`.
pub fn lines_csv(draft: &Draft, lang: Lang) -> String {
    let mut rows = vec![LineColumn::ALL
        .iter()
        .map(|c| text::line_column(*c, lang).to_string())
        .collect::<Vec<_>>()];
    rows.extend(draft.budget.iter().map(|l| line_cells(l, draft, lang)));
    write_rows(&rows, lang)
}

/// The draft's lines with their assessment, as a spreadsheet in `lang`: the
/// five columns of [`lines_csv`], whether each line is eligible, why not and
/// the rules, then the totals and the verdict, named as `check-all --csv`
/// names its columns.
pub fn assessment_csv(draft: &Draft, assessment: &Assessment, lang: Lang) -> String {
    let mut header: Vec<String> = LineColumn::ALL
        .iter()
        .map(|c| text::line_column(*c, lang).to_string())
        .collect();
    header.extend(
        [
            SheetColumn::Eligible,
            SheetColumn::Reasons,
            SheetColumn::Rules,
        ]
        .map(|c| text::sheet_column(c, lang).to_string()),
    );
    let mut rows = vec![header];
    for (line, outcome) in draft.budget.iter().zip(&assessment.lines) {
        let mut row = line_cells(line, draft, lang);
        row.push(text::yes_no(outcome.eligible, lang).to_string());
        row.push(
            outcome
                .exclusions
                .iter()
                .map(|e| text::reason(&e.reason, lang))
                .collect::<Vec<_>>()
                .join(" "),
        );
        row.push(
            outcome
                .exclusions
                .iter()
                .map(|e| e.rule.code())
                .collect::<Vec<_>>()
                .join(" "),
        );
        rows.push(row);
    }
    rows.push(vec![String::new(); 8]);
    let total = |column: SheetColumn, amount: Decimal| {
        let mut row = vec![String::new(); 8];
        row[2] = text::sheet_column(column, lang).to_string();
        row[3] = amount_cell(Some(amount), lang);
        row
    };
    let a = assessment;
    for figure in Figure::shown_in(Shown::AssessmentSheet) {
        rows.push(total(SheetColumn::Figure(figure), a.money(figure)));
    }
    let mut verdict = vec![String::new(); 8];
    verdict[2] = text::sheet_column(SheetColumn::Verdict, lang).to_string();
    verdict[5] = text::verdict_label(a.verdict, lang).to_string();
    rows.push(verdict);
    write_rows(&rows, lang)
}

/// The draft with the lines read in place of its own (`append`: after its
/// own), or `None` when that would hold more lines than a draft may
/// ([`MAX_BUDGET_LINES`]): such a draft could not be read back.
pub fn with_lines(draft: &Draft, lines: &[BudgetLine], append: bool) -> Option<Draft> {
    let kept = if append { draft.budget.len() } else { 0 };
    if kept + lines.len() > MAX_BUDGET_LINES {
        return None;
    }
    let mut next = draft.clone();
    if !append {
        next.budget.clear();
    }
    next.budget.extend(lines.iter().cloned());
    Some(next)
}

/// The columns of a header row, and the language it is in.
fn read_header(cells: &csv::StringRecord) -> (Vec<Option<LineColumn>>, Option<Lang>) {
    let mut fr = 0;
    let mut en = 0;
    let columns = cells
        .iter()
        .map(|cell| {
            let name = fold(unescape_cell(cell));
            let column = LineColumn::ALL.into_iter().find(|c| {
                let matches = |lang| {
                    let header = fold(text::line_column(*c, lang));
                    // « montant HT (€) », "amount": the first word is enough for the amount.
                    let first = header.split(' ').next().unwrap_or_default().to_string();
                    name == header
                        || (*c == LineColumn::Amount && name.split(' ').next() == Some(&first))
                };
                if matches(Lang::Fr) {
                    fr += 1;
                    true
                } else if matches(Lang::En) {
                    en += 1;
                    true
                } else {
                    false
                }
            });
            column
        })
        .collect();
    let lang = match (fr, en) {
        (0, 0) => None,
        (fr, en) if en > fr => Some(Lang::En),
        _ => Some(Lang::Fr),
    };
    (columns, lang)
}

/// The separator of the file: the one its first line uses most.
fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    let count = |c: char| first.matches(c).count();
    let (semicolons, commas, tabs) = (count(';'), count(','), count('\t'));
    if tabs > semicolons && tabs > commas {
        b'\t'
    } else if semicolons >= commas && semicolons > 0 {
        b';'
    } else {
        b','
    }
}

/// An amount cell: the file's dialect first, the other if that fails
/// (`1,234.56` in a French file, `1 234,56` quoted in an English one).
fn read_amount(cell: &str, dialect: CsvDialect) -> Result<Option<Decimal>, LineProblemKind> {
    parse_amount_as(cell, dialect.numbers())
        .or_else(|first| parse_amount_as(cell, dialect.other().numbers()).map_err(|_| first))
        .map_err(|error| LineProblemKind::UnreadableAmount {
            text: cell.trim().to_string(),
            error,
        })
}

/// Ids for the lines read: `b1`, `b2`… skipping the partners' and the
/// draft's lines' ids, so read lines can be added to the draft's.
fn line_ids(draft: &Draft) -> impl Iterator<Item = String> + '_ {
    (1..).map(|n| format!("b{n}")).filter(|id| {
        draft.partners.iter().all(|p| p.id != *id) && draft.budget.iter().all(|l| l.id != *id)
    })
}

/// Line numbers (from 1) of records by their starting byte. The csv crate's
/// own line count lags by one after each `\r\n` (it ends the record at `\r`
/// and starts the next one before the `\n`), so a spreadsheet's CRLF file
/// would report every problem a line too early; counted here from each
/// record's first character instead, going forward only (records come in
/// order), so a file of a million rows is read in one pass.
struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> LineCounter<'a> {
        LineCounter {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of the record starting at byte `at` (not before the last asked).
    fn line_at(&mut self, at: u64) -> usize {
        let mut start = (at as usize).clamp(self.at, self.bytes.len());
        while start < self.bytes.len() && matches!(self.bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        self.line += self.bytes[self.at..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.at = start;
        self.line
    }
}

/// Reads budget lines from a spreadsheet, for `draft`'s partners: French or
/// English, told by the header row; each row it cannot read is a problem
/// with its line number, every other row a line with a fresh id.
pub fn read_lines_csv(text: &str, draft: &Draft) -> LinesImport {
    let text = crate::format::without_bom(text);
    let sep = separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut problems = Vec::new();
    let problem = |line: usize, kind| LineProblem { line, kind };
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(_)) => {
            return LinesImport {
                lang: Lang::Fr,
                lines: Vec::new(),
                problems: vec![problem(1, LineProblemKind::Unreadable)],
            }
        }
        None => {
            return LinesImport {
                lang: Lang::Fr,
                lines: Vec::new(),
                problems: vec![problem(1, LineProblemKind::Empty)],
            }
        }
    };
    let (columns, told) = read_header(&header);
    let lang = told.unwrap_or(if sep == b',' { Lang::En } else { Lang::Fr });
    // Amounts follow the separator: `;` goes with decimal commas.
    let dialect = CsvDialect::from_delimiter(sep).unwrap_or(lang.csv());
    let at = |c: LineColumn| columns.iter().position(|x| *x == Some(c));
    let required = [
        LineColumn::Partner,
        LineColumn::Category,
        LineColumn::Label,
        LineColumn::Amount,
    ];
    for column in required {
        if at(column).is_none() {
            problems.push(problem(1, LineProblemKind::MissingColumn { column }));
        }
    }
    if !problems.is_empty() {
        return LinesImport {
            lang,
            lines: Vec::new(),
            problems,
        };
    }
    let mut ids = line_ids(draft);
    let mut lines = Vec::new();
    let mut last_line = 1;
    let mut lines_of = LineCounter::new(text);
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e
                    .position()
                    .map_or(last_line + 1, |p| lines_of.line_at(p.byte()));
                problems.push(problem(line, LineProblemKind::Unreadable));
                continue;
            }
        };
        let line = record
            .position()
            .map_or(last_line + 1, |p| lines_of.line_at(p.byte()));
        last_line = line;
        // Rows left blank in a spreadsheet are not lines.
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if let Some(kind) = column_count_problem(&record, header.len()) {
            problems.push(problem(line, kind));
            continue;
        }
        if lines.len() == MAX_BUDGET_LINES {
            problems.push(problem(
                line,
                LineProblemKind::TooManyLines {
                    limit: MAX_BUDGET_LINES,
                },
            ));
            break;
        }
        match read_row(&record, &columns, draft, dialect) {
            Ok(row) => lines.push(BudgetLine {
                id: ids.next().unwrap_or_default(),
                ..row
            }),
            Err(found) => problems.extend(found.into_iter().map(|kind| problem(line, kind))),
        }
    }
    LinesImport {
        lang,
        lines,
        problems,
    }
}

/// The problem of a row whose cells do not fill the header's columns, if
/// any. Empty cells after the last column are how spreadsheets pad rows;
/// a short row would shift its cells into the wrong columns.
fn column_count_problem(record: &csv::StringRecord, columns: usize) -> Option<LineProblemKind> {
    let extra = record.iter().skip(columns).any(|c| !c.trim().is_empty());
    if record.len() >= columns && !extra {
        return None;
    }
    let found = if extra {
        record
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.trim().is_empty())
            .last()
            .map_or(0, |(i, _)| i + 1)
    } else {
        record.len()
    };
    Some(LineProblemKind::WrongColumnCount {
        expected: columns,
        found,
    })
}

/// One row of the spreadsheet, its cells under the header's `columns`: the line
/// (without its id yet), or every problem of its cells.
fn read_row(
    record: &csv::StringRecord,
    columns: &[Option<LineColumn>],
    draft: &Draft,
    dialect: CsvDialect,
) -> Result<BudgetLine, Vec<LineProblemKind>> {
    let at = |c: LineColumn| columns.iter().position(|x| *x == Some(c));
    let index = |c: LineColumn| at(c).unwrap_or(0);
    let cell = |c: LineColumn| unescape_cell(record.get(index(c)).unwrap_or_default());
    let mut found = Vec::new();
    let partner = find_partner(cell(LineColumn::Partner), draft)
        .map_err(|k| found.push(k))
        .ok()
        .flatten()
        .map(|i| draft.partners[i].id.clone())
        .unwrap_or_default();
    let category = category_from_text(cell(LineColumn::Category));
    if category.is_none() {
        found.push(LineProblemKind::UnknownCategory {
            text: cell(LineColumn::Category).trim().to_string(),
        });
    }
    let label = cell(LineColumn::Label).to_string();
    if label.chars().count() > MAX_TEXT_CHARS {
        found.push(LineProblemKind::TextTooLong {
            column: LineColumn::Label,
            limit: MAX_TEXT_CHARS,
        });
    }
    let amount = read_amount(cell(LineColumn::Amount), dialect)
        .map_err(|k| found.push(k))
        .ok()
        .flatten();
    // Without the column, or blank: not said yet.
    let permanent = match at(LineColumn::PermanentStaff) {
        None => None,
        Some(_) => {
            let text = cell(LineColumn::PermanentStaff);
            yes_no(text).unwrap_or_else(|| {
                found.push(LineProblemKind::UnreadableYesNo {
                    text: text.trim().to_string(),
                });
                None
            })
        }
    };
    match category {
        Some(category) if found.is_empty() => Ok(BudgetLine {
            id: String::new(),
            partner,
            category,
            label,
            amount,
            permanent_staff: permanent,
        }),
        _ => Err(found),
    }
}

#[cfg(test)]
#[path = "lines_csv_tests.rs"]
mod tests;
