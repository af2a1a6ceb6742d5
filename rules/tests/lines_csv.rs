//! Budget lines through a spreadsheet: written then read back, every example
//! in both languages and generated drafts with awkward labels give the same
//! lines; a French file with its BOM and decimal commas reads; a row that
//! cannot be read is reported with its line number and every other row kept.
#![cfg(feature = "csv")]

use booster_ia::draft::*;
use booster_ia::format::{MAX_BUDGET_LINES, MAX_TEXT_CHARS};
use booster_ia::lines_csv::{
    assessment_csv, lines_csv, read_lines_csv, with_lines, LineColumn, LineProblem, LineProblemKind,
};
use booster_ia::money::AmountError;
use booster_ia::{assess, parse_draft, text, Draft, Lang};
use proptest::prelude::*;
use rust_decimal::Decimal;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn example(path: &str) -> Draft {
    let text = std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap();
    parse_draft(&text).unwrap().draft
}

fn examples() -> Vec<(String, Draft)> {
    let mut all = Vec::new();
    for dir in ["examples", "examples/en"] {
        let mut names: Vec<_> = std::fs::read_dir(format!("{ROOT}/{dir}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        names.sort();
        for path in names {
            let name = format!("{dir}/{}", path.file_name().unwrap().to_str().unwrap());
            all.push((name.clone(), example(&name)));
        }
    }
    assert!(all.len() >= 9, "the examples are there");
    all
}

/// A line as the spreadsheet carries it: everything but its id.
type Seen = (String, Category, String, Option<Decimal>, Option<bool>);

/// Lines as the spreadsheet carries them.
fn seen(lines: &[BudgetLine]) -> Vec<Seen> {
    lines
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
        .collect()
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn chaque_exemple_revient_du_tableur_avec_les_memes_lignes_dans_les_deux_langues() {
    for (name, draft) in examples() {
        for lang in [Lang::Fr, Lang::En] {
            let sheet = lines_csv(&draft, lang);
            let read = read_lines_csv(&sheet, &draft);
            assert_eq!(read.problems, [], "{name} {lang:?}\n{sheet}");
            assert_eq!(read.lang, lang, "{name}");
            assert_eq!(seen(&read.lines), seen(&draft.budget), "{name} {lang:?}");
            // Fresh ids, unique, never a partner's.
            let mut ids: Vec<&str> = read.lines.iter().map(|l| l.id.as_str()).collect();
            ids.extend(draft.partners.iter().map(|p| p.id.as_str()));
            let count = ids.len();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), count, "{name}");
            // The lines read give the same figures.
            let mut again = draft.clone();
            again.budget = read.lines;
            let (a, b) = (assess(&again).unwrap(), assess(&draft).unwrap());
            assert_eq!((a.grant, a.eligible_costs), (b.grant, b.eligible_costs));
        }
    }
}

#[test]
fn the_french_sheet_has_a_bom_semicolons_decimal_commas_and_french_words() {
    let draft = example("examples/eligible.json");
    let sheet = lines_csv(&draft, Lang::Fr);
    assert!(sheet.starts_with('\u{feff}'), "a byte-order mark");
    let mut rows = sheet.trim_start_matches('\u{feff}').lines();
    assert_eq!(
        rows.next(),
        Some("partenaire;catégorie;libellé;montant HT;personnel permanent")
    );
    assert_eq!(
        rows.next(),
        Some("Conserverie du Bessin;Frais de personnel;Stagiaire data science, 6 mois;4000,00;non")
    );
    let sheet = lines_csv(&draft, Lang::En);
    assert!(!sheet.starts_with('\u{feff}'));
    let mut rows = sheet.lines();
    assert_eq!(
        rows.next(),
        Some("partner,category,label,amount excl. VAT,permanent staff")
    );
    assert_eq!(
        rows.next(),
        Some("Conserverie du Bessin,Personnel,\"Stagiaire data science, 6 mois\",4000.00,no")
    );
}

#[test]
fn un_fichier_francais_avec_bom_et_virgules_decimales_se_lit() {
    let draft = example("examples/eligible.json");
    let sheet = "\u{feff}Partenaire;Catégorie;Libellé;Montant;Personnel permanent\r\n\
        Conserverie du Bessin;frais de personnel;Stagiaire;4 000,50;non\r\n\
        Laboratoire d’informatique de Rouen;Prestations intellectuelles;Modèle;\"1 234,56 €\";\r\n\
        p1;licences;Licence;1234.56;Non\r\n\
        conserverie du bessin;matériel;Caméra;\"1.234,5\";oui\r\n\
        ;;;;\r\n";
    let read = read_lines_csv(sheet, &draft);
    assert_eq!(read.problems, []);
    assert_eq!(read.lang, Lang::Fr);
    assert_eq!(
        seen(&read.lines),
        [
            (
                "p1".into(),
                Category::Personnel,
                "Stagiaire".into(),
                Some(dec("4000.50")),
                Some(false)
            ),
            (
                "p2".into(),
                Category::IntellectualServices,
                "Modèle".into(),
                Some(dec("1234.56")),
                None
            ),
            (
                "p1".into(),
                Category::Licences,
                "Licence".into(),
                Some(dec("1234.56")),
                Some(false)
            ),
            (
                "p1".into(),
                Category::Equipment,
                "Caméra".into(),
                Some(dec("1234.5")),
                Some(true)
            ),
        ]
    );
}

#[test]
fn an_english_file_reads_with_points_thousands_commas_and_english_words() {
    let draft = example("examples/en/eligible.json");
    let sheet = "partner,category,label,amount,permanent staff\n\
        Conserverie du Bessin,intellectual_services,Model,\"1,234.56\",no\n\
        Conserverie du Bessin,Licenses,Licence,1234.56,yes\n\
        Conserverie du Bessin,equipment,Camera,,no\n";
    let read = read_lines_csv(sheet, &draft);
    assert_eq!(read.problems, []);
    assert_eq!(read.lang, Lang::En);
    assert_eq!(read.lines[0].amount, Some(dec("1234.56")));
    assert_eq!(read.lines[1].category, Category::Licences);
    assert_eq!(read.lines[1].permanent_staff, Some(true));
    assert_eq!(read.lines[0].permanent_staff, Some(false));
    assert_eq!(
        read.lines[2].amount, None,
        "a blank amount is not known yet"
    );
}

#[test]
fn une_ligne_au_montant_illisible_est_signalee_avec_son_numero_et_les_autres_gardees() {
    let draft = example("examples/eligible.json");
    let sheet = "partenaire;catégorie;libellé;montant HT;personnel permanent\n\
        Conserverie du Bessin;Frais de personnel;Stagiaire;4000;non\n\
        Conserverie du Bessin;Licences;\"Licence\nsur deux lignes\";1500;non\n\
        Conserverie du Bessin;Licences;Licence bis;douze cents;non\n\
        Inconnu SA;Licences;Licence ter;100;non\n\
        Conserverie du Bessin;Voyage en Lune;Fusée;100;peut-être\n\
        Conserverie du Bessin;Licences;Trop court\n\
        Conserverie du Bessin;Licences;Trop long;100;non;en trop\n\
        Conserverie du Bessin;Consommables;Étiquettes;300;non;;\n";
    let read = read_lines_csv(sheet, &draft);
    let labels: Vec<&str> = read.lines.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Stagiaire", "Licence\nsur deux lignes", "Étiquettes"]
    );
    assert_eq!(
        read.problems,
        [
            LineProblem {
                line: 5,
                kind: LineProblemKind::UnreadableAmount {
                    text: "douze cents".into(),
                    error: AmountError::Malformed
                }
            },
            LineProblem {
                line: 6,
                kind: LineProblemKind::UnknownPartner {
                    text: "Inconnu SA".into()
                }
            },
            LineProblem {
                line: 7,
                kind: LineProblemKind::UnknownCategory {
                    text: "Voyage en Lune".into()
                }
            },
            LineProblem {
                line: 7,
                kind: LineProblemKind::UnreadableYesNo {
                    text: "peut-être".into()
                }
            },
            LineProblem {
                line: 8,
                kind: LineProblemKind::WrongColumnCount {
                    expected: 5,
                    found: 3
                }
            },
            LineProblem {
                line: 9,
                kind: LineProblemKind::WrongColumnCount {
                    expected: 5,
                    found: 6
                }
            },
        ]
    );
    assert_eq!(
        text::line_problem(&read.problems[0], Lang::Fr),
        "ligne 5 : « douze cents » : montant illisible : chiffres, avec au plus deux décimales"
    );
    assert_eq!(
        text::line_problem(&read.problems[4], Lang::En),
        "line 8: 3 cells instead of 5"
    );
    for p in &read.problems {
        for lang in [Lang::Fr, Lang::En] {
            assert!(text::line_problem(p, lang).len() > 15);
        }
    }
}

#[test]
fn a_sheet_without_its_columns_says_which_are_missing() {
    let draft = example("examples/eligible.json");
    let read = read_lines_csv("libellé;montant\nx;1\n", &draft);
    assert!(read.lines.is_empty());
    assert_eq!(
        read.problems,
        [
            LineProblem {
                line: 1,
                kind: LineProblemKind::MissingColumn {
                    column: LineColumn::Partner
                }
            },
            LineProblem {
                line: 1,
                kind: LineProblemKind::MissingColumn {
                    column: LineColumn::Category
                }
            },
        ]
    );
    assert_eq!(
        text::line_problem(&read.problems[1], Lang::Fr),
        "ligne 1 : colonne « catégorie » absente de la ligne d’en-tête"
    );
    let empty = read_lines_csv("", &draft);
    assert_eq!(empty.problems[0].kind, LineProblemKind::Empty);
    let bom_only = read_lines_csv("\u{feff}", &draft);
    assert_eq!(bom_only.problems[0].kind, LineProblemKind::Empty);
    // The permanent staff column may be left out: not said yet, as a blank cell.
    let read = read_lines_csv(
        "partner,category,label,amount\nConserverie du Bessin,licences,x,1\n",
        &draft,
    );
    assert_eq!(read.problems, []);
    assert_eq!(read.lines[0].permanent_staff, None);
}

#[test]
fn partners_are_named_so_the_sheet_reads_back_even_unnamed_or_namesakes() {
    let mut draft = example("examples/eligible.json");
    draft.partners[1].name = String::new();
    draft.partners.push(Partner {
        id: "p3".into(),
        name: "Conserverie du Bessin".into(),
        ..draft.partners[0].clone()
    });
    draft.partners[2].role = Role::Partner;
    draft.budget[1].partner = "p2".into();
    draft.budget[2].partner = "p3".into();
    draft.budget[3].partner = String::new();
    let sheet = lines_csv(&draft, Lang::Fr);
    assert!(sheet.contains("\nPartenaire 2;"), "{sheet}");
    assert!(sheet.contains("\np3;"), "a namesake by its id: {sheet}");
    assert!(sheet.contains("\n;Équipement;"), "no partner yet: {sheet}");
    let read = read_lines_csv(&sheet, &draft);
    assert_eq!(read.problems, []);
    assert_eq!(seen(&read.lines), seen(&draft.budget));
    // "Partner 2" reads too, and a namesake without its id is ambiguous.
    let read = read_lines_csv(
        "partner,category,label,amount\nPartner 2,licences,x,1\nConserverie du Bessin,licences,y,1\n",
        &draft,
    );
    assert_eq!(read.lines[0].partner, "p2");
    assert_eq!(
        read.problems,
        [LineProblem {
            line: 3,
            kind: LineProblemKind::AmbiguousPartner {
                text: "Conserverie du Bessin".into()
            }
        }]
    );
}

#[test]
fn the_assessment_sheet_says_each_line_and_the_totals_with_check_alls_names() {
    let draft = example("examples/eligible.json");
    let a = assess(&draft).unwrap();
    let sheet = assessment_csv(&draft, &a, Lang::Fr);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_reader(sheet.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "partenaire",
            "catégorie",
            "libellé",
            "montant HT",
            "personnel permanent",
            "éligible",
            "motif de l’exclusion",
            "règles"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let camera = rows
        .iter()
        .find(|r| &r[2] == "Caméra industrielle")
        .unwrap();
    assert_eq!(&camera[5], "non");
    assert_eq!(
        &camera[6],
        "Équipement : catégorie absente de la liste des dépenses éligibles."
    );
    assert_eq!(&camera[7], "cost-category");
    let total = |name: &str| rows.iter().find(|r| &r[2] == name).unwrap()[3].to_string();
    assert_eq!(total("dépenses totales"), "17500,00");
    assert_eq!(total("dépenses éligibles"), "15500,00");
    assert_eq!(total("aide"), "7750,00");
    assert_eq!(total("avance"), "3875,00");
    let verdict = rows.iter().find(|r| &r[2] == "verdict").unwrap();
    assert_eq!(&verdict[5], "Éligible");

    let sheet = assessment_csv(&draft, &a, Lang::En);
    let mut reader = csv::Reader::from_reader(sheet.as_bytes());
    assert_eq!(&reader.headers().unwrap()[5], "eligible");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(rows.iter().any(|r| &r[2] == "grant" && &r[3] == "7750.00"));
}

/// Labels a spreadsheet chokes on: quotes, separators, line breaks, accents,
/// formula starts, apostrophes, spaces at the ends.
fn awkward_label() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Zéèàçœ’'\";,\n\r\t =+@-]{0,24}",
        "[=+@\t\r-][a-z;,\"]{0,8}",
        "'+[=+@-][a-z]{0,4}",
        Just(String::new()),
        Just("  espaces autour  ".to_string()),
        Just("\"guillemets\" ; points-virgules, virgules\nà la ligne".to_string()),
    ]
}

fn awkward_name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("Conserverie du Bessin".to_string()),
        Just("=Labo; \"Rouen\"".to_string()),
        Just("p1".to_string()),
        Just("Partenaire 1".to_string()),
        "[A-Za-zé ,;]{1,12}",
    ]
}

prop_compose! {
    fn draft_with_awkward_lines()(
        names in prop::collection::vec(awkward_name(), 1..4),
        lines in prop::collection::vec(
            (0usize..5, prop::sample::select(Category::ALL), awkward_label(),
             prop::option::of(0i64..10_000_000_000), prop::option::of(any::<bool>())),
            0..12),
    ) -> Draft {
        let mut draft = Draft::default();
        draft.partners = names.iter().enumerate().map(|(i, name)| Partner {
            id: format!("p{}", i + 1),
            name: name.clone(),
            kind: PartnerKind::Company,
            siret: None,
            postcode: "14000".into(),
            country: Country::FRANCE,
            vat_recoverable: None,
            role: if i == 0 { Role::Lead } else { Role::Partner },
            new_to_datalab: false,
        }).collect();
        draft.budget = lines.into_iter().enumerate().map(|(i, (who, category, label, cents, permanent))| BudgetLine {
            id: format!("b{i}"),
            partner: draft.partners.get(who).map(|p| p.id.clone()).unwrap_or_default(),
            category,
            label,
            amount: cents.map(|c| Decimal::new(c, 2)),
            permanent_staff: permanent,
        }).collect();
        draft
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn des_libelles_retors_reviennent_du_tableur_tels_quels(draft in draft_with_awkward_lines(), english in any::<bool>()) {
        let lang = if english { Lang::En } else { Lang::Fr };
        let sheet = lines_csv(&draft, lang);
        let read = read_lines_csv(&sheet, &draft);
        prop_assert_eq!(&read.problems, &[], "{}", sheet);
        prop_assert_eq!(seen(&read.lines), seen(&draft.budget));
        // No cell starts as a formula would.
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(lang.csv().delimiter())
            .has_headers(false)
            .flexible(true)
            .from_reader(sheet.trim_start_matches('\u{feff}').as_bytes());
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{:?}", cell);
            }
        }
    }

    #[test]
    fn reading_any_text_as_a_sheet_never_panics(text in "(?s).{0,300}") {
        let draft = example("examples/eligible.json");
        let read = read_lines_csv(&text, &draft);
        for p in &read.problems {
            prop_assert!(p.line >= 1);
        }
    }
}

#[test]
fn un_fichier_aux_fins_de_ligne_crlf_donne_les_memes_numeros_de_ligne() {
    // A spreadsheet saves its rows with \r\n: the line numbers are the file's.
    let draft = example("examples/eligible.json");
    let sheet = "\u{feff}partenaire;catégorie;libellé;montant HT;personnel permanent\r\n\
        Conserverie du Bessin;Frais de personnel;Stagiaire;4 000,50;non\r\n\
        Conserverie du Bessin;Licences;Plateforme;quinze cents;non\r\n\
        Conserverie du Bessin;Licences;\"Sur\r\ndeux lignes\";10;non\r\n\
        Conserverie du Bessin;Licences;Encore;onze;non\r\n";
    let read = read_lines_csv(sheet, &draft);
    let lines: Vec<usize> = read.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [3, 6]);
    assert_eq!(read.lines.len(), 2);
}

#[test]
fn des_lignes_lues_ajoutees_au_brouillon_ne_reprennent_aucun_identifiant() {
    let draft = example("examples/eligible.json");
    let sheet = lines_csv(&draft, Lang::Fr);
    let read = read_lines_csv(&sheet, &draft);
    assert_eq!(read.lines.len(), draft.budget.len());
    for line in &read.lines {
        assert!(
            draft.budget.iter().all(|l| l.id != line.id),
            "{} reused",
            line.id
        );
        assert!(
            draft.partners.iter().all(|p| p.id != line.id),
            "{} reused",
            line.id
        );
    }
}

/// A French sheet of `n` rows of the lead's interns, 100 € each.
fn sheet_of(n: usize) -> String {
    let mut sheet = String::from("partenaire;catégorie;libellé;montant HT;personnel permanent\n");
    for i in 0..n {
        sheet.push_str(&format!(
            "Conserverie du Bessin;Frais de personnel;Stagiaire {i};100;non\n"
        ));
    }
    sheet
}

#[test]
fn un_tableur_de_5_000_lignes_est_lu_et_la_5_001e_est_signalee() {
    let draft = example("examples/eligible.json");
    let read = read_lines_csv(&sheet_of(MAX_BUDGET_LINES), &draft);
    assert_eq!(read.lines.len(), MAX_BUDGET_LINES);
    assert!(read.problems.is_empty());
    let read = read_lines_csv(&sheet_of(MAX_BUDGET_LINES + 1), &draft);
    assert_eq!(read.lines.len(), MAX_BUDGET_LINES);
    assert_eq!(
        read.problems,
        [LineProblem {
            line: MAX_BUDGET_LINES + 2,
            kind: LineProblemKind::TooManyLines {
                limit: MAX_BUDGET_LINES
            }
        }]
    );
}

#[test]
fn un_libelle_de_5_000_caracteres_est_lu_et_de_5_001_signale() {
    let draft = example("examples/eligible.json");
    let row = |n: usize| {
        format!(
            "partenaire;catégorie;libellé;montant HT;personnel permanent\n\
             Conserverie du Bessin;Licences;{};10;non\n",
            "é".repeat(n)
        )
    };
    let read = read_lines_csv(&row(MAX_TEXT_CHARS), &draft);
    assert_eq!((read.lines.len(), read.problems.len()), (1, 0));
    let read = read_lines_csv(&row(MAX_TEXT_CHARS + 1), &draft);
    assert_eq!(read.lines.len(), 0);
    assert!(matches!(
        read.problems[..],
        [LineProblem {
            line: 2,
            kind: LineProblemKind::TextTooLong { .. }
        }]
    ));
}

#[test]
fn des_lignes_ajoutees_jusqu_a_5_000_en_tout_passent_au_dela_non() {
    let draft = example("examples/eligible.json");
    let own = draft.budget.len();
    let fits = read_lines_csv(&sheet_of(MAX_BUDGET_LINES - own), &draft).lines;
    let merged = with_lines(&draft, &fits, true).expect("5 000 lines in all fit");
    assert_eq!(merged.budget.len(), MAX_BUDGET_LINES);
    assert_eq!(merged.budget[..own], draft.budget[..]);
    let too_many = read_lines_csv(&sheet_of(MAX_BUDGET_LINES - own + 1), &draft).lines;
    assert_eq!(with_lines(&draft, &too_many, true), None);
    // Replacing, the same lines fit: the draft's own go.
    let replaced = with_lines(&draft, &too_many, false).expect("replacing fits");
    assert_eq!(replaced.budget, too_many);
}
