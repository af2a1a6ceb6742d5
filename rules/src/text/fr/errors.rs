//! Les erreurs de format : brouillon, montant, calcul.

use crate::assess::AssessError;
use crate::format::DraftError;
use crate::format::{JsonType, Problem, FORMAT, VERSION};
use crate::money::{max_line_amount, AmountError};

pub(in crate::text) fn assess_error(e: &AssessError) -> String {
    match e {
        AssessError::AmountTooLarge { line } => format!(
            "ligne de budget {line} : montant supérieur à {} €, trop grand pour être calculé",
            max_line_amount()
        ),
        AssessError::NegativeAmount { line } => {
            format!("ligne de budget {line} : montant négatif")
        }
    }
}

pub(in crate::text) fn amount_error(e: AmountError) -> &'static str {
    match e {
        AmountError::Malformed => "montant illisible : chiffres, avec au plus deux décimales",
        AmountError::Negative => "un montant ne peut pas être négatif",
        AmountError::TooManyDecimals => "au plus deux décimales (les centimes)",
        AmountError::TooLarge => "montant trop grand pour être calculé",
    }
}

fn json_type(t: JsonType) -> &'static str {
    match t {
        JsonType::String => "une chaîne",
        JsonType::Object => "un objet",
        JsonType::Array => "un tableau",
        JsonType::Bool => "true ou false",
        JsonType::BoolOrNull => "true, false ou null",
        JsonType::StringOrNull => "une chaîne ou null",
        JsonType::ObjectOrNull => "un objet ou null",
    }
}

pub(in crate::text) fn draft_problem(p: &Problem) -> String {
    match p {
        Problem::FileTooLarge { bytes } => {
            format!("fichier trop volumineux ({bytes} octets ; 5 Mo au plus)")
        }
        Problem::NotJson { line, column } => {
            format!("ce n’est pas du JSON valide (ligne {line}, colonne {column})")
        }
        Problem::TooDeep => "JSON imbriqué trop profondément pour être un brouillon".into(),
        Problem::WrongFormat => {
            format!("ce n’est pas un brouillon Booster IA (« format » doit valoir \"{FORMAT}\")")
        }
        Problem::WrongVersion { found } => {
            format!("version {found} non prise en charge : ce simulateur lit les versions 1 à {VERSION}")
        }
        Problem::PartNotDraft => "c’est la partie d’un partenaire, pas un brouillon : fusionnez-la dans le brouillon du porteur".into(),
        Problem::NotAPart { draft: true } => "c’est un brouillon entier, pas la partie d’un partenaire : ouvrez-le comme brouillon".into(),
        Problem::NotAPart { draft: false } => format!(
            "ce n’est pas la partie d’un partenaire Booster IA (« format » doit valoir \"{}\")",
            crate::format::PART_FORMAT
        ),
        Problem::WrongPartVersion { found } => format!(
            "version {found} de la partie non prise en charge : ce simulateur lit les versions 1 et {}",
            crate::format::PART_VERSION
        ),
        Problem::Missing => "champ obligatoire absent".into(),
        Problem::Unknown => "champ inconnu du format".into(),
        Problem::WrongType { expected } => {
            format!("type incorrect : {} attendu", json_type(*expected))
        }
        Problem::UnknownValue { allowed } => {
            format!("valeur inconnue ; valeurs possibles : {allowed}")
        }
        Problem::Amount(e) => amount_error(*e).into(),
        Problem::Date => "date impossible ou mal écrite (AAAA-MM-JJ attendu, ou null)".into(),
        Problem::Score { max } => format!("note entière de 0 à {max} attendue, ou null"),
        Problem::AidsNotDeclared => "des aides de minimis sont listées alors que la liste n’est pas déclarée complète (« declared » vaut false)".into(),
        Problem::Country => "pays invalide : deux lettres capitales (code ISO 3166-1, « BE »), ou absent pour la France".into(),
        Problem::Siret => {
            "SIRET invalide : 14 chiffres dont la clé de Luhn est juste, ou null".into()
        }
        Problem::DuplicateId { id } => format!("identifiant « {id} » utilisé deux fois"),
        Problem::DanglingPartner { id } => format!("aucun partenaire n’a l’identifiant « {id} »"),
        Problem::BlankId => "identifiant vide".into(),
        Problem::TooMany { limit } => format!("trop d’éléments ({limit} au plus)"),
        Problem::TextTooLong { limit } => format!("texte trop long ({limit} caractères au plus)"),
    }
}

/// Ce qui ne va pas dans un brouillon, et où : « chemin : problème ».
pub(in crate::text) fn draft_error(e: &DraftError) -> String {
    let problem = draft_problem(&e.problem);
    match e.path.is_empty() {
        true => problem,
        false => format!("{} : {problem}", e.path),
    }
}
