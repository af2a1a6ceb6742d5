//! Les noms : pays et lieux, sortes de partenaires, rôles, natures de dépense, domaines ; un partenaire ou une dépense sans nom.

use crate::draft::{Category, Country, FundingStatus, PartnerKind, Role, S3Domain};
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

/// Une sorte de partenaire.
pub(in crate::text) fn partner_kind(x: PartnerKind) -> &'static str {
    match x {
        PartnerKind::Company => "Entreprise",
        PartnerKind::Association => "Association",
        PartnerKind::PublicEstablishment => "Établissement public",
        PartnerKind::PrivateEstablishment => "Établissement privé",
        PartnerKind::LocalAuthority => "Collectivité locale",
        PartnerKind::LocalAuthorityGroup => "Regroupement de collectivités",
        PartnerKind::Other => "Autre",
    }
}

/// Où en est un autre financement public.
pub(in crate::text) fn funding_status(x: FundingStatus) -> &'static str {
    match x {
        FundingStatus::Requested => "Demandée",
        FundingStatus::Granted => "Accordée",
    }
}

/// Le rôle d’un partenaire.
pub(in crate::text) fn role(x: Role) -> &'static str {
    match x {
        Role::Lead => "Porteur (chef de file)",
        Role::Partner => "Partenaire",
    }
}

/// Une nature de dépense.
pub(in crate::text) fn category(x: Category) -> &'static str {
    match x {
        Category::Personnel => "Frais de personnel",
        Category::IntellectualServices => "Prestations intellectuelles",
        Category::Licences => "Licences d’utilisation",
        Category::Services => "Prestations",
        Category::Consumables => "Consommables",
        Category::Equipment => "Équipement",
        Category::Travel => "Déplacements",
        Category::Overheads => "Frais généraux",
        Category::Other => "Autre",
    }
}

/// Un domaine de la stratégie de spécialisation intelligente.
pub(in crate::text) fn s3_domain(x: S3Domain) -> &'static str {
    match x {
        S3Domain::AgriMarineForest => "Préserver et transformer durablement les ressources agricoles, marines, sylvicoles et les systèmes de production",
        S3Domain::Energy => "Développer un mix énergétique vers zéro émission carbone",
        S3Domain::Industry => "Transformer les process pour une industrie performante, durable et digitale",
        S3Domain::Mobility => "Développer de nouvelles solutions de mobilité bas-carbone efficientes et sécurisées",
        S3Domain::Health => "Accélérer les synergies et l’innovation au service d’une médecine 5P humaine et animale",
        S3Domain::Resilience => "Faire de la Normandie un territoire résilient par la maitrise des risques technologiques, naturels, sanitaires et sociaux",
    }
}

/// Un partenaire sans nom encore, par sa place dans le formulaire.
pub(in crate::text) fn unnamed_partner(position: usize) -> String {
    format!("Partenaire {position}")
}

/// Une dépense sans libellé encore, par sa place dans le formulaire.
pub(in crate::text) fn unnamed_line(position: usize) -> String {
    format!("Dépense {position}")
}

/// Un nom cité dans une phrase : « Labo ».
pub(in crate::text) fn quoted(name: &str) -> String {
    format!("« {name} »")
}

/// Le nom abrégé d’un mois (1 à 12), quand une date l’écrit en lettres.
pub(in crate::text) fn month(m: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    MONTHS[(m.clamp(1, 12) - 1) as usize]
}
