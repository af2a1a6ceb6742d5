//! The application draft: what the applicant describes. Values not known yet
//! are empty strings, `None` or empty lists; the rules report them as missing.

use crate::date::Date;
use rust_decimal::Decimal;

/// Defines a closed list of codes with their draft-format spelling (their
/// names in each language are in the catalogues: `text::partner_kind`, …).
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order of the draft format's documentation.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling used in the draft format.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The value spelled `code` in the draft format.
            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

code_enum! {
    /// What kind of structure a partner is (« Type de bénéficiaires »).
    PartnerKind {
        Company = "company";
        Association = "association";
        PublicEstablishment = "public_establishment";
        PrivateEstablishment = "private_establishment";
        LocalAuthority = "local_authority";
        LocalAuthorityGroup = "local_authority_group";
        Other = "other";
    }
}

code_enum! {
    /// Where another public funding of the project stands.
    FundingStatus {
        Requested = "requested";
        Granted = "granted";
    }
}

code_enum! {
    /// A partner's part in the project.
    Role {
        Lead = "lead";
        Partner = "partner";
    }
}

code_enum! {
    /// The nature of a budget line.
    Category {
        Personnel = "personnel";
        IntellectualServices = "intellectual_services";
        Licences = "licences";
        Services = "services";
        Consumables = "consumables";
        Equipment = "equipment";
        Travel = "travel";
        Overheads = "overheads";
        Other = "other";
    }
}

code_enum! {
    /// The six domains of Normandy's smart specialisation strategy 2021-2027.
    S3Domain {
        AgriMarineForest = "agri_marine_forest";
        Energy = "energy";
        Industry = "industry";
        Mobility = "mobility";
        Health = "health";
        Resilience = "resilience";
    }
}

impl PartnerKind {
    /// Public bodies whose permanent staff is not eligible. The text names
    /// « établissements publics »; local authorities and their groups are read
    /// the same way (the conservative reading, stated in the checks).
    pub fn is_public(self) -> bool {
        matches!(
            self,
            PartnerKind::PublicEstablishment
                | PartnerKind::LocalAuthority
                | PartnerKind::LocalAuthorityGroup
        )
    }

    /// A kind the text lists among beneficiaries (all but `other`).
    pub fn is_admissible(self) -> bool {
        self != PartnerKind::Other
    }
}

impl Category {
    /// Whether the text lists this category among eligible expenses.
    pub fn is_eligible(self) -> bool {
        matches!(
            self,
            Category::Personnel
                | Category::IntellectualServices
                | Category::Licences
                | Category::Services
                | Category::Consumables
        )
    }
}

/// A French SIRET: 14 digits passing the Luhn check.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Siret(String);

impl Siret {
    /// The SIRET as a person types it: 14 digits, spaces allowed between groups.
    pub fn parse(text: &str) -> Option<Siret> {
        let digits: String = text.chars().filter(|c| *c != ' ').collect();
        Siret::parse_strict(&digits)
    }

    /// The SIRET as the draft format writes it: exactly 14 digits passing the
    /// Luhn check (La Poste's establishments, SIREN 356 000 000, use a digit
    /// sum divisible by 5 instead, as INSEE documents).
    pub fn parse_strict(digits: &str) -> Option<Siret> {
        if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let valid = if digits.starts_with(LA_POSTE_SIREN) {
            digits.bytes().map(|b| (b - b'0') as u32).sum::<u32>() % 5 == 0
        } else {
            luhn_valid(digits)
        };
        valid.then(|| Siret(digits.to_string()))
    }

    /// The 14 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The SIREN: the first 9 digits, which name the legal entity.
    pub fn siren(&self) -> &str {
        &self.0[..9]
    }
}

/// La Poste's SIREN, whose establishments' SIRETs do not follow Luhn.
const LA_POSTE_SIREN: &str = "356000000";

/// The Luhn checksum over a string of ASCII digits.
fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = (b - b'0') as u32;
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// The project as a whole.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Project {
    /// Title.
    pub title: String,
    /// Short summary.
    pub summary: String,
    /// How artificial intelligence is used.
    pub ai_use: String,
    /// Which data the project puts to use.
    pub data_used: String,
    /// The smart specialisation domain, if any (optional in the text).
    pub s3_domain: Option<S3Domain>,
}

/// The country of an establishment, by its ISO 3166-1 alpha-2 code: France
/// unless the applicant says otherwise (a v1 draft without the key is in France).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Country([u8; 2]);

impl Country {
    /// France, the default.
    pub const FRANCE: Country = Country(*b"FR");

    /// Reads two capital letters (`BE`, `DE`); anything else is not a country code.
    pub fn parse(code: &str) -> Option<Country> {
        match code.as_bytes() {
            [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Some(Country([*a, *b])),
            _ => None,
        }
    }

    /// The two-letter code.
    pub fn code(&self) -> &str {
        // Built only from two ASCII capitals, so always UTF-8.
        std::str::from_utf8(&self.0).unwrap_or("FR")
    }

    /// Whether it is France.
    pub fn is_france(self) -> bool {
        self == Country::FRANCE
    }
}

impl Default for Country {
    fn default() -> Self {
        Country::FRANCE
    }
}

/// A structure taking part.
#[derive(Clone, Debug, PartialEq)]
pub struct Partner {
    /// Identifier, unique within the draft.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind of structure.
    pub kind: PartnerKind,
    /// SIRET of the establishment taking part, if given.
    pub siret: Option<Siret>,
    /// Postcode of the establishment taking part (free text for a foreign one).
    pub postcode: String,
    /// Country of that establishment (France unless said otherwise).
    pub country: Country,
    /// Whether it recovers the VAT it pays (`None`: not known yet; v1 drafts).
    pub vat_recoverable: Option<bool>,
    /// Lead or partner.
    pub role: Role,
    /// Whether it is new to the DataLab Normandie network (a follow-up indicator).
    pub new_to_datalab: bool,
}

/// One line of the budget, excluding VAT.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetLine {
    /// Identifier, unique within the draft.
    pub id: String,
    /// Id of the partner that bears the cost (empty: not chosen yet).
    pub partner: String,
    /// Nature of the cost.
    pub category: Category,
    /// What it is.
    pub label: String,
    /// Amount excluding VAT, in euros (`None`: not given yet).
    pub amount: Option<Decimal>,
    /// For personnel: whether the person is permanent staff of the body
    /// bearing the line (`None`: not said yet; it matters only for a public
    /// body's personnel line, see [`crate::rules::costs::asks_permanent_staff`]).
    pub permanent_staff: Option<bool>,
}

/// A dated step of the project.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Milestone {
    /// What is reached.
    pub label: String,
    /// When.
    pub date: Option<Date>,
}

/// The project's dates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// Date the application is filed.
    pub submission: Option<Date>,
    /// First day of the work.
    pub start: Option<Date>,
    /// Last day of the work (inclusive).
    pub end: Option<Date>,
    /// Steps in between.
    pub milestones: Vec<Milestone>,
}

/// A progress indicator proposed in the application.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Indicator {
    /// What is measured.
    pub label: String,
    /// The value aimed at.
    pub target: String,
}

/// What the project gives to the data commons of Normandy.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Commons {
    /// An experience report.
    pub experience_report: bool,
    /// Tools or content (guides, awareness material, technical sheets…), described.
    pub tools_or_content: String,
    /// Open data produced, described.
    pub open_data: String,
}

/// The commitments the text asks of winners.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Commitments {
    /// To report the progress indicators at the end of the proof of concept.
    pub report_indicators: bool,
    /// To take part in the DataLab's collective project review.
    pub collective_review: bool,
}

/// The applicant's own estimate of the six appraisal marks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SelfAssessment {
    /// Overall quality of the proposal, /20.
    pub quality: Option<u32>,
    /// Feasibility of the proof of concept, /30.
    pub feasibility: Option<u32>,
    /// Regional interest and users' needs, /20.
    pub regional_interest: Option<u32>,
    /// Responsible and sustainable digital, /10.
    pub responsible_digital: Option<u32>,
    /// IT security, /10.
    pub security: Option<u32>,
    /// Reproducibility in the region, /10.
    pub reproducibility: Option<u32>,
}

/// The advance request.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AdvanceRequest {
    /// Whether an advance is asked for.
    pub requested: bool,
    /// Why it is needed (the text requires a justification).
    pub justification: String,
}

/// One de minimis aid received by the lead's single undertaking.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeMinimisAid {
    /// Who granted it.
    pub funder: String,
    /// When the legal right to receive it was conferred (`None`: not known yet).
    pub granted_on: Option<Date>,
    /// Its amount, in euros (`None`: not known yet).
    pub amount: Option<Decimal>,
}

/// The de minimis aids the application form asks for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeMinimis {
    /// Whether the list is complete (`false`: not filled in yet, and then empty).
    pub declared: bool,
    /// The aids received.
    pub aids: Vec<DeMinimisAid>,
}

/// Another public funding of the same project.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherFunding {
    /// Who funds it.
    pub funder: String,
    /// Its amount, in euros (`None`: not known yet).
    pub amount: Option<Decimal>,
    /// Requested or granted.
    pub status: FundingStatus,
}

/// A whole application draft (format v3; a v1 or v2 draft reads with the
/// later additions not known yet, and its `permanent_staff` answered).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// The project.
    pub project: Project,
    /// The structures taking part.
    pub partners: Vec<Partner>,
    /// The budget lines.
    pub budget: Vec<BudgetLine>,
    /// The dates.
    pub timeline: Timeline,
    /// Progress indicators.
    pub indicators: Vec<Indicator>,
    /// Contributions to the data commons.
    pub commons: Commons,
    /// Commitments.
    pub commitments: Commitments,
    /// Estimated marks.
    pub self_assessment: SelfAssessment,
    /// Advance request.
    pub advance: AdvanceRequest,
    /// The de minimis aids of the lead's single undertaking.
    pub de_minimis: DeMinimis,
    /// Other public funding of the project.
    pub other_funding: Vec<OtherFunding>,
}

impl Draft {
    /// The partner with this id, if any.
    pub fn partner(&self, id: &str) -> Option<&Partner> {
        self.partners.iter().find(|p| p.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_siret_is_fourteen_digits_passing_luhn() {
        // La Poste's head office SIRET is the classic Luhn exception; these are plain ones.
        assert!(Siret::parse("73282932000074").is_some());
        assert!(Siret::parse("732 829 320 00074").is_some());
        assert!(Siret::parse("73282932000075").is_none());
        assert!(Siret::parse("7328293200007").is_none());
        assert!(Siret::parse("7328293200007A").is_none());
        assert!(Siret::parse_strict("732 829 320 00074").is_none());
        // La Poste: digit sum divisible by 5 (35600000000010 sums to 15).
        assert!(Siret::parse_strict("35600000000010").is_some());
        assert!(Siret::parse_strict("35600000000011").is_none());
        // Multi-byte characters never reach a byte slice.
        assert!(Siret::parse("７３２８２９３２０００７４").is_none());
        assert!(Siret::parse("7328293200007é").is_none());
        assert_eq!(Siret::parse("73282932000074").unwrap().siren(), "732829320");
    }

    #[test]
    fn codes_round_trip() {
        for kind in PartnerKind::ALL {
            assert_eq!(PartnerKind::from_code(kind.code()), Some(*kind));
        }
        for category in Category::ALL {
            assert_eq!(Category::from_code(category.code()), Some(*category));
        }
        for domain in S3Domain::ALL {
            assert_eq!(S3Domain::from_code(domain.code()), Some(*domain));
        }
        assert_eq!(Role::from_code("Lead"), None);
    }
}
