//! The spreadsheet's cells: formula-like text written then read back as it
//! was, a Windows-1252 file, categories as people type them.

use super::*;

#[test]
fn une_cellule_qui_ressemble_a_une_formule_revient_telle_quelle() {
    for cell in [
        "=1+1", "+33", "-5", "@A1", "\tx", "\rx", "'=x", "''+x", "'abc", "abc", "", "'",
    ] {
        let written = escape_cell(cell);
        assert!(
            !written.starts_with(is_formula_start),
            "{cell:?} → {written:?}"
        );
        assert_eq!(unescape_cell(&written), cell, "{cell:?} → {written:?}");
    }
    assert_eq!(escape_cell("=SOMME(A1)"), "'=SOMME(A1)");
}

#[test]
fn un_fichier_d_excel_en_windows_1252_se_lit_aussi() {
    let bytes = b"libell\xe9;montant\nFrais g\xe9n\xe9raux \x80 \x9c;1\n";
    assert_eq!(
        decode_sheet(bytes),
        "libellé;montant\nFrais généraux € œ;1\n"
    );
    assert_eq!(decode_sheet("déjà UTF-8".as_bytes()), "déjà UTF-8");
}

#[test]
fn les_categories_se_lisent_comme_on_les_tape() {
    let cases = [
        (
            "Prestations intellectuelles",
            Category::IntellectualServices,
        ),
        ("prestation intellectuelle", Category::IntellectualServices),
        ("intellectual services", Category::IntellectualServices),
        ("intellectual_services", Category::IntellectualServices),
        ("Intellectual Services", Category::IntellectualServices),
        ("frais de personnel", Category::Personnel),
        ("Personnel", Category::Personnel),
        ("licences", Category::Licences),
        ("Licenses", Category::Licences),
        ("Licences d’utilisation", Category::Licences),
        ("licences d'utilisation", Category::Licences),
        ("User licences", Category::Licences),
        ("matériel", Category::Equipment),
        ("MATERIEL", Category::Equipment),
        ("Équipement", Category::Equipment),
        ("equipment", Category::Equipment),
        ("Déplacements", Category::Travel),
        ("frais généraux", Category::Overheads),
        ("Consommables", Category::Consumables),
        ("Prestations", Category::Services),
        ("services", Category::Services),
        ("Autre", Category::Other),
    ];
    for (text, category) in cases {
        assert_eq!(category_from_text(text), Some(category), "{text}");
    }
    for text in [
        "",
        "  ",
        "voyage en Lune",
        "prestations intellectuelles et autres",
    ] {
        assert_eq!(category_from_text(text), None, "{text}");
    }
}
