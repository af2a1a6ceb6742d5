//! Properties with real power over generated drafts, and a fuzz of the
//! parser and the engine: no panic, no overflow, only clear errors.

mod common;
use booster_ia::compare::{compare, RowKind, Scenario, SourceKind, Value};
use booster_ia::draft::*;
use booster_ia::Status;
use booster_ia::{assess, export_draft, parse_draft, Assessment, Date, Verdict};
use proptest::prelude::*;
use rust_decimal::Decimal;

const POSTCODES: &[&str] = &[
    "14000", "76130", "50100", "27000", "61000", "75011", "35000", "", "B-1000", "76 130", "761",
];
const SIRETS: &[&str] = &[
    "81234567800013",
    "19876543200010",
    "44556677800012",
    "44556677800020",
];

fn date_strategy() -> impl Strategy<Value = Option<Date>> {
    prop::option::of(
        (2026i32..2029, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap()),
    )
}

fn amount_strategy() -> impl Strategy<Value = Option<Decimal>> {
    prop_oneof![
        1 => Just(None),
        8 => (0i64..500_000_000).prop_map(|cents| Some(Decimal::new(cents, 2))),
        1 => (0i64..1_000_000_000_000_000).prop_map(|e| Some(Decimal::from(e))),
    ]
}

fn partner_strategy() -> impl Strategy<Value = (PartnerKind, Option<usize>, usize, bool, bool)> {
    (
        prop::sample::select(PartnerKind::ALL),
        prop::option::of(0..SIRETS.len()),
        0..POSTCODES.len(),
        any::<bool>(),
        any::<bool>(),
    )
}

fn line_strategy() -> impl Strategy<Value = (usize, Category, Option<Decimal>, Option<bool>)> {
    (
        0usize..8,
        prop::sample::select(Category::ALL),
        amount_strategy(),
        prop::option::of(any::<bool>()),
    )
}

fn score(max: u32) -> impl Strategy<Value = Option<u32>> {
    prop::option::of(0..=max)
}

prop_compose! {
    /// Any draft the format can hold, weighted towards plausible ones.
    fn draft_strategy()(
        partners in prop::collection::vec(partner_strategy(), 0..6),
        lines in prop::collection::vec(line_strategy(), 0..12),
        dates in (date_strategy(), date_strategy(), date_strategy()),
        texts in prop::collection::vec(prop_oneof![Just(String::new()), Just("  ".to_string()), "[a-zé <>\"]{1,12}"], 6),
        flags in prop::collection::vec(any::<bool>(), 4),
        marks in (score(20), score(30), score(20), score(10), score(10), score(10)),
        milestone in date_strategy(),
    ) -> Draft {
        let partners: Vec<Partner> = partners.into_iter().enumerate().map(|(i, (kind, siret, postcode, lead, new))| Partner {
            id: format!("p{i}"),
            name: format!("Partenaire {i}"),
            kind,
            siret: siret.and_then(|s| Siret::parse(SIRETS[s])),
            postcode: POSTCODES[postcode].to_string(),
            country: Default::default(),
            vat_recoverable: None,
            role: if lead { Role::Lead } else { Role::Partner },
            new_to_datalab: new,
        }).collect();
        let budget = lines.into_iter().enumerate().map(|(i, (who, category, amount, permanent))| BudgetLine {
            id: format!("b{i}"),
            partner: if who < partners.len() { partners[who].id.clone() } else { String::new() },
            category,
            label: format!("Ligne {i}"),
            amount,
            permanent_staff: permanent,
        }).collect();
        Draft {
            project: Project {
                title: texts[0].clone(),
                summary: texts[1].clone(),
                ai_use: texts[2].clone(),
                data_used: texts[3].clone(),
                s3_domain: None,
            },
            partners,
            budget,
            timeline: Timeline {
                submission: dates.0,
                start: dates.1,
                end: dates.2,
                milestones: vec![Milestone { label: "Jalon".into(), date: milestone }],
            },
            indicators: vec![Indicator { label: texts[4].clone(), target: String::new() }],
            commons: Commons { experience_report: flags[0], tools_or_content: texts[5].clone(), open_data: String::new() },
            commitments: Commitments { report_indicators: flags[1], collective_review: flags[2] },
            self_assessment: SelfAssessment {
                quality: marks.0,
                feasibility: marks.1,
                regional_interest: marks.2,
                responsible_digital: marks.3,
                security: marks.4,
                reproducibility: marks.5,
            },
            advance: AdvanceRequest { requested: flags[3], justification: texts[5].clone() },
            // Declared or not; an aid with or without its date, around the ceiling.
            de_minimis: DeMinimis {
                declared: flags[1],
                aids: if flags[1] {
                    vec![DeMinimisAid { funder: texts[4].clone(), granted_on: milestone, amount: Some(Decimal::new(29_999_000, 2)) }]
                } else {
                    Vec::new()
                },
            },
            other_funding: if flags[2] {
                vec![OtherFunding { funder: texts[3].clone(), amount: Some(Decimal::new(500_000, 2)), status: FundingStatus::Granted }]
            } else {
                Vec::new()
            },
        }
    }
}

fn figures(a: &Assessment) -> Vec<Decimal> {
    vec![
        a.total_costs,
        a.eligible_costs,
        a.excluded_costs,
        a.potential_grant,
        a.grant,
        a.advance,
        a.balance,
        a.own_share,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn adding_an_excluded_line_never_changes_the_grant(draft in draft_strategy(), amount in 1i64..10_000_000, category in prop::sample::select(&[Category::Equipment, Category::Travel, Category::Overheads, Category::Other][..])) {
        let before = assess(&draft).unwrap();
        let mut after_draft = draft.clone();
        after_draft.budget.push(BudgetLine {
            id: "extra".into(),
            partner: after_draft.partners.first().map(|p| p.id.clone()).unwrap_or_default(),
            category,
            label: "Exclue".into(),
            amount: Some(Decimal::new(amount, 2)),
            permanent_staff: Some(false),
        });
        let after = assess(&after_draft).unwrap();
        prop_assert!(!after.lines.last().unwrap().eligible);
        prop_assert_eq!(after.grant, before.grant);
        prop_assert_eq!(after.potential_grant, before.potential_grant);
        prop_assert_eq!(after.eligible_costs, before.eligible_costs);
        prop_assert_eq!(after.total_costs, before.total_costs + Decimal::new(amount, 2));
    }

    #[test]
    fn raising_an_eligible_amount_never_lowers_the_grant(mut draft in draft_strategy(), raise in 1i64..10_000_000, pick in any::<prop::sample::Index>()) {
        if !assess(&draft).unwrap().lines.iter().any(|l| l.eligible) {
            // Make sure there is an eligible line to raise.
            draft.partners.push(common::partner("pn", PartnerKind::Association, "61000", Role::Partner));
            draft.budget.push(common::line("bn", "pn", Category::Consumables, "100"));
        }
        let before = assess(&draft).unwrap();
        let eligible: Vec<usize> = before.lines.iter().enumerate().filter(|(_, l)| l.eligible).map(|(i, _)| i).collect();
        let i = eligible[pick.index(eligible.len())];
        let mut raised = draft.clone();
        raised.budget[i].amount = Some(raised.budget[i].amount.unwrap_or_default() + Decimal::new(raise, 2));
        let after = assess(&raised).unwrap();
        prop_assert!(after.grant >= before.grant);
        prop_assert!(after.potential_grant >= before.potential_grant);
        prop_assert!(after.eligible_costs > before.eligible_costs);
    }

    #[test]
    fn reordering_partners_or_lines_changes_nothing(draft in draft_strategy(), seed in any::<u64>()) {
        let before = assess(&draft).unwrap();
        let mut shuffled = draft.clone();
        // A deterministic shuffle from the seed.
        let mut state = seed | 1;
        let mut next = |n: usize| { state ^= state << 13; state ^= state >> 7; state ^= state << 17; (state % n as u64) as usize };
        for i in (1..shuffled.partners.len()).rev() { let j = next(i + 1); shuffled.partners.swap(i, j); }
        for i in (1..shuffled.budget.len()).rev() { let j = next(i + 1); shuffled.budget.swap(i, j); }
        let after = assess(&shuffled).unwrap();
        prop_assert_eq!(after.verdict, before.verdict);
        prop_assert_eq!(figures(&after), figures(&before));
        prop_assert_eq!(after.cap_binds, before.cap_binds);
        let statuses = |a: &Assessment| a.checks.iter().map(|c| (c.id, c.status)).collect::<Vec<_>>();
        prop_assert_eq!(statuses(&after), statuses(&before));
        // The same lines are counted and excluded by the same rules; an unnamed
        // partner's place in the form (how facts name it) moves with the shuffle.
        let rules = |l: &booster_ia::assess::LineAssessment| l.exclusions.iter().map(|e| e.rule).collect::<Vec<_>>();
        for line in &after.lines {
            let original = before.lines.iter().find(|l| l.id == line.id).unwrap();
            prop_assert_eq!((line.eligible, line.amount, rules(line), line.payment_documents), (original.eligible, original.amount, rules(original), original.payment_documents));
        }
    }

    #[test]
    fn eligible_costs_of_25_000_or_more_give_exactly_12_500_when_eligible(extra in 0i64..100_000_000, split in 0i64..=100) {
        let mut draft = common::eligible_draft();
        let total = Decimal::new(2_500_000 + extra, 2);
        let first = (total * Decimal::new(split, 2)).round_dp(2);
        draft.budget = vec![
            common::line("b1", "p1", Category::Personnel, &first.to_string()),
            common::line("b2", "p2", Category::IntellectualServices, &(total - first).to_string()),
        ];
        let a = assess(&draft).unwrap();
        prop_assert_eq!(a.verdict, Verdict::Eligible);
        prop_assert_eq!(a.eligible_costs, total);
        prop_assert_eq!(a.grant, Decimal::new(12_500, 0));
        prop_assert_eq!(a.cap_binds, extra > 0);
    }

    #[test]
    fn export_import_export_is_byte_identical(draft in draft_strategy()) {
        let first = export_draft(&draft, &assess(&draft).unwrap());
        let read = parse_draft(&first).unwrap();
        prop_assert_eq!(&read.draft, &draft);
        let second = export_draft(&read.draft, &assess(&read.draft).unwrap());
        prop_assert_eq!(first, second);
    }

    #[test]
    fn the_grant_never_exceeds_half_the_eligible_costs_nor_the_cap(draft in draft_strategy()) {
        let a = assess(&draft).unwrap();
        prop_assert!(a.grant <= a.potential_grant);
        prop_assert!(a.potential_grant * Decimal::TWO <= a.eligible_costs);
        prop_assert!(a.potential_grant <= Decimal::new(12_500, 0));
        prop_assert!(a.advance * Decimal::TWO <= a.grant);
        prop_assert!(a.potential_advance * Decimal::TWO <= a.potential_grant);
        prop_assert_eq!(a.balance + a.advance, a.grant);
        prop_assert_eq!(a.own_share + a.grant, a.total_costs);
        prop_assert!(a.verdict == Verdict::Eligible || a.grant.is_zero());
    }

    #[test]
    fn every_difference_between_scenarios_names_a_rule_or_parameter_behind_it(a in draft_strategy(), b in draft_strategy(), c in draft_strategy()) {
        let assessments = [assess(&a).unwrap(), assess(&b).unwrap(), assess(&c).unwrap()];
        let drafts = [&a, &b, &c];
        let scenarios: Vec<Scenario> = ["A", "B", "C"].iter().zip(drafts).zip(&assessments)
            .map(|((name, draft), assessment)| Scenario { name, draft, assessment })
            .collect();
        check_comparison(&scenarios)?;
        // A scenario compared with itself differs nowhere.
        let same = compare(&[scenarios[0], scenarios[0]]);
        prop_assert_eq!(same.differences().count(), 0);
    }

    #[test]
    fn edits_of_an_eligible_draft_are_each_traced_to_what_moves_them(edits in prop::collection::vec((0i64..6_000_000, -20i64..20, any::<bool>(), any::<bool>()), 2..=3)) {
        // Random drafts are seldom eligible; edits of an eligible one move the
        // grant, the cap, the verdict and the advance, so every path is taken.
        let drafts: Vec<Draft> = edits.iter().map(|(cents, days, advance, equipment)| {
            let mut d = common::eligible_draft();
            d.budget[0].amount = Some(Decimal::new(*cents, 2));
            if *equipment {
                d.budget.push(common::line("b2", "p1", Category::Equipment, "1000"));
            }
            let end = d.timeline.end.unwrap();
            d.timeline.end = Some(if *days >= 0 { (0..*days).fold(end, |e, _| e.next_day().unwrap()) } else { (0..-*days).fold(end, |e, _| e.previous_day().unwrap()) });
            if *advance {
                d.advance = AdvanceRequest { requested: true, justification: "Trésorerie".into() };
            }
            d
        }).collect();
        let assessments: Vec<Assessment> = drafts.iter().map(|d| assess(d).unwrap()).collect();
        let scenarios: Vec<Scenario> = ["A", "B", "C"].iter().zip(&drafts).zip(&assessments)
            .map(|((name, draft), assessment)| Scenario { name, draft, assessment })
            .collect();
        check_comparison(&scenarios)?;
    }
}

/// What every comparison of `scenarios` (the first one, two, three) must hold.
fn check_comparison(scenarios: &[Scenario]) -> Result<(), TestCaseError> {
    let assessments: Vec<&Assessment> = scenarios.iter().map(|s| s.assessment).collect();
    let params = booster_ia::params::current();
    for n in 1..=scenarios.len() {
        let comparison = compare(&scenarios[..n]);
        for row in &comparison.rows {
            prop_assert_eq!(row.values.len(), n);
            let values_differ = row.values.windows(2).any(|w| w[0] != w[1]);
            // A row marked as different shows different values, in words too.
            prop_assert_eq!(row.differs, values_differ, "{}", row.key.code());
            for lang in [booster_ia::Lang::Fr, booster_ia::Lang::En] {
                let shown: Vec<String> = row
                    .values
                    .iter()
                    .map(|v| booster_ia::text::cell(v, lang))
                    .collect();
                prop_assert_eq!(
                    row.differs,
                    shown.windows(2).any(|w| w[0] != w[1]),
                    "{} {:?}",
                    row.key.code(),
                    shown
                );
            }
            prop_assert_eq!(row.differs, !row.causes.is_empty(), "{}", row.key.code());
            for cause in &row.causes {
                match cause.source.kind() {
                    SourceKind::Rule => prop_assert_eq!(
                        booster_ia::RuleId::from_code(cause.source.code())
                            .map(|r| r.rule().citation),
                        cause.citation
                    ),
                    SourceKind::Parameter => {
                        let citation = match cause.source.code() {
                            "grant_rate" => params.grant_rate.citation,
                            "grant_cap" => params.grant_cap.citation,
                            "advance_rate" => params.advance_rate.citation,
                            other => {
                                return Err(TestCaseError::fail(format!(
                                    "unknown parameter {other}"
                                )))
                            }
                        };
                        prop_assert_eq!(Some(citation), cause.citation);
                    }
                    SourceKind::Lines => prop_assert_eq!(cause.citation, None),
                }
            }
        }
        let row = |key: &str| {
            comparison
                .rows
                .iter()
                .find(|r| r.key.code() == key && r.key.kind() != RowKind::Check)
                .unwrap()
        };
        let check_row = |id: &str| {
            comparison
                .rows
                .iter()
                .find(|r| r.key.code() == id && r.key.kind() == RowKind::Check)
                .unwrap()
        };
        // Behind a verdict: checks that changed and decide some scenario's verdict.
        for cause in &row("verdict").causes {
            let r = check_row(cause.source.code());
            prop_assert!(r.differs);
            let deciding = r.values.iter().zip(&assessments[..n]).any(|(v, a)| {
                matches!(
                    (v, a.verdict),
                    (Value::Status(Status::Fail), Verdict::NotEligible)
                        | (Value::Status(Status::Missing), Verdict::Incomplete)
                )
            });
            prop_assert!(deciding, "{} is not deciding", cause.source.code());
        }
        // With one verdict for all, only amounts are behind the grant.
        if !row("verdict").differs {
            for cause in &row("grant").causes {
                prop_assert!(
                    [
                        "grant_rate",
                        "budget-lines",
                        "cost-category",
                        "permanent-public-staff",
                        "cost-bearer"
                    ]
                    .contains(&cause.source.code()),
                    "{}",
                    cause.source.code()
                );
            }
        }
        // The lines are named behind the partners' share when the total changes
        // (and may be when only the eligible lines, through the grant, do);
        // a rule is never named for the total.
        if row("own_share").differs && row("total_costs").differs {
            prop_assert!(row("own_share")
                .causes
                .iter()
                .any(|c| c.source.kind() == SourceKind::Lines));
        }
        for cause in &row("total_costs").causes {
            prop_assert_eq!(cause.source.kind(), SourceKind::Lines);
        }
    }
    Ok(())
}

proptest! {
    // The fuzz of issue 4: 10 000 generated drafts, 10 000 mutated files.
    #![proptest_config(ProptestConfig { cases: 10_000, max_shrink_iters: 200, ..ProptestConfig::default() })]

    #[test]
    fn the_engine_never_panics_on_any_draft(draft in draft_strategy()) {
        let a = assess(&draft).unwrap();
        prop_assert_eq!(a.lines.len(), draft.budget.len());
    }

    #[test]
    fn the_parser_never_panics_on_mutated_files(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8)) {
        let mut bytes = include_bytes!("../../examples/eligible.json").to_vec();
        for (at, byte, how) in edits {
            let i = at.index(bytes.len());
            match how {
                0 => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ => { bytes.remove(i); }
            }
        }
        // Whatever the bytes, the parser answers: a draft or an error with a message.
        if let Ok(text) = std::str::from_utf8(&bytes) {
            match parse_draft(text) {
                Ok(file) => { assess(&file.draft).unwrap(); }
                Err(e) => prop_assert!(!e.message(booster_ia::Lang::En).is_empty()),
            }
        }
    }
}
