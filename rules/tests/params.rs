//! The parameter table against its sources: the data file's quotations against
//! the scheme's text, the generated table against the 2024 values written out
//! by hand, and (with `--features second-version-fixture`) a second version.

use booster_ia::params::{self, CriteriaMaxima, Parameter, Parameters};
use booster_ia::Date;
use rust_decimal::Decimal;
use serde_json::Value;

// The generator's own tests (malformed files are refused) run from here.
#[path = "../build.rs"]
#[allow(dead_code)]
mod build;

const SCHEME: &str = include_str!("../../docs/booster-ia.txt");
const SHIPPED: &str = include_str!("../params/booster-ia.json");
const FIXTURE: &str = include_str!("fixtures/params-second-version.json");

fn date(text: &str) -> Date {
    Date::parse(text).expect("a real date")
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every reference of a parameter file: (where, French sentence, located line
/// or `None` when marked hypothetical).
fn references(file: &str) -> Vec<(String, String, Option<usize>)> {
    let json: Value = serde_json::from_str(file).expect("valid JSON");
    let mut found = Vec::new();
    for (name, parameter) in json["parameters"].as_object().expect("parameters") {
        let dated = parameter["metadata"]["reference"]
            .as_object()
            .expect("references");
        for (day, reference) in dated {
            let located = &reference["located"];
            let line = if reference["hypothetical"] == Value::Bool(true) {
                None
            } else {
                assert_eq!(located["document"], "docs/booster-ia.txt", "{name} {day}");
                Some(located["line"].as_u64().expect("a line number") as usize)
            };
            let sentence = reference["fr"].as_str().expect("a French sentence");
            found.push((format!("{name} {day}"), sentence.to_string(), line));
        }
    }
    found
}

/// Asserts `sentence` is in the scheme from line `line` on: its parts between
/// `[…]`, whitespace flattened, found in order, the first one starting on that line.
fn assert_quoted_at(place: &str, sentence: &str, line: usize) {
    let lines: Vec<&str> = SCHEME.lines().collect();
    assert!(line >= 1 && line <= lines.len(), "{place}: no line {line}");
    let from_line = flat(&lines[line - 1..].join("\n"));
    let on_line = flat(lines[line - 1]).len();
    let mut at = 0;
    for (i, part) in sentence.split('…').enumerate() {
        // "[…]" marks words left out: split on it and trim its brackets.
        let part = flat(part.trim_start_matches(']').trim_end_matches('['));
        if part.is_empty() {
            continue;
        }
        let position = from_line[at..]
            .find(&part)
            .unwrap_or_else(|| panic!("{place}: `{part}` is not in the scheme from line {line}"));
        if i == 0 {
            assert!(
                position < on_line,
                "{place}: `{part}` does not start on line {line}"
            );
        }
        at += position + part.len();
    }
}

#[test]
fn every_quotation_is_verbatim_in_the_scheme_at_the_line_it_names() {
    let shipped = references(SHIPPED);
    assert_eq!(shipped.len(), 11);
    for (place, sentence, line) in shipped {
        let line = line.unwrap_or_else(|| panic!("{place}: hypothetical in the shipped file"));
        assert_quoted_at(&place, &sentence, line);
    }
    // The fixture's 2024 references are real too; only its two made-up ones
    // (the 15 000 € cap, the licences' share) are not.
    let fixture = references(FIXTURE);
    assert_eq!(
        fixture.iter().filter(|(.., line)| line.is_none()).count(),
        2
    );
    for (place, sentence, line) in fixture {
        if let Some(line) = line {
            assert_quoted_at(&place, &sentence, line);
        }
    }
}

#[test]
fn the_quotation_check_catches_a_wrong_line_and_a_word_changed() {
    let moved = std::panic::catch_unwind(|| {
        assert_quoted_at(
            "t",
            "Toute note inférieure à 50/100 rend inéligible l’opération.",
            268,
        )
    });
    assert!(moved.is_err());
    let changed = std::panic::catch_unwind(|| {
        assert_quoted_at(
            "t",
            "Toute note inférieure à 40/100 rend inéligible l’opération.",
            269,
        )
    });
    assert!(changed.is_err());
}

#[test]
fn the_generated_citations_are_the_file_s_quotations() {
    let p = params::current();
    let cited = [
        p.grant_rate.citation,
        p.grant_cap.citation,
        p.max_duration_months.citation,
        p.min_normandy_structures.citation,
        p.min_total_score.citation,
        p.criteria_maxima.citation,
        p.advance_rate.citation,
        p.normandy_departments.citation,
    ];
    let quoted: Vec<String> = references(SHIPPED)
        .into_iter()
        .map(|(.., s, _)| s)
        .collect();
    for citation in cited {
        assert!(quoted.iter().any(|q| q == citation), "{citation}");
    }
}

/// The 2024 table as `params.rs` wrote it in Rust literals before the data
/// file: a slip in the file or in the generator shows here.
fn table_2024() -> Parameters {
    const RATE_AND_CAP: &str = "L’aide régionale prend la forme d’une subvention proportionnelle de 50% du projet plafonnée à 12 500 € HT.";
    const RATE_AND_CAP_EN: &str =
        "The regional aid is a grant of 50% of the project, capped at €12,500 excluding VAT.";
    const DE_MINIMIS: &str = "Règlement (UE) N° 1407/2013 de la Commission du 18 décembre 2013 relatif à l’application des articles 107 et 108 du traité sur le fonctionnement de l’Union européenne aux aides de minimis";
    const DE_MINIMIS_EN: &str = "Commission Regulation (EU) No 1407/2013 of 18 December 2013 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid";
    Parameters {
        effective: date("2024-06-24"),
        decision: "Assemblée plénière du 24 juin 2024",
        grant_rate: Parameter {
            value: Decimal::new(50, 2),
            citation: RATE_AND_CAP,
            citation_en: RATE_AND_CAP_EN,
        },
        grant_cap: Parameter {
            value: Decimal::new(12_500, 0),
            citation: RATE_AND_CAP,
            citation_en: RATE_AND_CAP_EN,
        },
        max_duration_months: Parameter {
            value: 6,
            citation: "La preuve de concept devra être réalisée, au maximum, en six (6) mois.",
            citation_en: "The proof of concept must be carried out in six (6) months at most.",
        },
        min_normandy_structures: Parameter {
            value: 2,
            citation: "Les dépenses éligibles du projet faisant intervenir au moins deux structures normandes",
            citation_en: "Eligible expenses of a project involving at least two Normandy structures",
        },
        min_total_score: Parameter {
            value: 50,
            citation: "Toute note inférieure à 50/100 rend inéligible l’opération.",
            citation_en: "Any mark below 50/100 makes the operation ineligible.",
        },
        criteria_maxima: Parameter {
            value: CriteriaMaxima {
                quality: 20,
                feasibility: 30,
                regional_interest: 20,
                responsible_digital: 10,
                security: 10,
                reproducibility: 10,
            },
            citation: "Les critères d’appréciation de la candidature sont les suivants : […] (note /20) […] (note /30) […] (note /20) […] (note /10) […] (note /10) […] (note /10)",
            citation_en: "The application is appraised on these criteria: […] (mark /20) […] (mark /30) […] (mark /20) […] (mark /10) […] (mark /10) […] (mark /10)",
        },
        advance_rate: Parameter {
            value: Decimal::new(50, 2),
            citation: "Une avance sur réalisation pourra être versée à hauteur de 50% des dépenses éligibles.",
            citation_en: "An advance may be paid up to 50% of eligible expenses.",
        },
        de_minimis_ceiling: Parameter {
            value: Decimal::new(300_000, 0),
            citation: DE_MINIMIS,
            citation_en: DE_MINIMIS_EN,
        },
        de_minimis_period_years: Parameter {
            value: 3,
            citation: DE_MINIMIS,
            citation_en: DE_MINIMIS_EN,
        },
        vat_standard_rate: Parameter {
            value: Decimal::new(20, 2),
            citation: RATE_AND_CAP,
            citation_en: RATE_AND_CAP_EN,
        },
        normandy_departments: Parameter {
            value: &["14", "27", "50", "61", "76"],
            citation: "Les bénéficiaires doivent être implantés en Normandie",
            citation_en: "Beneficiaries must be established in Normandy",
        },
        department_names: &[
            ("14", "Calvados"),
            ("27", "Eure"),
            ("50", "Manche"),
            ("61", "Orne"),
            ("76", "Seine-Maritime"),
        ],
        later: Default::default(),
    }
}

#[test]
fn the_generated_table_is_the_2024_table() {
    assert_eq!(params::versions(), vec![table_2024()]);
    // Decimal equality ignores the scale; the printed figures do not.
    assert_eq!(params::current().grant_rate.value.to_string(), "0.50");
    assert_eq!(params::current().grant_cap.value.to_string(), "12500");
}

#[test]
fn every_version_marks_out_of_one_hundred_and_names_each_department() {
    for p in params::versions() {
        assert_eq!(p.criteria_maxima.value.total(), 100, "{}", p.effective);
        let codes: Vec<&str> = p.department_names.iter().map(|(code, _)| *code).collect();
        assert_eq!(codes, p.normandy_departments.value);
    }
}

#[test]
fn in_force_among_chooses_within_the_given_table() {
    let adopted = date("2024-06-24");
    let table = params::versions();
    assert_eq!(params::in_force_among(&table, adopted), Some(table_2024()));
    assert_eq!(params::in_force_among(&table, date("2024-06-23")), None);
    assert_eq!(params::in_force_among(&[], adopted), None);
    assert_eq!(params::in_force_on(date("2099-12-31")), Some(table_2024()));
}

#[cfg(feature = "second-version-fixture")]
mod second_version {
    use super::*;

    #[test]
    fn the_fixture_starts_with_the_2024_table() {
        let versions = params::fixture_versions();
        assert_eq!(versions.len(), 3);
        assert_eq!(versions[0], table_2024());
        assert_eq!(versions[1].effective, date("2027-01-01"));
        assert_eq!(versions[2].effective, date("2027-07-01"));
    }

    #[test]
    fn the_hypothetical_cap_takes_effect_on_1_january_2027_and_nothing_else_changes() {
        let versions = params::fixture_versions();
        let before = params::in_force_among(&versions, date("2026-12-31")).expect("in force");
        let after = params::in_force_among(&versions, date("2027-01-01")).expect("in force");
        assert_eq!(before.grant_cap.value, Decimal::new(12_500, 0));
        assert_eq!(after.grant_cap.value, Decimal::new(15_000, 0));
        assert!(after.grant_cap.citation.contains("Hypothèse de test"));
        assert!(after.decision.contains("hypothétique"));

        let mut same = after.clone();
        same.effective = before.effective;
        same.decision = before.decision;
        same.grant_cap = before.grant_cap.clone();
        assert_eq!(same, before);
    }

    #[test]
    fn the_shipped_table_is_untouched_by_the_fixture() {
        assert_eq!(params::versions(), vec![table_2024()]);
        assert_eq!(params::in_force_on(date("2027-01-01")), Some(table_2024()));
    }
}
