//! The consortium's commands: `booster-ia part`, `merge` and `lines`, their
//! files and exit codes — 0 done, 1 conflicts not accepted, 2 an invalid
//! file (named with the path of what is wrong) or a line of a spreadsheet
//! that cannot be read, and then nothing written.

use serde_json::Value;
use std::path::{Path, PathBuf};

mod cli;
use cli::{example, p, run};

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    cli::folder("consortium", name)
}

/// The figures `booster-ia check` gives a draft file.
fn figures(path: &str) -> (String, String, String) {
    let (_, out, _) = run(&["check", path]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let s = |k: &str| v[k].as_str().unwrap().to_string();
    (s("verdict"), s("eligible_costs"), s("grant"))
}

/// The eligible example without the laboratory's line: the lead's draft
/// before the laboratory's part comes.
fn draft_without_the_lab(dir: &Path) -> PathBuf {
    let mut draft: Value =
        serde_json::from_str(&std::fs::read_to_string(example("eligible.json")).unwrap()).unwrap();
    draft["budget"]
        .as_array_mut()
        .unwrap()
        .retain(|l| l["partner"] != "p2");
    let path = dir.join("lead.json");
    std::fs::write(&path, draft.to_string()).unwrap();
    path
}

#[test]
fn the_labs_part_merged_gives_the_figures_of_the_whole_draft_and_exits_0() {
    let dir = folder("merge");
    let part = dir.join("lab.json");
    let (code, out, _) = run(&[
        "part",
        &example("eligible.json"),
        "--partner",
        "p2",
        "-o",
        p(&part),
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Laboratoire d’informatique de Rouen (1 ligne)"),
        "{out}"
    );
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&part).unwrap()).unwrap();
    assert_eq!(written["format"], "booster-ia-part");
    assert!(
        booster_ia::Date::parse(written["exported"].as_str().unwrap()).is_some(),
        "today's date"
    );

    let lead = draft_without_the_lab(&dir);
    let merged = dir.join("merged.json");
    let (code, out, err) = run(&["merge", p(&lead), p(&part), "-o", p(&merged)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Partie 1 = "), "{out}");
    assert!(
        out.contains("rattachée à Laboratoire d’informatique de Rouen, même nom."),
        "{out}"
    );
    assert!(out.contains("Aucun conflit."), "{out}");
    assert_eq!(figures(p(&merged)), figures(&example("eligible.json")));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&merged).unwrap()).unwrap();
    assert_eq!(v["version"], 3, "written as format v3");
    assert!(v["assessment"].is_object());
}

#[test]
fn a_conflict_exits_1_and_writes_nothing_unless_accepted() {
    let dir = folder("conflict");
    let part = dir.join("asso.json");
    // The lead of another project: added, but as a partner (its other title
    // is no conflict, only said).
    let (code, _, _) = run(&[
        "part",
        &example("association.json"),
        "--partner",
        "asso",
        "-o",
        p(&part),
    ]);
    assert_eq!(code, 0);
    let merged = dir.join("merged.json");
    let (code, out, err) = run(&[
        "merge",
        &example("eligible.json"),
        p(&part),
        "-o",
        p(&merged),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 1);
    assert!(out.contains("1 conflict to settle:"), "{out}");
    assert!(out.contains("presents its partner as the lead"), "{out}");
    assert!(
        out.contains("Project title in this part, for information:"),
        "{out}"
    );
    assert!(err.contains("nothing written"), "{err}");
    assert!(!merged.exists());
    let (code, _, _) = run(&[
        "merge",
        &example("eligible.json"),
        p(&part),
        "-o",
        p(&merged),
        "--accept-conflicts",
    ]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&merged).unwrap()).unwrap();
    assert_eq!(v["partners"].as_array().unwrap().len(), 3);
}

#[test]
fn an_invalid_part_exits_2_with_its_file_and_the_path_of_what_is_wrong() {
    let dir = folder("invalid");
    let part = dir.join("lab.json");
    run(&[
        "part",
        &example("eligible.json"),
        "--partner",
        "p1",
        "-o",
        p(&part),
    ]);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&part).unwrap()).unwrap();
    v["partner"]["siret"] = "12345678901234".into();
    std::fs::write(&part, v.to_string()).unwrap();
    let merged = dir.join("merged.json");
    let (code, _, err) = run(&[
        "merge",
        &example("eligible.json"),
        p(&part),
        "-o",
        p(&merged),
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{}: partner.siret : SIRET invalide", p(&part))),
        "{err}"
    );
    assert!(!merged.exists());
    // A draft given as a part says so.
    let (code, _, err) = run(&[
        "merge",
        &example("eligible.json"),
        &example("eligible.json"),
        "-o",
        p(&merged),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("format: this is a whole draft"), "{err}");
    // An unknown partner, a missing -o: exit 2.
    assert_eq!(
        run(&[
            "part",
            &example("eligible.json"),
            "--partner",
            "zz",
            "-o",
            p(&part)
        ])
        .0,
        2
    );
    assert_eq!(
        run(&["part", &example("eligible.json"), "--partner", "p1"]).0,
        2
    );
    assert_eq!(
        run(&["merge", &example("eligible.json"), "-o", p(&merged)]).0,
        2
    );
}

#[test]
fn budget_lines_go_to_a_spreadsheet_and_come_back() {
    let dir = folder("lines");
    let sheet = dir.join("lignes.csv");
    let (code, _, _) = run(&["lines", &example("eligible.json"), "--csv", p(&sheet)]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(&sheet).unwrap();
    assert!(text.starts_with("\u{feff}partenaire;catégorie;"), "{text}");
    // Changed in the spreadsheet: the camera becomes a service of 2 500,50 €.
    let edited = text.replace(
        "Équipement;Caméra industrielle;2000,00",
        "Prestations;Caméra industrielle;2 500,50",
    );
    std::fs::write(&sheet, edited).unwrap();
    let out = dir.join("out.json");
    let (code, stdout, err) = run(&[
        "lines",
        &example("eligible.json"),
        "--from-csv",
        p(&sheet),
        "-o",
        p(&out),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("4 lignes lues"), "{stdout}");
    let (verdict, eligible, grant) = figures(p(&out));
    assert_eq!(
        (verdict.as_str(), eligible.as_str(), grant.as_str()),
        ("eligible", "18000.50", "9000.25")
    );

    let english = dir.join("lines.csv");
    run(&[
        "lines",
        &example("eligible.json"),
        "--csv",
        p(&english),
        "--lang",
        "en",
    ]);
    let (code, _, _) = run(&[
        "lines",
        &example("eligible.json"),
        "--from-csv",
        p(&english),
        "-o",
        p(&out),
    ]);
    assert_eq!(code, 0);
    assert_eq!(figures(p(&out)), figures(&example("eligible.json")));

    let assessed = dir.join("assessment.csv");
    let (code, _, _) = run(&[
        "lines",
        &example("eligible.json"),
        "--assessment-csv",
        p(&assessed),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(&assessed).unwrap();
    assert!(text.contains(",,grant,7750.00,"), "{text}");
}

#[test]
fn a_spreadsheet_with_unreadable_lines_exits_2_listing_them_and_writes_nothing() {
    let dir = folder("bad-lines");
    let sheet = dir.join("bad.csv");
    std::fs::write(
        &sheet,
        "partenaire;catégorie;libellé;montant HT;personnel permanent\n\
         Conserverie du Bessin;Licences;Bonne;100;non\n\
         Conserverie du Bessin;Licences;Mauvaise;cent;non\n\
         Conserverie du Bessin;Licences;Bonne aussi;100;non\n\
         Inconnu;Licences;Orpheline;100;non\n",
    )
    .unwrap();
    let out = dir.join("out.json");
    let (code, _, err) = run(&[
        "lines",
        &example("eligible.json"),
        "--from-csv",
        p(&sheet),
        "-o",
        p(&out),
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("ligne 3 : « cent » : montant illisible"),
        "{err}"
    );
    assert!(
        err.contains("ligne 5 : aucun partenaire du brouillon ne s’appelle « Inconnu »"),
        "{err}"
    );
    assert!(
        err.contains("illisible aux lignes 3, 5 — rien n’est écrit."),
        "{err}"
    );
    assert!(!out.exists());
    // Usage: one of the three, and --from-csv needs -o.
    assert_eq!(run(&["lines", &example("eligible.json")]).0, 2);
    assert_eq!(
        run(&["lines", &example("eligible.json"), "--from-csv", p(&sheet)]).0,
        2
    );
}
