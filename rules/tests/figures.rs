//! The money figures are declared once (`booster_ia::figures`): the JSON, the
//! hand-written TypeScript declarations and the format document follow the
//! declarations, and a test here fails when one of them differs.

use booster_ia::figures::{Json, FIGURES};
use booster_ia::{assess, parse_draft, text, Lang};
use serde_json::Value;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap()
}

/// The lines of `text` from the one starting with `start` to the first one
/// equal to `end`, excluded.
fn block<'a>(text: &'a str, start: &str, end: &str) -> Vec<&'a str> {
    text.lines()
        .skip_while(|l| !l.starts_with(start))
        .take_while(|l| *l != end)
        .collect()
}

#[test]
fn every_declared_figure_is_in_the_json_at_its_key_with_its_value() {
    for name in ["eligible", "cap-binds", "not-eligible", "incomplete"] {
        let draft = parse_draft(&read(&format!("examples/{name}.json")))
            .unwrap()
            .draft;
        let a = assess(&draft).unwrap();
        let json = booster_ia::check_json(&a, &[]);
        for d in FIGURES {
            let at = d.key.split('.').fold(&json, |v, k| &v[k]);
            let amount = booster_ia::money::format_amount(a.money(d.figure));
            assert_eq!(at, &Value::String(amount), "{name}: {}", d.key);
        }
    }
}

#[test]
fn the_typescript_assessment_declares_every_figure_as_money() {
    let ts = read("js/booster-ia.d.ts");
    let assessment = block(&ts, "export interface Assessment {", "}");
    assert!(
        !assessment.is_empty(),
        "js/booster-ia.d.ts declares Assessment"
    );
    for d in FIGURES {
        match d.key.split_once('.') {
            None => assert!(
                assessment.contains(&format!("  {}: Money;", d.key).as_str()),
                "js/booster-ia.d.ts: Assessment lacks `{}: Money;`",
                d.key
            ),
            Some((object, field)) => {
                let inner =
                    block(&assessment.join("\n"), &format!("  {object}: {{"), "  };").join("\n");
                assert!(
                    inner.contains(&format!("    {field}: Money;")),
                    "js/booster-ia.d.ts: Assessment.{object} lacks `{field}: Money;`"
                );
            }
        }
    }
}

#[test]
fn the_format_document_lists_the_figures_keys_in_the_jsons_order() {
    let doc = read("docs/draft-format.md");
    let paragraph = block(&doc, "## The assessment", "How the figures are obtained:").join(" ");
    // The keys it names, in order.
    let named: Vec<&str> = paragraph.split('`').skip(1).step_by(2).collect();
    let json_order = FIGURES
        .iter()
        .filter(|d| d.json == Json::Head)
        .chain(FIGURES.iter().filter(|d| d.json == Json::Body));
    let mut at = 0;
    for d in json_order {
        let found = named[at..].iter().position(|k| *k == d.key);
        let Some(found) = found else {
            panic!("docs/draft-format.md, « The assessment »: `{}` missing or out of order in {named:?}", d.key);
        };
        at += found + 1;
    }
}

#[test]
fn every_figure_has_a_name_and_a_column_and_each_derivation_its_words() {
    for lang in [Lang::Fr, Lang::En] {
        for d in FIGURES {
            assert!(!text::figure_name(d.figure, lang).is_empty(), "{}", d.key);
            let column = text::sheet_column(text::SheetColumn::Figure(d.figure), lang);
            assert!(!column.is_empty(), "{}", d.key);
        }
    }
    let a = assess(&parse_draft(&read("examples/eligible.json")).unwrap().draft).unwrap();
    for what in booster_ia::figures::Explained::all() {
        for lang in [Lang::Fr, Lang::En] {
            assert!(!text::derivation(what, &a, lang).is_empty(), "{what:?}");
        }
    }
}
