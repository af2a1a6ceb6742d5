//! Les pays et les lieux.

use crate::draft::Country;
use crate::rules::Location;

pub(in crate::text) fn country(c: Country) -> String {
    match c.code() {
        "FR" => "France",
        "BE" => "Belgique",
        "DE" => "Allemagne",
        "LU" => "Luxembourg",
        "CH" => "Suisse",
        "GB" => "Royaume-Uni",
        "IE" => "Irlande",
        "NL" => "Pays-Bas",
        "ES" => "Espagne",
        "IT" => "Italie",
        "PT" => "Portugal",
        "AT" => "Autriche",
        "DK" => "Danemark",
        "SE" => "Suède",
        "FI" => "Finlande",
        "NO" => "Norvège",
        "PL" => "Pologne",
        "US" => "États-Unis",
        "CA" => "Canada",
        "ZZ" => "Autre pays",
        code => return format!("Pays {code}"),
    }
    .into()
}

pub(in crate::text) fn location(at: &Location) -> Option<String> {
    Some(match at {
        Location::Unknown => return None,
        Location::Normandy(d) => format!("{} ({}) — en Normandie", d.name, d.code),
        Location::OtherFrench { department } => {
            format!("Département {department} — hors Normandie")
        }
        Location::Incomplete => "Code postal incomplet : 5 chiffres attendus".into(),
        Location::Abroad { country: c } => format!("{} — hors Normandie", country(*c)),
        Location::Elsewhere => {
            "Code postal français inconnu — hors Normandie (à l’étranger ? choisissez le pays)"
                .into()
        }
    })
}
