//! `assess` over drafts of 10 to 10 000 budget lines, built in memory (the
//! 5 000-line import limit does not apply here), `compare` over three
//! scenarios, and `parse_assess`: reading the draft's JSON text and assessing
//! it, the native path the JavaScript package is measured against
//! (js/bench/assess.mjs reads the same texts). Run by `make bench`.

#[path = "../tests/common/mod.rs"]
mod common;

use booster_ia::assess;
use booster_ia::compare::{compare, Scenario, SCENARIO_NAMES};
use booster_ia::draft::*;
use booster_ia::format::draft_json;
use booster_ia::parse_draft;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use rust_decimal::Decimal;
use std::hint::black_box;

/// An eligible draft with `lines` budget lines spread over four partners.
fn draft_with_lines(lines: usize) -> Draft {
    use common::partner;
    let partners = vec![
        partner("p1", PartnerKind::Company, "14000", Role::Lead),
        partner(
            "p2",
            PartnerKind::PublicEstablishment,
            "76130",
            Role::Partner,
        ),
        partner("p3", PartnerKind::Association, "50000", Role::Partner),
        partner("p4", PartnerKind::Company, "75011", Role::Partner),
    ];
    let budget = (0..lines)
        .map(|i| BudgetLine {
            id: format!("b{i}"),
            partner: format!("p{}", i % 4 + 1),
            category: Category::ALL[i % Category::ALL.len()],
            label: format!("Ligne {i}"),
            amount: Some(Decimal::new(10_000 + i as i64 * 37, 2)),
            permanent_staff: Some(i % 7 == 0),
        })
        .collect();
    Draft {
        partners,
        budget,
        ..common::eligible_draft()
    }
}

fn bench_assess(c: &mut Criterion) {
    let mut group = c.benchmark_group("assess");
    for lines in [10usize, 100, 1_000, 10_000] {
        let draft = draft_with_lines(lines);
        group.throughput(Throughput::Elements(lines as u64));
        group.bench_with_input(BenchmarkId::from_parameter(lines), &draft, |b, d| {
            b.iter(|| assess(black_box(d)).expect("amounts in range"))
        });
    }
    group.finish();
}

/// Three scenarios of `lines` lines each, B and C with every tenth amount changed.
fn bench_compare(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare");
    for lines in [100usize, 2_000] {
        let a = draft_with_lines(lines);
        let mut b = a.clone();
        let mut c3 = a.clone();
        for (i, line) in b.budget.iter_mut().enumerate().step_by(10) {
            line.amount = Some(Decimal::new(20_000 + i as i64, 2));
        }
        for line in c3.budget.iter_mut().step_by(10) {
            line.category = Category::Equipment;
        }
        let drafts = [a, b, c3];
        let assessments: Vec<_> = drafts
            .iter()
            .map(|d| assess(d).expect("in range"))
            .collect();
        let scenarios: Vec<Scenario> = drafts
            .iter()
            .zip(&assessments)
            .zip(SCENARIO_NAMES)
            .map(|((draft, assessment), name)| Scenario {
                name,
                draft,
                assessment,
            })
            .collect();
        group.throughput(Throughput::Elements(lines as u64));
        group.bench_with_input(BenchmarkId::from_parameter(lines), &scenarios, |b, s| {
            b.iter(|| compare(black_box(s)))
        });
    }
    group.finish();
}

/// Where the drafts of `parse_assess` are written for the Node benchmark.
fn bench_drafts_dir() -> std::path::PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../target").into());
    target.join("bench-drafts")
}

/// Parse + assess of a draft's JSON text, at the sizes of the JavaScript
/// package's goal (BENCHMARKS.md). The texts are written to
/// target/bench-drafts/lines-N.json so that Node assesses the same bytes.
fn bench_parse_assess(c: &mut Criterion) {
    let dir = bench_drafts_dir();
    std::fs::create_dir_all(&dir).expect("target/ is writable");
    let mut group = c.benchmark_group("parse_assess");
    for lines in [10usize, 200, 2_000] {
        let text = draft_json(&draft_with_lines(lines));
        std::fs::write(dir.join(format!("lines-{lines}.json")), &text)
            .expect("target/ is writable");
        group.throughput(Throughput::Elements(lines as u64));
        group.bench_with_input(BenchmarkId::from_parameter(lines), &text, |b, t| {
            b.iter(|| {
                let file = parse_draft(black_box(t)).expect("a valid draft");
                assess(&file.draft).expect("amounts in range")
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_assess, bench_compare, bench_parse_assess);
criterion_main!(benches);
