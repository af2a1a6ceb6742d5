//! A consortium's way of working: each partner sends its part, the lead
//! merges them. A part merged gives the figures of the same lines typed by
//! hand; each part finds its partner by SIRET, by name, or is added; every
//! difference is a conflict, worded in both languages; an invalid part is
//! refused with the path of what is wrong.

use booster_ia::consortium::merge::{
    apply_merge, plan_merge, Conflict, LineChange, MatchKind, MergePlan,
};
use booster_ia::consortium::part::{parse_part, part_json, PartFile};
use booster_ia::draft::*;
use booster_ia::format::draft_json;
use booster_ia::format::Problem;
use booster_ia::report::merge_report;
use booster_ia::{assess, parse_draft, text, Date, Draft, Lang};
use std::collections::HashSet;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn example(name: &str) -> Draft {
    let text = std::fs::read_to_string(format!("{ROOT}/examples/{name}")).unwrap();
    parse_draft(&text).unwrap().draft
}

fn today() -> Date {
    Date::parse("2027-01-05").unwrap()
}

/// The part of `partner` of `draft`, read back as a partner's file.
fn part_of(draft: &Draft, partner: &str) -> PartFile {
    parse_part(&part_json(draft, partner, today()).expect("a partner of the draft"))
        .expect("a part we wrote reads back")
}

/// The draft without partner `id`'s lines: what the lead has before the part comes.
fn without_lines_of(draft: &Draft, id: &str) -> Draft {
    let mut d = draft.clone();
    d.budget.retain(|l| l.partner != id);
    d
}

/// A line as a reader sees it: who, what, how much, permanent staff or not.
type Seen = (
    String,
    Category,
    String,
    Option<rust_decimal::Decimal>,
    Option<bool>,
);

/// Lines as a reader sees them: who, what, how much — ids set aside.
fn lines_seen(draft: &Draft) -> Vec<Seen> {
    let mut lines: Vec<_> = draft
        .budget
        .iter()
        .map(|l| {
            (
                l.partner.clone(),
                l.category,
                l.label.clone(),
                l.amount,
                l.permanent_staff,
            )
        })
        .collect();
    lines.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    lines
}

fn ids_unique(draft: &Draft) {
    let mut seen = HashSet::new();
    for id in draft
        .partners
        .iter()
        .map(|p| &p.id)
        .chain(draft.budget.iter().map(|l| &l.id))
    {
        assert!(seen.insert(id.clone()), "id {id} used twice");
    }
}

/// Every conflict is worded in both languages, naming something.
fn worded(plan: &MergePlan) {
    for c in &plan.conflicts {
        for lang in [Lang::Fr, Lang::En] {
            assert!(text::conflict(c, lang).len() > 20, "{c:?}");
        }
    }
}

#[test]
fn a_part_written_reads_back_the_same() {
    let draft = example("eligible.json");
    let part = part_of(&draft, "p1");
    assert_eq!(part.title, draft.project.title);
    assert_eq!(part.exported, Some(today()));
    assert_eq!(&part.partner, draft.partner("p1").unwrap());
    let theirs: Vec<&BudgetLine> = draft.budget.iter().filter(|l| l.partner == "p1").collect();
    assert_eq!(part.lines.iter().collect::<Vec<_>>(), theirs);
    let json: serde_json::Value =
        serde_json::from_str(&part_json(&draft, "p1", today()).unwrap()).unwrap();
    assert_eq!(json["format"], "booster-ia-part");
    assert_eq!(json["version"], 2);
    assert_eq!(json["exported"], "2027-01-05");
    assert!(
        json["budget"][0].get("partner").is_none(),
        "no partner key in a part's line"
    );
    assert_eq!(part_json(&draft, "p9", today()), None, "no such partner");
}

#[test]
fn une_part_fusionnee_donne_les_chiffres_des_lignes_saisies_a_la_main() {
    for name in [
        "eligible.json",
        "association.json",
        "cap-binds.json",
        "not-eligible.json",
    ] {
        let typed = example(name);
        for partner in &typed.partners {
            let before = without_lines_of(&typed, &partner.id);
            let plan = plan_merge(&before, &[part_of(&typed, &partner.id)]);
            assert!(plan.conflicts.is_empty(), "{name}: {:?}", plan.conflicts);
            let merged = apply_merge(&before, &plan);
            ids_unique(&merged);
            let (a, b) = (assess(&merged).unwrap(), assess(&typed).unwrap());
            assert_eq!(a.verdict, b.verdict, "{name}");
            assert_eq!(a.total_costs, b.total_costs, "{name}");
            assert_eq!(a.eligible_costs, b.eligible_costs, "{name}");
            assert_eq!(a.grant, b.grant, "{name}");
            assert_eq!(lines_seen(&merged), lines_seen(&typed), "{name}");
            let after = plan.after.unwrap();
            assert_eq!(
                (after.grant, after.eligible_costs),
                (b.grant, b.eligible_costs)
            );
            // The merged draft is a valid file.
            parse_draft(&draft_json(&merged)).unwrap();
        }
    }
}

#[test]
fn every_partner_sends_its_part_and_the_lead_gets_the_whole_budget() {
    let typed = example("eligible.json");
    let mut empty = typed.clone();
    empty.budget.clear();
    let parts: Vec<PartFile> = typed
        .partners
        .iter()
        .map(|p| part_of(&typed, &p.id))
        .collect();
    let plan = plan_merge(&empty, &parts);
    assert!(plan.conflicts.is_empty());
    let merged = apply_merge(&empty, &plan);
    assert_eq!(lines_seen(&merged), lines_seen(&typed));
    assert_eq!(
        assess(&merged).unwrap().grant,
        assess(&typed).unwrap().grant
    );
    let before = plan.before.unwrap();
    assert!(before.total_costs.is_zero());
    assert_eq!(
        plan.after.unwrap().total_costs,
        assess(&typed).unwrap().total_costs
    );
}

#[test]
fn a_part_finds_its_partner_by_siret_under_another_name() {
    let draft = example("eligible.json");
    let mut part = part_of(&draft, "p1");
    part.partner.name = "Conserverie du Bessin SAS".into();
    let plan = plan_merge(&draft, &[part]);
    assert_eq!(plan.matches[0].how, MatchKind::Siret);
    assert_eq!(plan.matches[0].partner.id, "p1");
    assert_eq!(
        plan.conflicts,
        vec![Conflict::NameDiffers {
            partner: plan.matches[0].partner.clone(),
            draft: "Conserverie du Bessin".into(),
            part: "Conserverie du Bessin SAS".into(),
        }]
    );
    let merged = apply_merge(&draft, &plan);
    assert_eq!(
        merged.partner("p1").unwrap().name,
        "Conserverie du Bessin",
        "the draft's identity is kept"
    );
    worded(&plan);
}

#[test]
fn a_part_without_siret_in_common_finds_its_partner_by_name() {
    let draft = example("eligible.json");
    // The laboratory has no SIRET in the draft.
    let plan = plan_merge(&draft, &[part_of(&draft, "p2")]);
    assert_eq!(plan.matches[0].how, MatchKind::Name);
    assert_eq!(plan.matches[0].partner.id, "p2");
    let counts = plan.partners[0].counts();
    assert_eq!(
        (
            counts.added,
            counts.replaced,
            counts.removed,
            counts.unchanged
        ),
        (0, 0, 0, 1)
    );
}

#[test]
fn a_partner_unknown_to_the_draft_is_added_as_a_partner_never_a_second_lead() {
    let draft = example("eligible.json");
    let other = example("association.json");
    // The association's lead, unknown to the eligible draft.
    let part = part_of(&other, "asso");
    assert_eq!(part.partner.role, Role::Lead);
    let plan = plan_merge(&draft, std::slice::from_ref(&part));
    assert_eq!(plan.matches[0].how, MatchKind::Added);
    assert!(plan.partners[0].added);
    let merged = apply_merge(&draft, &plan);
    ids_unique(&merged);
    assert_eq!(merged.partners.len(), 3);
    let added = merged.partners.last().unwrap();
    assert_eq!(added.name, part.partner.name);
    assert_eq!(added.role, Role::Partner);
    assert!(draft.partner(&added.id).is_none(), "a fresh id");
    assert_eq!(
        merged
            .partners
            .iter()
            .filter(|p| p.role == Role::Lead)
            .count(),
        1
    );
    assert_eq!(
        merged
            .budget
            .iter()
            .filter(|l| l.partner == added.id)
            .count(),
        part.lines.len()
    );
    // It said it leads: a conflict. Its other title is said for information only.
    assert!(plan
        .conflicts
        .iter()
        .any(|c| matches!(c, Conflict::NotLead { .. })));
    assert_eq!(
        plan.matches[0].other_title.as_deref(),
        Some(other.project.title.trim())
    );
    worded(&plan);
    parse_draft(&draft_json(&merged)).unwrap();
}

#[test]
fn deux_parts_pour_le_meme_partenaire_sont_un_conflit() {
    let draft = example("eligible.json");
    let part = part_of(&draft, "p2");
    let mut again = part.clone();
    again.lines[0].amount = Some("12000".parse().unwrap());
    let plan = plan_merge(&draft, &[part.clone(), again]);
    let Some(Conflict::SamePartnerTwice { partner, parts }) = plan.conflicts.last() else {
        panic!("{:?}", plan.conflicts)
    };
    assert_eq!(partner.id, "p2");
    assert_eq!(parts.iter().map(|p| p.position).collect::<Vec<_>>(), [1, 2]);
    // Both parts' lines are taken: nothing dropped without a word.
    let merged = apply_merge(&draft, &plan);
    assert_eq!(
        merged.budget.iter().filter(|l| l.partner == "p2").count(),
        2
    );
    worded(&plan);

    // A partner added by the first part is found by the second.
    let other = example("association.json");
    let newcomer = part_of(&other, "cu");
    let plan = plan_merge(&draft, &[newcomer.clone(), newcomer]);
    assert_eq!(plan.matches[0].how, MatchKind::Added);
    assert_eq!(plan.matches[1].how, MatchKind::Name);
    assert!(plan
        .conflicts
        .iter()
        .any(|c| matches!(c, Conflict::SamePartnerTwice { .. })));
    assert_eq!(apply_merge(&draft, &plan).partners.len(), 3, "added once");
}

#[test]
fn a_siret_of_one_partner_and_the_name_of_another_is_a_conflict() {
    let draft = example("eligible.json");
    let mut part = part_of(&draft, "p1");
    part.partner.name = "Laboratoire d’informatique de Rouen".into();
    let plan = plan_merge(&draft, &[part]);
    let Some(Conflict::SiretAndNameDisagree {
        siret_partner,
        name_partner,
        ..
    }) = plan.conflicts.first()
    else {
        panic!("{:?}", plan.conflicts)
    };
    assert_eq!(
        (siret_partner.id.as_str(), name_partner.id.as_str()),
        ("p1", "p2")
    );
    assert_eq!(plan.matches[0].partner.id, "p1", "the SIRET wins");
    let fr = text::conflict(&plan.conflicts[0], Lang::Fr);
    assert!(
        fr.contains("Conserverie du Bessin") && fr.contains("Laboratoire d’informatique de Rouen"),
        "{fr}"
    );
    worded(&plan);
}

#[test]
fn each_difference_of_identity_is_a_conflict_and_the_draft_keeps_its_own() {
    let draft = example("eligible.json");
    let mut part = part_of(&draft, "p1");
    part.partner.kind = PartnerKind::Association;
    part.partner.postcode = "76000".into();
    part.partner.country = Country::parse("BE").unwrap();
    part.partner.vat_recoverable = Some(false);
    let plan = plan_merge(&draft, &[part]);
    let kinds: Vec<&str> = plan
        .conflicts
        .iter()
        .map(|c| match c {
            Conflict::KindDiffers { .. } => "kind",
            Conflict::PostcodeDiffers { .. } => "postcode",
            Conflict::CountryDiffers { .. } => "country",
            Conflict::VatDiffers { .. } => "vat",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["kind", "postcode", "country", "vat"]);
    assert_eq!(apply_merge(&draft, &plan).partners, draft.partners);
    assert_eq!(
        text::conflict(&plan.conflicts[1], Lang::Fr),
        "Conserverie du Bessin : code postal 76000 dans sa partie ; le brouillon garde le code postal 14400."
    );
    assert_eq!(
        text::conflict(&plan.conflicts[0], Lang::En),
        "Conserverie du Bessin: “Association” in its part; the draft keeps “Company”."
    );
    worded(&plan);

    // A SIRET the draft does not have, for a partner found by name.
    let mut lab = part_of(&draft, "p2");
    lab.partner.siret = Siret::parse("19876543200010");
    let plan = plan_merge(&draft, &[lab]);
    assert_eq!(plan.matches[0].how, MatchKind::Name);
    assert!(matches!(
        plan.conflicts.as_slice(),
        [Conflict::SiretDiffers { draft: None, .. }]
    ));
    worded(&plan);

    // What the part leaves blank loses nothing: no conflict.
    let mut blank = part_of(&draft, "p1");
    blank.partner.postcode = String::new();
    blank.partner.vat_recoverable = None;
    blank.partner.postcode = " 14 400 ".into();
    assert!(plan_merge(&draft, &[blank]).conflicts.is_empty());
}

#[test]
fn lines_are_added_replaced_removed_or_unchanged_by_label() {
    let draft = example("eligible.json");
    let mut part = part_of(&draft, "p1");
    // b1 unchanged, b3 replaced (amount), b4 removed, one new line.
    part.lines.retain(|l| l.id != "b4");
    part.lines[1].amount = Some("1800".parse().unwrap());
    part.lines.push(BudgetLine {
        id: "x".into(),
        partner: "p1".into(),
        category: Category::Consumables,
        label: "Étiquettes de test".into(),
        amount: Some("300".parse().unwrap()),
        permanent_staff: Some(false),
    });
    let plan = plan_merge(&draft, &[part]);
    let changes = &plan.partners[0].changes;
    assert!(matches!(changes[0], LineChange::Unchanged(_)));
    assert!(matches!(changes[1], LineChange::Replaced { .. }));
    assert!(matches!(changes[2], LineChange::Added(_)));
    assert!(matches!(changes[3], LineChange::Removed(_)));
    assert_eq!(
        text::partner_changes(&plan.partners[0], Lang::Fr),
        "Conserverie du Bessin : 1 ligne ajoutée, 1 remplacée, 1 supprimée, 1 inchangée."
    );
    assert_eq!(
        text::partner_changes(&plan.partners[0], Lang::En),
        "Conserverie du Bessin: 1 line added, 1 replaced, 1 removed, 1 unchanged."
    );
    assert_eq!(
        text::line_change(&changes[1], Lang::Fr),
        "~ « Licence de la plateforme d’annotation » : 1\u{202f}500,00\u{a0}€ → 1\u{202f}800,00\u{a0}€"
    );
    // The equipment line gone: eligible costs + 300, total − 2 000 + 300 + 300.
    let (before, after) = (plan.before.unwrap(), plan.after.unwrap());
    assert_eq!(
        after.eligible_costs - before.eligible_costs,
        "600".parse().unwrap()
    );
    assert_eq!(
        before.total_costs - after.total_costs,
        "1400".parse().unwrap()
    );
    // The new lines take the place of the partner's first line.
    let merged = apply_merge(&draft, &plan);
    let order: Vec<&str> = merged.budget.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(
        order,
        [
            "Stagiaire data science, 6 mois",
            "Licence de la plateforme d’annotation",
            "Étiquettes de test",
            "Conception et entraînement du modèle"
        ]
    );
}

#[test]
fn the_merge_report_says_where_each_part_goes_and_the_figures_before_and_after() {
    let draft = example("eligible.json");
    let mut empty = draft.clone();
    empty.budget.clear();
    let plan = plan_merge(&empty, &[part_of(&draft, "p1"), part_of(&draft, "p2")]);
    let fr = merge_report(&plan, Lang::Fr);
    assert!(fr.contains("fusion des parties — 2 parties"), "{fr}");
    assert!(
        fr.contains(
            "Partie 1 (Conserverie du Bessin) : rattachée à Conserverie du Bessin, même SIRET."
        ),
        "{fr}"
    );
    assert!(fr.contains("Partie 2 (Laboratoire d’informatique de Rouen) : rattachée à Laboratoire d’informatique de Rouen, même nom."), "{fr}");
    assert!(
        fr.contains(
            "Conserverie du Bessin : 3 lignes ajoutées, 0 remplacée, 0 supprimée, 0 inchangée."
        ),
        "{fr}"
    );
    assert!(fr.contains("Aucun conflit."), "{fr}");
    assert!(fr.contains("Incomplet → Éligible"), "{fr}");
    assert!(fr.contains("0,00\u{a0}€ → 7\u{202f}750,00\u{a0}€"), "{fr}");
    let en = merge_report(&plan, Lang::En);
    assert!(en.contains("Figures: before → after"), "{en}");
    assert!(
        en.contains("Part 1 (Conserverie du Bessin): goes to Conserverie du Bessin (same SIRET)."),
        "{en}"
    );
    assert!(
        en.contains("3 lines added, 0 replaced, 0 removed, 0 unchanged."),
        "{en}"
    );
}

#[test]
fn an_invalid_part_is_refused_with_the_path_of_what_is_wrong() {
    let draft = example("eligible.json");
    let good: serde_json::Value =
        serde_json::from_str(&part_json(&draft, "p1", today()).unwrap()).unwrap();
    let refused = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut part = good.clone();
        edit(&mut part);
        parse_part(&part.to_string()).expect_err("refused")
    };
    let e = refused(&|p| p["partner"]["siret"] = "81234567800014".into());
    assert_eq!(
        (e.path.as_str(), &e.problem),
        ("partner.siret", &Problem::Siret)
    );
    assert_eq!(
        e.message(Lang::Fr),
        "partner.siret : SIRET invalide : 14 chiffres dont la clé de Luhn est juste, ou null"
    );
    let e = refused(&|p| p["budget"][2]["amount"] = "1 500".into());
    assert_eq!(e.path, "budget[2].amount");
    let e = refused(&|p| p["budget"][0]["partner"] = "p1".into());
    assert_eq!(
        (e.path.as_str(), &e.problem),
        ("budget[0].partner", &Problem::Unknown)
    );
    let e = refused(&|p| p["budget"][1]["id"] = "b1".into());
    assert_eq!(e.path, "budget[1].id");
    let e = refused(&|p| {
        p.as_object_mut().unwrap().remove("exported");
    });
    assert_eq!(
        (e.path.as_str(), &e.problem),
        ("exported", &Problem::Missing)
    );
    let e = refused(&|p| p["exported"] = "2027-02-30".into());
    assert_eq!((e.path.as_str(), &e.problem), ("exported", &Problem::Date));
    let e = refused(&|p| {
        p["partner"]
            .as_object_mut()
            .unwrap()
            .remove("vat_recoverable");
    });
    assert_eq!(e.path, "partner.vat_recoverable");
    let e = refused(&|p| p["version"] = 3.into());
    assert_eq!(e.problem, Problem::WrongPartVersion { found: "3".into() });
    assert!(
        e.message(Lang::En).contains("reads versions 1 and 2"),
        "{}",
        e.message(Lang::En)
    );
    // Part v2: a line's permanent_staff may be null (not said yet); v1: an
    // answer only, and `null` refused with its path.
    let mut unanswered = good.clone();
    unanswered["budget"][0]["permanent_staff"] = serde_json::Value::Null;
    assert_eq!(
        parse_part(&unanswered.to_string()).unwrap().lines[0].permanent_staff,
        None
    );
    let e = refused(&|p| {
        p["version"] = 1.into();
        p["budget"][0]["permanent_staff"] = serde_json::Value::Null;
    });
    assert_eq!(e.path, "budget[0].permanent_staff");
    let mut v1 = good.clone();
    v1["version"] = 1.into();
    v1["budget"][0]["permanent_staff"] = true.into();
    assert_eq!(
        parse_part(&v1.to_string()).unwrap().lines[0].permanent_staff,
        Some(true)
    );
    let e = refused(&|p| p["title"] = "x".repeat(5001).into());
    assert_eq!(e.path, "title");
    let e = refused(&|p| p["partner"] = serde_json::Value::Null);
    assert_eq!(e.path, "partner");
    // A null export date is "not said".
    let mut undated = good.clone();
    undated["exported"] = serde_json::Value::Null;
    assert_eq!(parse_part(&undated.to_string()).unwrap().exported, None);

    // A whole draft is not a part, and a part is not a draft: each says so.
    let draft_text = std::fs::read_to_string(format!("{ROOT}/examples/eligible.json")).unwrap();
    let e = parse_part(&draft_text).unwrap_err();
    assert_eq!(e.problem, Problem::NotAPart { draft: true });
    assert!(e.message(Lang::Fr).contains("brouillon entier"));
    let e = parse_draft(&good.to_string()).unwrap_err();
    assert_eq!(
        (e.path.as_str(), &e.problem),
        ("format", &Problem::PartNotDraft)
    );
    assert!(e.message(Lang::En).contains("merge it"));
    assert!(matches!(
        parse_part("[1, 2]").unwrap_err().problem,
        Problem::NotAPart { draft: false }
    ));
    assert!(matches!(
        parse_part("{").unwrap_err().problem,
        Problem::NotJson { .. }
    ));
}

#[test]
fn a_merge_up_to_the_formats_limit_of_5_000_lines_has_no_conflict() {
    let draft = example("eligible.json");
    let mut part = part_of(&draft, "p1");
    let line = part.lines[0].clone();
    // With the laboratory's one line, 5 000 lines in all.
    part.lines = (0..booster_ia::format::MAX_BUDGET_LINES - 1)
        .map(|i| BudgetLine {
            id: format!("x{i}"),
            ..line.clone()
        })
        .collect();
    let plan = plan_merge(&draft, &[part]);
    assert_eq!(plan.conflicts, []);
    assert_eq!(
        apply_merge(&draft, &plan).budget.len(),
        booster_ia::format::MAX_BUDGET_LINES
    );
}

#[test]
fn a_merge_beyond_the_formats_limits_is_a_conflict_not_an_unreadable_file() {
    let draft = example("eligible.json");
    let mut part = part_of(&draft, "p1");
    let line = part.lines[0].clone();
    part.lines = (0..booster_ia::format::MAX_BUDGET_LINES)
        .map(|i| BudgetLine {
            id: format!("x{i}"),
            ..line.clone()
        })
        .collect();
    let plan = plan_merge(&draft, &[part]);
    assert_eq!(
        plan.conflicts,
        [Conflict::TooManyLines {
            lines: 5_001,
            limit: 5_000
        }]
    );
    worded(&plan);
}

#[test]
fn a_part_whose_title_differs_is_no_conflict_its_title_said_for_information() {
    let draft = example("eligible.json");
    // The partner typed the project's title its own way.
    let mut part = part_of(&draft, "p2");
    part.title = format!("{} (partie labo)", draft.project.title);
    let plan = plan_merge(&draft, std::slice::from_ref(&part));
    assert!(!plan.has_conflicts(), "{:?}", plan.conflicts);
    assert_eq!(
        plan.matches[0].other_title.as_deref(),
        Some(part.title.as_str())
    );
    let fr = text::part_match(&plan.matches[0], Lang::Fr);
    assert!(
        fr.starts_with("Partie 1 (Laboratoire d’informatique de Rouen) : rattachée"),
        "{fr}"
    );
    assert!(
        fr.ends_with(&format!(
            "Titre du projet dans cette partie, pour information : « {} ».",
            part.title
        )),
        "{fr}"
    );
    let en = text::part_match(&plan.matches[0], Lang::En);
    assert!(
        en.ends_with(&format!(
            "Project title in this part, for information: “{}”.",
            part.title
        )),
        "{en}"
    );
    assert!(merge_report(&plan, Lang::Fr).contains("Aucun conflit."));
    // The same title (spaces aside), or none: nothing to say.
    for title in [format!("  {}  ", draft.project.title), String::new()] {
        part.title = title;
        let plan = plan_merge(&draft, std::slice::from_ref(&part));
        assert!(!plan.has_conflicts());
        assert_eq!(plan.matches[0].other_title, None);
        assert!(!text::part_match(&plan.matches[0], Lang::Fr).contains("Titre du projet"));
    }
}

#[test]
fn french_merge_screens_say_partie_never_part() {
    let draft = example("eligible.json");
    let part = part_of(&draft, "p2");
    let plan = plan_merge(&draft, &[part.clone(), part]);
    let fr = merge_report(&plan, Lang::Fr);
    assert!(fr.contains("Partie 1 ("), "{fr}");
    assert!(
        fr.contains("2 parties vont à Laboratoire d’informatique de Rouen (parties 1 et 2)"),
        "{fr}"
    );
    assert!(!fr.contains("Part 1") && !fr.contains(" part "), "{fr}");
}
