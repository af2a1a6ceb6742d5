//! Les tableurs : colonnes et erreurs de lecture.

use super::*;
use crate::format::LineProblem;
use crate::format::{LineColumn, LineProblemKind};
use crate::text::plural;
use crate::text::SheetColumn;

pub(in crate::text) fn line_column(c: LineColumn) -> &'static str {
    match c {
        LineColumn::Partner => "partenaire",
        LineColumn::Category => "catégorie",
        LineColumn::Label => "libellé",
        LineColumn::Amount => "montant HT",
        LineColumn::PermanentStaff => "personnel permanent",
    }
}

pub(in crate::text) fn sheet_column(c: SheetColumn) -> &'static str {
    match c {
        SheetColumn::File => "fichier",
        SheetColumn::Title => "titre",
        SheetColumn::Lead => "porteur",
        SheetColumn::Verdict => "verdict",
        SheetColumn::Figure(f) => super::figures::figure_column(f),
        SheetColumn::Checks => "vérifications non conformes ou à compléter",
        SheetColumn::Error => "erreur",
        SheetColumn::CheckIds => "identifiants des vérifications",
        SheetColumn::Eligible => "éligible",
        SheetColumn::Reasons => "motif de l’exclusion",
        SheetColumn::Rules => "règles",
    }
}

pub(in crate::text) fn line_problem(k: &LineProblemKind) -> String {
    match k {
        LineProblemKind::Empty => format!(
            "fichier vide : la première ligne nomme les colonnes ({})",
            LineColumn::ALL.map(line_column).join(" ; ")
        ),
        LineProblemKind::Unreadable => "ligne illisible (un guillemet non fermé ?)".into(),
        LineProblemKind::MissingColumn { column } => format!(
            "colonne « {} » absente de la ligne d’en-tête",
            line_column(*column)
        ),
        LineProblemKind::WrongColumnCount { expected, found } => format!(
            "{found} {} au lieu de {expected}",
            plural(L, *found, "cellule", "cellules")
        ),
        LineProblemKind::UnreadableAmount { text, error } => {
            format!("« {text} » : {}", amount_error(*error))
        }
        LineProblemKind::UnknownCategory { text } => format!(
            "catégorie « {text} » inconnue ; catégories possibles : {}",
            crate::draft::Category::ALL
                .iter()
                .map(|c| crate::text::category(*c, L))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        LineProblemKind::UnknownPartner { text } => format!(
            "aucun partenaire du brouillon ne s’appelle « {text} » (ni n’a cet identifiant)"
        ),
        LineProblemKind::AmbiguousPartner { text } => format!(
            "plusieurs partenaires s’appellent « {text} » : indiquez l’identifiant de celui qui porte la dépense"
        ),
        LineProblemKind::UnreadableYesNo { text } => {
            format!("« {text} » : oui ou non attendu")
        }
        LineProblemKind::TextTooLong { column, limit } => format!(
            "{} trop long ({limit} caractères au plus)",
            line_column(*column)
        ),
        LineProblemKind::TooManyLines { limit } => {
            format!("trop de lignes ({limit} au plus dans un brouillon) : la suite n’est pas lue")
        }
    }
}

/// Oui ou non, comme une cellule le dit.
pub(in crate::text) fn yes_no(value: bool) -> &'static str {
    if value {
        "oui"
    } else {
        "non"
    }
}

/// Ce qui ne va pas à une ligne du tableur : « ligne 3 : … ».
pub(in crate::text) fn line_problem_at(p: &LineProblem) -> String {
    format!("ligne {} : {}", p.line, line_problem(&p.kind))
}
