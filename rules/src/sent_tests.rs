//! The sent message: what a contact form needs by default, the details on
//! request, every key named in both languages, a blank draft sending nothing.

use super::*;
use crate::{assess, parse_draft, text, Lang};

fn example(name: &str) -> (Draft, Assessment) {
    let path = format!("{}/../examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let draft = parse_draft(&std::fs::read_to_string(path).expect("example"))
        .expect("a draft")
        .draft;
    let a = assess(&draft).expect("assessed");
    (draft, a)
}

fn parsed(draft: &Draft, a: &Assessment, details: bool, lang: Lang) -> Value {
    let say = |c: &crate::Check| text::check_message(c, lang);
    serde_json::from_str(&message_json(draft, a, details, say)).expect("JSON")
}

fn all_keys(items: &[Item], out: &mut Vec<Result<SentKey, String>>) {
    for i in items {
        out.push(i.key.clone());
        all_keys(&i.parts, out);
    }
}

#[test]
fn by_default_the_title_the_verdict_and_the_figures_only() {
    let (draft, a) = example("eligible");
    let m = parsed(&draft, &a, false, Lang::Fr);
    let keys: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 4, "{keys:?}");
    for k in ["type", "title", "verdict", "figures"] {
        assert!(keys.contains(&k), "{k}");
    }
    assert_eq!(m["type"], MESSAGE_TYPE);
    assert_eq!(m["title"], draft.project.title.as_str());
    assert_eq!(m["verdict"], "eligible");
    // The same figures as the checker's report.
    let report = crate::check_json(&a, &[]);
    for f in sent_figures() {
        assert_eq!(m["figures"][f.code()], report[f.code()], "{}", f.code());
    }
    assert_eq!(
        m["figures"].as_object().unwrap().len(),
        sent_figures().count()
    );
}

#[test]
fn with_the_details_each_line_each_partner_and_each_check() {
    let (draft, a) = example("eligible");
    let m = parsed(&draft, &a, true, Lang::En);
    assert_eq!(m["lines"].as_array().unwrap().len(), a.lines.len());
    assert_eq!(
        m["partners"].as_array().unwrap().len(),
        a.costs_by_partner.len()
    );
    assert_eq!(m["checks"].as_array().unwrap().len(), a.checks.len());
    let first = &draft.budget[0];
    assert_eq!(m["lines"][0]["label"], first.label.as_str());
    let bearer = draft
        .partners
        .iter()
        .find(|p| p.id == first.partner)
        .unwrap();
    assert_eq!(m["lines"][0]["name"], bearer.name.as_str());
    assert_eq!(
        m["checks"][0]["message"],
        text::check_message(&a.checks[0], Lang::En).as_str()
    );
    // French messages in French.
    let fr = parsed(&draft, &a, true, Lang::Fr);
    assert_eq!(
        fr["checks"][0]["message"],
        text::check_message(&a.checks[0], Lang::Fr).as_str()
    );
}

#[test]
fn the_list_is_walked_from_the_message_and_every_key_is_named() {
    for name in [
        "eligible",
        "not-eligible",
        "incomplete",
        "association",
        "cap-binds",
    ] {
        let (draft, a) = example(name);
        for details in [false, true] {
            let m = parsed(&draft, &a, details, Lang::Fr);
            let listed = items(&m);
            assert_eq!(listed.len(), m.as_object().unwrap().len(), "{name}");
            let mut keys = Vec::new();
            all_keys(&listed, &mut keys);
            for k in keys {
                let k = k.unwrap_or_else(|raw| panic!("{name}: unnamed key {raw}"));
                for lang in [Lang::Fr, Lang::En] {
                    assert!(!text::sent_key(k, lang).is_empty());
                }
            }
            let lines = listed.iter().find(|i| i.key == Ok(SentKey::Lines));
            assert_eq!(lines.is_some(), details, "{name}");
            if let Some(lines) = lines {
                assert_eq!(lines.count, Some(a.lines.len()));
                let parts: Vec<_> = lines.parts.iter().map(|p| p.key.clone()).collect();
                let expected = [
                    SentKey::Label,
                    SentKey::Name,
                    SentKey::Amount,
                    SentKey::Eligible,
                ];
                assert_eq!(parts, expected.map(Ok).to_vec());
            }
        }
    }
    // A key nobody named is listed by its spelling, never dropped.
    let odd = serde_json::json!({ "title": "x", "secret": 1 });
    let listed = items(&odd);
    assert_eq!(listed[0].key, Ok(SentKey::Title));
    assert_eq!(listed[1].key, Err("secret".to_string()));
}

#[test]
fn every_key_has_its_own_spelling() {
    let all = SentKey::all();
    for (i, a) in all.iter().enumerate() {
        assert_eq!(SentKey::from_code(a.code()), Some(*a));
        for b in &all[i + 1..] {
            assert_ne!(a.code(), b.code());
        }
    }
}

#[test]
fn a_blank_draft_has_nothing_to_send_and_one_word_is_enough() {
    let mut draft = Draft::default();
    assert!(!has_content(&draft));
    draft.project.title = "   ".into();
    assert!(!has_content(&draft));
    draft.project.title = "Vision".into();
    assert!(has_content(&draft));
    let (full, _) = example("eligible");
    let lines_only = Draft {
        budget: full.budget.clone(),
        ..Draft::default()
    };
    assert!(has_content(&lines_only));
    let partner_only = Draft {
        partners: full.partners.clone(),
        ..Draft::default()
    };
    assert!(has_content(&partner_only));
}
