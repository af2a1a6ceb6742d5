//! Names: countries and places, kinds of partner, roles, categories of cost, domains; a partner or a cost with no name yet.

use crate::draft::{Category, Country, FundingStatus, PartnerKind, Role, S3Domain};
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

/// A kind of partner.
pub(in crate::text) fn partner_kind(x: PartnerKind) -> &'static str {
    match x {
        PartnerKind::Company => "Company",
        PartnerKind::Association => "Association",
        PartnerKind::PublicEstablishment => "Public establishment",
        PartnerKind::PrivateEstablishment => "Private establishment",
        PartnerKind::LocalAuthority => "Local authority",
        PartnerKind::LocalAuthorityGroup => "Group of local authorities",
        PartnerKind::Other => "Other",
    }
}

/// Where another public funding stands.
pub(in crate::text) fn funding_status(x: FundingStatus) -> &'static str {
    match x {
        FundingStatus::Requested => "Requested",
        FundingStatus::Granted => "Granted",
    }
}

/// A partner's role.
pub(in crate::text) fn role(x: Role) -> &'static str {
    match x {
        Role::Lead => "Lead applicant",
        Role::Partner => "Partner",
    }
}

/// A category of cost.
pub(in crate::text) fn category(x: Category) -> &'static str {
    match x {
        Category::Personnel => "Personnel",
        Category::IntellectualServices => "Intellectual services",
        Category::Licences => "User licences",
        Category::Services => "Services",
        Category::Consumables => "Consumables",
        Category::Equipment => "Equipment",
        Category::Travel => "Travel",
        Category::Overheads => "Overheads",
        Category::Other => "Other",
    }
}

/// A domain of the smart specialisation strategy.
pub(in crate::text) fn s3_domain(x: S3Domain) -> &'static str {
    match x {
        S3Domain::AgriMarineForest => {
            "Sustainable farming, marine and forest resources and production systems"
        }
        S3Domain::Energy => "An energy mix towards zero carbon emissions",
        S3Domain::Industry => "Efficient, sustainable and digital industrial processes",
        S3Domain::Mobility => "Efficient, safe low-carbon mobility",
        S3Domain::Health => "Innovation for 5P human and animal medicine",
        S3Domain::Resilience => {
            "A resilient Normandy mastering technological, natural, health and social risks"
        }
    }
}

/// A partner with no name yet, by its place in the form.
pub(in crate::text) fn unnamed_partner(position: usize) -> String {
    format!("Partner {position}")
}

/// A cost with no label yet, by its place in the form.
pub(in crate::text) fn unnamed_line(position: usize) -> String {
    format!("Cost {position}")
}

/// A name quoted in a sentence: “Lab”.
pub(in crate::text) fn quoted(name: &str) -> String {
    format!("“{name}”")
}

/// A month's short name (1 to 12), where a date writes it in letters.
pub(in crate::text) fn month(m: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    MONTHS[(m.clamp(1, 12) - 1) as usize]
}
