//! Countries and places.

use crate::draft::Country;
use crate::rules::Location;

pub(in crate::text) fn country(c: Country) -> String {
    match c.code() {
        "FR" => "France",
        "BE" => "Belgium",
        "DE" => "Germany",
        "LU" => "Luxembourg",
        "CH" => "Switzerland",
        "GB" => "United Kingdom",
        "IE" => "Ireland",
        "NL" => "Netherlands",
        "ES" => "Spain",
        "IT" => "Italy",
        "PT" => "Portugal",
        "AT" => "Austria",
        "DK" => "Denmark",
        "SE" => "Sweden",
        "FI" => "Finland",
        "NO" => "Norway",
        "PL" => "Poland",
        "US" => "United States",
        "CA" => "Canada",
        "ZZ" => "Another country",
        code => return format!("Country {code}"),
    }
    .into()
}

pub(in crate::text) fn location(at: &Location) -> Option<String> {
    Some(match at {
        Location::Unknown => return None,
        Location::Normandy(d) => format!("{} ({}) — in Normandy", d.name, d.code),
        Location::OtherFrench { department } => {
            format!("Department {department} — outside Normandy")
        }
        Location::Incomplete => "Incomplete postcode: 5 digits expected".into(),
        Location::Abroad { country: c } => format!("{} — outside Normandy", country(*c)),
        Location::Elsewhere => {
            "Unknown French postcode — outside Normandy (abroad? choose the country)".into()
        }
    })
}
