//! The rules are declared once (`rules/src/rules/mod.rs`, `RULES`): what
//! follows from the declarations agrees with them — the enum's order, each
//! quotation a sentence of the scheme, each parameter read a field of the
//! table, and the TypeScript union of ids in `js/booster-ia.d.ts`.

use booster_ia::rules::{RuleId, RULES};

/// Whitespace-insensitive text, as the scheme's lines wrap.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_declarations_are_the_enum_in_its_order() {
    assert_eq!(RULES.len(), RuleId::ALL.len());
    for (decl, id) in RULES.iter().zip(RuleId::ALL) {
        assert_eq!(decl.id, *id);
        assert_eq!(id.decl().id, *id);
        assert_eq!(RuleId::from_code(id.code()), Some(*id));
    }
}

#[test]
fn each_quotation_is_in_the_scheme_s_text() {
    let scheme = flat(include_str!("../../docs/booster-ia.txt"));
    // The test fixture's made-up rule says so and quotes nothing.
    for decl in RULES
        .iter()
        .filter(|d| !d.quote.citation.starts_with("Hypothèse de test"))
    {
        // `[…]` marks words left out: each piece is quoted as written.
        for piece in decl.quote.citation.split("[…]") {
            let piece = flat(piece.trim());
            assert!(
                piece.is_empty() || scheme.contains(&piece),
                "{}: not in docs/booster-ia.txt: {piece}",
                decl.id.code()
            );
        }
    }
}

#[test]
fn each_parameter_read_is_a_field_of_the_table() {
    let table: serde_json::Value =
        serde_json::from_str(include_str!("../params/booster-ia.json")).unwrap();
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/params-second-version.json")).unwrap();
    for decl in RULES {
        for name in decl.reads {
            assert!(
                table["parameters"].get(name).is_some()
                    || fixture["parameters"].get(name).is_some(),
                "{}: reads `{name}`, which no parameter file has",
                decl.id.code()
            );
        }
    }
}

/// The ids of the `RuleId` union in the TypeScript declarations, in order.
fn typescript_rule_ids() -> Vec<String> {
    let declarations = include_str!("../../js/booster-ia.d.ts");
    let union = declarations
        .split("export type RuleId =")
        .nth(1)
        .expect("js/booster-ia.d.ts declares `export type RuleId`");
    let union = &union[..union.find(';').expect("the union ends with `;`")];
    union
        .split('|')
        .map(|id| id.trim().trim_matches('"').to_string())
        .filter(|id| !id.is_empty())
        .collect()
}

#[test]
fn the_typescript_union_of_ids_is_the_declarations() {
    // The test fixture's made-up rule (its feature) is not shipped.
    let declared: Vec<String> = RULES
        .iter()
        .filter(|d| !d.quote.citation.starts_with("Hypothèse de test"))
        .map(|d| d.id.code().to_string())
        .collect();
    assert_eq!(
        typescript_rule_ids(),
        declared,
        "js/booster-ia.d.ts's `RuleId` differs from the rules' declarations"
    );
}
