//! The pseudo-language proves the catalogue natively: every kind of fact the
//! examples give — checks, fields' reasons, rules' titles and readings,
//! statuses, verdicts, figures and their derivations, reasons, documents,
//! advice, names, places, comparisons, merges, spreadsheets, errors, the
//! reports' words — rendered in `Lang::Pseudo` holds no plain ASCII letter
//! outside `[`…`]` and the user's own data. A sentence or a word written
//! outside the catalogue (or picked by language) would show one.

use booster_ia::compare::{compare, Scenario};
use booster_ia::consortium::merge::plan_merge;
use booster_ia::consortium::part::{parse_part, part_json};
use booster_ia::draft::{Category, Country, FundingStatus, PartnerKind, Role, S3Domain};
use booster_ia::format::LineColumn;
use booster_ia::lines_csv::{assessment_csv, lines_csv, read_lines_csv};
use booster_ia::money::AmountError;
use booster_ia::report::{comparison_report, merge_report, text_report};
use booster_ia::rules::{locate, Criterion};
use booster_ia::sent::SentKey;
use booster_ia::text::{self, Counted, ReportWord, SheetColumn};
use booster_ia::{assess, parse_draft, AssessError, Assessment, Date, Draft, Figure, Lang};
use booster_ia::{Status, Verdict};

const P: Lang = Lang::Pseudo;

/// The examples' drafts with their assessments.
fn examples() -> Vec<(String, Draft, Assessment)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples");
    let mut out = Vec::new();
    for sub in ["", "en"] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{dir}/{sub}"))
            .expect("the examples")
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let content = std::fs::read_to_string(&path).expect("an example");
            let draft = parse_draft(&content).expect("a valid example").draft;
            let assessment = assess(&draft).expect("an assessable example");
            out.push((path.display().to_string(), draft, assessment));
        }
    }
    assert!(out.len() >= 5, "the examples are found");
    out
}

/// What the user typed, which a spreadsheet cell repeats as it is, and the
/// ids a spreadsheet gives programs.
fn user_data(draft: &Draft) -> Vec<String> {
    let mut data = vec![draft.project.title.clone()];
    for p in &draft.partners {
        data.extend([p.id.clone(), p.name.clone()]);
    }
    for l in &draft.budget {
        data.extend([l.id.clone(), l.label.clone()]);
    }
    // Rules' ids, for programs (the spreadsheet's last column), are not words.
    data.extend(
        booster_ia::RuleId::ALL
            .iter()
            .map(|id| id.code().to_string()),
    );
    data.retain(|d| !d.trim().is_empty());
    // Longest first, so that a name inside another is not cut out first.
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    data
}

/// The text left once the bracketed (pseudo-localised) parts and the
/// user's data are taken out.
fn outside_catalogue(rendered: &str, data: &[String]) -> String {
    let mut text = rendered.to_string();
    for d in data {
        text = text.replace(d.as_str(), "");
    }
    let mut depth = 0usize;
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Collects rendered texts, each named for the failure message.
struct Rendered {
    texts: Vec<(String, String)>,
    data: Vec<String>,
}

impl Rendered {
    fn new() -> Rendered {
        Rendered {
            texts: Vec::new(),
            data: Vec::new(),
        }
    }

    fn add(&mut self, what: impl Into<String>, text: impl Into<String>) {
        self.texts.push((what.into(), text.into()));
    }

    /// Asserts that no text holds a plain ASCII letter outside the catalogue.
    fn assert_all_pseudo_localised(&self) {
        assert!(!self.texts.is_empty(), "something is rendered");
        let mut leaks = Vec::new();
        for (what, text) in &self.texts {
            let left = outside_catalogue(text, &self.data);
            if left.chars().any(|c| c.is_ascii_alphabetic()) {
                leaks.push(format!("{what}: {text:?} (outside: {left:?})"));
            }
        }
        assert!(
            leaks.is_empty(),
            "{} texts not pseudo-localised:\n{}",
            leaks.len(),
            leaks.join("\n")
        );
    }
}

fn render_assessment(r: &mut Rendered, name: &str, draft: &Draft, a: &Assessment) {
    r.add(format!("{name} verdict"), text::verdict_label(a.verdict, P));
    for figure in Figure::ALL {
        r.add(format!("{name} {figure:?}"), text::figure_name(figure, P));
        r.add(
            format!("{name} {figure:?} value"),
            text::figure_value(figure, a, P),
        );
        if let Some(what) = figure.explained() {
            r.add(format!("{name} {what:?}"), text::derivation(what, a, P));
        }
    }
    for check in &a.checks {
        let at = format!("{name} {}", check.id.code());
        r.add(&at, text::check_message(check, P));
        r.add(&at, text::rule_title(check.id, P));
        r.add(&at, text::status_label(check.status, P));
        r.add(&at, text::status_tag(check.status, P));
        if let Some(reading) = text::reading(check.id, P) {
            r.add(&at, reading);
        }
        for field in booster_ia::fields::fields_of(check, draft, a) {
            r.add(
                format!("{at} {field:?}"),
                text::field_reason(check, &field, P),
            );
        }
    }
    for (line, la) in draft.budget.iter().zip(&a.lines) {
        let at = format!("{name} line {}", la.id);
        r.add(&at, text::line_label(&line.label, 1, P));
        r.add(&at, text::category(line.category, P));
        r.add(&at, text::money(la.amount, P));
        for e in &la.exclusions {
            r.add(&at, text::reason(&e.reason, P));
        }
        for d in la.payment_documents {
            r.add(&at, text::document(*d, P));
        }
    }
    for s in &a.advice {
        r.add(format!("{name} advice"), text::suggestion(s, P));
    }
    r.add(
        format!("{name} de minimis"),
        text::de_minimis_headroom(a, P),
    );
    if let Some(v) = &a.vat_alternative {
        r.add(format!("{name} VAT"), text::vat_alternative(v, a, P));
    }
    if !a.pending.is_empty() {
        r.add(
            format!("{name} pending"),
            text::pending_grant(&a.pending, P),
        );
        r.add(
            format!("{name} pending"),
            text::pending_costs(&a.pending, P),
        );
    }
    let p = booster_ia::params::current();
    for (i, partner) in draft.partners.iter().enumerate() {
        let at = format!("{name} partner {}", partner.id);
        r.add(&at, text::partner_label(&partner.name, i + 1, P));
        r.add(&at, text::partner_kind(partner.kind, P));
        r.add(&at, text::role(partner.role, P));
        r.add(&at, text::country(partner.country, P));
        let place = locate(&partner.postcode, partner.country, &p);
        if let Some(place) = text::location(&place, P) {
            r.add(&at, place);
        }
    }
    r.add(format!("{name} lines.csv"), lines_csv(draft, P));
    r.add(
        format!("{name} assessment.csv"),
        assessment_csv(draft, a, P),
    );
}

#[test]
fn every_fact_of_the_examples_is_pseudo_localised() {
    let examples = examples();
    let mut r = Rendered::new();
    for (name, draft, a) in &examples {
        r.data.extend(user_data(draft));
        render_assessment(&mut r, name, draft, a);
        let checks = |s: Status| a.checks.iter().filter(|c| c.status == s).count();
        r.add(
            format!("{name} heading"),
            text::checks_heading(
                checks(Status::Fail),
                checks(Status::Missing),
                checks(Status::Pass),
                P,
            ),
        );
    }
    r.data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    r.assert_all_pseudo_localised();
}

#[test]
fn comparisons_and_merges_of_the_examples_are_pseudo_localised() {
    let examples = examples();
    let mut r = Rendered::new();
    for (_, draft, _) in &examples {
        r.data.extend(user_data(draft));
    }
    r.data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    for pair in examples.windows(2) {
        let [(a_name, a_draft, a), (b_name, b_draft, b)] = pair else {
            unreachable!()
        };
        let scenarios = [
            Scenario {
                name: "A",
                draft: a_draft,
                assessment: a,
            },
            Scenario {
                name: "B",
                draft: b_draft,
                assessment: b,
            },
        ];
        let comparison = compare(&scenarios);
        let at = format!("{a_name} ~ {b_name}");
        for row in &comparison.rows {
            r.add(&at, text::row_title(row.key, P));
            for v in &row.values {
                r.add(&at, text::cell(v, P));
            }
            for cause in &row.causes {
                r.add(&at, text::source_title(cause.source, P));
                r.add(&at, text::source_heading(cause.source, P));
                for d in &cause.details {
                    r.add(&at, text::detail(d, P));
                }
            }
        }
        // b's first partner's part, merged into a.
        let exported = Date::parse("2027-01-15").expect("a date");
        let partner = &b_draft.partners[0].id;
        let part = parse_part(&part_json(b_draft, partner, exported).expect("a part"))
            .expect("a valid part");
        let plan = plan_merge(a_draft, &[part]);
        for m in &plan.matches {
            r.add(&at, text::part_match(m, P));
        }
        for p in &plan.partners {
            r.add(&at, text::partner_changes(p, P));
            for c in &p.changes {
                r.add(&at, text::line_change(c, P));
            }
        }
        for c in &plan.conflicts {
            r.add(&at, text::conflict(c, P));
        }
        r.add(format!("{at} merge report"), merge_report(&plan, P));
    }
    r.assert_all_pseudo_localised();
}

#[test]
fn every_word_list_and_error_is_pseudo_localised() {
    let mut r = Rendered::new();
    for k in PartnerKind::ALL {
        r.add("kind", text::partner_kind(*k, P));
    }
    for x in Role::ALL {
        r.add("role", text::role(*x, P));
    }
    for c in Category::ALL {
        r.add("category", text::category(*c, P));
    }
    for d in S3Domain::ALL {
        r.add("domain", text::s3_domain(*d, P));
    }
    for s in FundingStatus::ALL {
        r.add("funding", text::funding_status(*s, P));
    }
    for code in text::COUNTRIES {
        r.add(
            code,
            text::country(Country::parse(code).expect("a code"), P),
        );
    }
    for id in booster_ia::RuleId::ALL {
        r.add(id.code(), text::rule_title(*id, P));
    }
    for s in [
        Status::Pass,
        Status::Fail,
        Status::Missing,
        Status::Warning,
        Status::Info,
    ] {
        r.add("status", text::status_label(s, P));
        r.add("status", text::status_tag(s, P));
    }
    for v in [Verdict::Eligible, Verdict::NotEligible, Verdict::Incomplete] {
        r.add("verdict", text::verdict_label(v, P));
    }
    for c in Criterion::ALL {
        r.add("criterion", text::criterion(c, P));
    }
    for c in LineColumn::ALL {
        r.add("column", text::line_column(c, P));
    }
    for c in [
        SheetColumn::File,
        SheetColumn::Title,
        SheetColumn::Lead,
        SheetColumn::Verdict,
        SheetColumn::Checks,
        SheetColumn::Error,
        SheetColumn::CheckIds,
        SheetColumn::Eligible,
        SheetColumn::Reasons,
        SheetColumn::Rules,
    ] {
        r.add("sheet column", text::sheet_column(c, P));
    }
    for f in Figure::ALL {
        r.add(
            "sheet column",
            text::sheet_column(SheetColumn::Figure(f), P),
        );
    }
    for key in SentKey::all() {
        r.add("sent key", text::sent_key(key, P));
    }
    for w in ReportWord::ALL {
        r.add(format!("{w:?}"), text::report_word(w, P));
    }
    for what in Counted::ALL {
        for n in [0, 1, 2] {
            r.add(format!("{what:?}"), text::counted(what, n, P));
        }
    }
    let batch = text::BatchCounts {
        drafts: 3,
        eligible: 1,
        not_eligible: 1,
        incomplete: 0,
        invalid: 1,
    };
    r.add("batch", text::batch_summary(&batch, "€1.00", "€0.50", P));
    for yes in [true, false] {
        r.add("yes/no", text::yes_no(yes, P));
    }
    r.add("unnamed", text::partner_label(" ", 2, P));
    r.add("unnamed", text::line_label("", 3, P));
    // A date alone is a format, written as English writes it (a date field
    // must read back what it shows): text::date's own test says so.
    for e in [
        AmountError::Malformed,
        AmountError::Negative,
        AmountError::TooManyDecimals,
        AmountError::TooLarge,
    ] {
        r.add("amount", text::amount_error(e, P));
    }
    for e in [
        AssessError::AmountTooLarge { line: "l1".into() },
        AssessError::NegativeAmount { line: "l1".into() },
    ] {
        r.add("assess", text::assess_error(&e, P));
    }
    r.data.push("l1".into());
    for bad in [
        "{",
        "[]",
        r#"{"format":"other"}"#,
        r#"{"format":"booster-ia-draft","version":99}"#,
    ] {
        let e = parse_draft(bad).expect_err("an invalid draft");
        r.add(format!("draft {bad}"), text::draft_error(&e, P));
    }
    let draft = Draft::default();
    for sheet in [
        "",
        "partenaire;catégorie\n",
        "partner,category,label,amount excl. VAT\nNobody,travel,Train,12x\n",
    ] {
        for p in read_lines_csv(sheet, &draft).problems {
            r.add(format!("sheet {sheet:?}"), text::line_problem(&p, P));
        }
    }
    r.data
        .extend(["Nobody".into(), "Train".into(), "12x".into()]);
    r.data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    r.assert_all_pseudo_localised();
}

/// A report without the scheme's own sentences it quotes (« … »), which
/// stay in French in every language.
fn without_quotations(report: &str) -> String {
    let mut out = String::new();
    let mut rest = report;
    while let Some(start) = rest.find("\u{ab} ") {
        out.push_str(&rest[..start]);
        match rest[start..].find(" \u{bb}") {
            Some(end) => rest = &rest[start + end..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn the_text_reports_of_the_examples_are_pseudo_localised() {
    let examples = examples();
    let mut r = Rendered::new();
    for (name, draft, a) in &examples {
        r.data.extend(user_data(draft));
        r.add(
            format!("{name} report"),
            without_quotations(&text_report(draft, a, P)),
        );
    }
    for pair in examples.windows(2) {
        let [(a_name, a_draft, a), (b_name, b_draft, b)] = pair else {
            unreachable!()
        };
        let scenarios = [
            Scenario {
                name: "α",
                draft: a_draft,
                assessment: a,
            },
            Scenario {
                name: "β",
                draft: b_draft,
                assessment: b,
            },
        ];
        let report = comparison_report(&compare(&scenarios), P);
        r.add(format!("{a_name} ~ {b_name}"), without_quotations(&report));
    }
    // The scenarios' names are the user's: not ASCII here, so that none is
    // mistaken for a word.
    r.data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    r.assert_all_pseudo_localised();
}

#[test]
fn a_word_outside_the_catalogue_is_found() {
    let mut r = Rendered::new();
    r.add("picked", "Checks ([Ŏķ])");
    let left = outside_catalogue(&r.texts[0].1, &r.data);
    assert_eq!(left, "Checks ()");
    assert!(std::panic::catch_unwind(|| r.assert_all_pseudo_localised()).is_err());
}
