//! The eligibility rules. Each is a `Rule` (stable id, the scheme's sentence
//! quoted in French, an English gloss, our reading where the text is
//! ambiguous) and a function of the same name that returns its `Check`.

use crate::date::Date;
use crate::draft::*;
use crate::money::{format_money, Lang};
use crate::params::Parameters;
use serde::Serialize;

/// The outcome of one check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Satisfied.
    Pass,
    /// Not satisfied: the project is not eligible.
    Fail,
    /// Information not given yet.
    Missing,
    /// Worth attention, does not decide eligibility.
    Warning,
    /// For information.
    Info,
}

impl Status {
    /// The draft format's spelling.
    pub fn code(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Missing => "missing",
            Status::Warning => "warning",
            Status::Info => "info",
        }
    }

    /// The status in words, in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::Pass => lang.pick("Conforme", "Pass"),
            Status::Fail => lang.pick("Non conforme", "Fail"),
            Status::Missing => lang.pick("À compléter", "Missing"),
            Status::Warning => lang.pick("Attention", "Warning"),
            Status::Info => lang.pick("Info", "Info"),
        }
    }
}

/// A text in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Text {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
}

impl Text {
    /// Both languages at once.
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            fr: fr.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.fr, &self.en)
    }
}

/// A rule of the scheme as this simulator reads it.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable identifier, kept across versions.
    pub id: &'static str,
    /// A short name: French, English.
    pub title: (&'static str, &'static str),
    /// The sentence of the scheme it implements, in French, as written
    /// (`[…]` marks words left out).
    pub citation: &'static str,
    /// An English gloss of the citation.
    pub citation_en: &'static str,
    /// How we read the text where it is ambiguous: French, English.
    pub reading: Option<(&'static str, &'static str)>,
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// The result of applying one rule to a draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Check {
    /// The rule's id.
    pub id: &'static str,
    /// The outcome.
    pub status: Status,
    /// What it means for this draft.
    pub message: Text,
    /// The scheme's sentence, in French.
    pub citation: &'static str,
    /// Its English gloss.
    pub citation_en: &'static str,
    /// Our reading of an ambiguous text, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
}

impl Rule {
    fn check(&'static self, status: Status, fr: impl Into<String>, en: impl Into<String>) -> Check {
        Check {
            id: self.id,
            status,
            message: Text::new(fr, en),
            citation: self.citation,
            citation_en: self.citation_en,
            reading: self.reading.map(|(fr, en)| Text::new(fr, en)),
        }
    }
}

const BENEFICIARIES_IN_NORMANDY: &str = "Les bénéficiaires doivent être implantés en Normandie et porter de manière collaborative ou partenariale un projet dont l’usage ou l’un des usages principaux s’appuie sur une technologie d’IA et par conséquent valorise la donnée.";
const BENEFICIARIES_IN_NORMANDY_EN: &str = "Beneficiaries must be established in Normandy and carry, collaboratively or in partnership, a project whose use, or one of whose main uses, relies on an AI technology and therefore makes use of data.";
const ELIGIBLE_EXPENSES: &str = "Les dépenses éligibles du projet faisant intervenir au moins deux structures normandes : - Les frais de personnel : stagiaires, chercheurs, techniciens et autres personnels d’appui s’ils sont employés pour le projet et à l’exclusion du personnel permanent des établissements publics, - Les frais de prestations intellectuelles, les licences d’utilisation, - Les prestations, - Les consommables supportés directement du fait du projet.";
const ELIGIBLE_EXPENSES_EN: &str = "Eligible expenses of a project involving at least two Normandy structures: personnel costs (interns, researchers, technicians and other support staff employed for the project, excluding permanent staff of public establishments); intellectual services and user licences; services; consumables borne directly by the project.";

/// Exactly one partner files the application as lead.
pub static ONE_LEAD: Rule = Rule {
    id: "one-lead",
    title: ("Un seul porteur", "Exactly one lead"),
    citation: "Type de bénéficiaires (ou porteurs de projet)",
    citation_en: "Type of beneficiaries (or project leads)",
    reading: Some((
        "Une seule structure dépose la demande sur le portail des aides : le porteur.",
        "One structure files the application on the Région's portal: the lead.",
    )),
};

/// The lead is of a kind the text lists.
pub static LEAD_KIND: Rule = Rule {
    id: "lead-kind",
    title: ("Nature du porteur", "Kind of lead"),
    citation: "Type de bénéficiaires (ou porteurs de projet) : - Les entreprises - Les associations - Les établissements publics ou privés - Les collectivités locales et leurs regroupements",
    citation_en: "Type of beneficiaries (or project leads): companies; associations; public or private establishments; local authorities and their groups.",
    reading: None,
};

/// The lead's establishment taking part is in Normandy.
pub static LEAD_IN_NORMANDY: Rule = Rule {
    id: "lead-in-normandy",
    title: ("Porteur implanté en Normandie", "Lead established in Normandy"),
    citation: BENEFICIARIES_IN_NORMANDY,
    citation_en: BENEFICIARIES_IN_NORMANDY_EN,
    reading: Some((
        "« Implanté en Normandie » : l’établissement qui participe a un code postal du Calvados (14), de l’Eure (27), de la Manche (50), de l’Orne (61) ou de la Seine-Maritime (76).",
        "“Established in Normandy”: the establishment taking part has a postcode in Calvados (14), Eure (27), Manche (50), Orne (61) or Seine-Maritime (76).",
    )),
};

/// Every partner gives the postcode of its establishment.
pub static POSTCODES: Rule = Rule {
    id: "postcodes",
    title: ("Codes postaux", "Postcodes"),
    citation: BENEFICIARIES_IN_NORMANDY,
    citation_en: BENEFICIARIES_IN_NORMANDY_EN,
    reading: None,
};

/// At least two distinct admissible structures in Normandy take part.
pub static TWO_NORMANDY_STRUCTURES: Rule = Rule {
    id: "two-normandy-structures",
    title: ("Structures normandes", "Normandy structures"),
    citation: "Les dépenses éligibles du projet faisant intervenir au moins deux structures normandes",
    citation_en: "Eligible expenses of a project involving at least two Normandy structures",
    reading: Some((
        "Deux établissements d’une même entité (même SIREN) comptent pour une seule structure ; un partenaire de type « autre » n’est pas compté.",
        "Two establishments of one legal entity (same SIREN) count as one structure; a partner of kind “other” is not counted.",
    )),
};

/// The project uses AI and puts data to use.
pub static AI_AND_DATA: Rule = Rule {
    id: "ai-and-data",
    title: ("Usage de l’IA et des données", "Use of AI and data"),
    citation: BENEFICIARIES_IN_NORMANDY,
    citation_en: BENEFICIARIES_IN_NORMANDY_EN,
    reading: None,
};

/// The proof of concept lasts six months at most.
pub static DURATION: Rule = Rule {
    id: "duration",
    title: ("Durée maximale", "Longest duration"),
    citation: "La preuve de concept devra être réalisée, au maximum, en six (6) mois.",
    citation_en: "The proof of concept must be completed within six (6) months at most.",
    reading: Some((
        "Six mois de date à date, fin incluse : un projet commencé le 1er février finit au plus tard le 31 juillet ; le 15 mars, au plus tard le 14 septembre.",
        "Six months from date to date, end day included: a project starting on 1 February ends by 31 July at the latest; on 15 March, by 14 September.",
    )),
};

/// Milestones fall within the project.
pub static MILESTONES: Rule = Rule {
    id: "milestones",
    title: ("Jalons dans la période", "Milestones within the period"),
    citation: "La preuve de concept devra être réalisée, au maximum, en six (6) mois.",
    citation_en: "The proof of concept must be completed within six (6) months at most.",
    reading: None,
};

/// The proposal says what it gives to the data commons.
pub static COMMONS: Rule = Rule {
    id: "commons",
    title: ("Contribution aux communs", "Contribution to the commons"),
    citation: "Il est attendu des candidats que leur proposition fasse état des éléments et actions qu’ils sont disposés à mettre à disposition de ces communs, qui peuvent être constitués de : - Retours d’expérience sur les projets - D’outils et de contenus sous toute forme que ce soit […] - Le cas échéant, la production de données ouvertes",
    citation_en: "Applicants are expected to state what they are willing to give to these commons: experience reports; tools and content in any form; where relevant, open data.",
    reading: None,
};

/// The proposal presents progress indicators.
pub static INDICATORS: Rule = Rule {
    id: "indicators",
    title: ("Indicateurs", "Indicators"),
    citation: "les porteurs lauréats s’engagent à faire remonter au terme de la durée du projet de preuve de concept, les indicateurs d’avancée du projet préalablement présentés dans la candidature.",
    citation_en: "Winning leads undertake to report, at the end of the proof of concept, the progress indicators presented beforehand in the application.",
    reading: None,
};

/// The lead commits to report indicators and join the collective review.
pub static COMMITMENTS: Rule = Rule {
    id: "commitments",
    title: ("Engagements", "Commitments"),
    citation: "les porteurs lauréats s’engagent à faire remonter au terme de la durée du projet de preuve de concept, les indicateurs d’avancée du projet […] Les porteurs bénéficiaires s’engagent également à participer à une revue de projets collective dans le cadre du plan d’action du DataLab Normandie.",
    citation_en: "Winning leads undertake to report the progress indicators at the end of the proof of concept, and to take part in a collective project review within the DataLab Normandie's action plan.",
    reading: None,
};

/// The estimated marks reach 50/100.
pub static SELF_ASSESSMENT: Rule = Rule {
    id: "self-assessment",
    title: ("Note estimée", "Estimated mark"),
    citation: "Toute note inférieure à 50/100 rend inéligible l’opération.",
    citation_en: "Any mark below 50/100 makes the operation ineligible.",
    reading: Some((
        "La note est attribuée par la Région ; celle-ci n’est qu’une estimation du porteur.",
        "The Région gives the mark; this is only the applicant's estimate.",
    )),
};

/// The budget has at least one eligible expense.
pub static ELIGIBLE_COSTS: Rule = Rule {
    id: "eligible-costs",
    title: ("Dépenses éligibles", "Eligible costs"),
    citation: ELIGIBLE_EXPENSES,
    citation_en: ELIGIBLE_EXPENSES_EN,
    reading: None,
};

/// Every budget line has an amount and a partner bearing it.
pub static BUDGET_LINES_COMPLETE: Rule = Rule {
    id: "budget-lines-complete",
    title: ("Lignes de budget complètes", "Complete budget lines"),
    citation: ELIGIBLE_EXPENSES,
    citation_en: ELIGIBLE_EXPENSES_EN,
    reading: None,
};

/// Only the listed categories of expense are eligible.
pub static COST_CATEGORY: Rule = Rule {
    id: "cost-category",
    title: ("Nature des dépenses", "Categories of cost"),
    citation: ELIGIBLE_EXPENSES,
    citation_en: ELIGIBLE_EXPENSES_EN,
    reading: Some((
        "Équipement, déplacements, frais généraux et autres dépenses ne figurent pas dans la liste : ils sont exclus.",
        "Equipment, travel, overheads and other costs are not on the list: they are excluded.",
    )),
};

/// Permanent staff of public bodies is not eligible.
pub static PERMANENT_PUBLIC_STAFF: Rule = Rule {
    id: "permanent-public-staff",
    title: ("Personnel permanent public", "Permanent public staff"),
    citation: "Les frais de personnel : stagiaires, chercheurs, techniciens et autres personnels d’appui s’ils sont employés pour le projet et à l’exclusion du personnel permanent des établissements publics",
    citation_en: "Personnel costs: interns, researchers, technicians and other support staff employed for the project, excluding permanent staff of public establishments.",
    reading: Some((
        "Le texte vise les « établissements publics » ; nous traitons de même les collectivités locales et leurs regroupements (lecture prudente).",
        "The text names “public establishments”; we treat local authorities and their groups the same way (the conservative reading).",
    )),
};

/// Costs are borne by admissible structures in Normandy.
pub static COST_BEARER: Rule = Rule {
    id: "cost-bearer",
    title: ("Structure qui porte la dépense", "Who bears each cost"),
    citation: BENEFICIARIES_IN_NORMANDY,
    citation_en: BENEFICIARIES_IN_NORMANDY_EN,
    reading: Some((
        "Une dépense portée par une structure hors de Normandie, ou par un partenaire de type « autre », n’est pas retenue.",
        "A cost borne by a structure outside Normandy, or by a partner of kind “other”, is not counted.",
    )),
};

/// An advance needs a justification.
pub static ADVANCE: Rule = Rule {
    id: "advance",
    title: ("Avance", "Advance"),
    citation: "Une avance sur réalisation pourra être versée à hauteur de 50% des dépenses éligibles. Pour cela, le porteur devra dûment justifier la nécessité de verser une telle avance.",
    citation_en: "An advance may be paid up to 50% of eligible expenses. The lead must duly justify why such an advance is needed.",
    reading: Some((
        "Pris à la lettre, 50 % des dépenses éligibles atteindraient l’aide entière ; nous lisons 50 % de l’aide.",
        "Taken literally, 50% of eligible expenses would reach the whole grant; we read it as 50% of the grant.",
    )),
};

/// Work should not start before the application (incentive effect).
pub static INCENTIVE_EFFECT: Rule = Rule {
    id: "incentive-effect",
    title: ("Effet incitatif", "Incentive effect"),
    citation: "Régime cadre exempté n° SA.58995 d’aides à la recherche, au développement et à l’innovation, pris sur la base du règlement général d’exemption par catégorie n° 651/2014",
    citation_en: "Exempted framework scheme SA.58995 for research, development and innovation aid, under the General Block Exemption Regulation (EU) 651/2014.",
    reading: Some((
        "Sous le RGEC (art. 6), les travaux doivent commencer après le dépôt de la demande ; ce n’est pas exigé sous le régime de minimis.",
        "Under the GBER (art. 6) work must start after the application is filed; de minimis aid does not require it.",
    )),
};

/// Amounts are excluding VAT.
pub static EXCL_VAT: Rule = Rule {
    id: "excl-vat",
    title: ("Montants hors taxes", "Amounts excluding VAT"),
    citation: "L’aide régionale prend la forme d’une subvention proportionnelle de 50% du projet plafonnée à 12 500 € HT.",
    citation_en: "The regional aid is a grant of 50% of the project, capped at €12,500 excluding VAT.",
    reading: None,
};

/// The smart specialisation domain, optional.
pub static S3_DOMAIN: Rule = Rule {
    id: "s3-domain",
    title: ("Domaine de spécialisation (S3)", "Smart specialisation domain (S3)"),
    citation: "Le projet pourra répondre à un domaine décrit dans la stratégie de spécialisation intelligente de la Normandie 2021-2027",
    citation_en: "The project may address a domain of Normandy's smart specialisation strategy 2021-2027.",
    reading: None,
};

/// Every rule, in the order the checks are listed.
pub static RULES: &[&Rule] = &[
    &ONE_LEAD,
    &LEAD_KIND,
    &LEAD_IN_NORMANDY,
    &POSTCODES,
    &TWO_NORMANDY_STRUCTURES,
    &AI_AND_DATA,
    &DURATION,
    &MILESTONES,
    &COMMONS,
    &INDICATORS,
    &COMMITMENTS,
    &SELF_ASSESSMENT,
    &ELIGIBLE_COSTS,
    &BUDGET_LINES_COMPLETE,
    &COST_CATEGORY,
    &PERMANENT_PUBLIC_STAFF,
    &COST_BEARER,
    &ADVANCE,
    &INCENTIVE_EFFECT,
    &EXCL_VAT,
    &S3_DOMAIN,
];

// ---- Where a partner is ------------------------------------------------------

/// Where a postcode places an establishment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// No postcode given.
    Unknown,
    /// In a department of Normandy: its code and name.
    Normandy {
        department: &'static str,
        name: &'static str,
    },
    /// A French postcode outside Normandy: its department code.
    OtherFrench { department: String },
    /// Any other postcode (abroad, or not a French postcode).
    Elsewhere,
}

/// Places a postcode: Normandy when it is 5 digits starting with one of the
/// departments of the parameter table.
pub fn locate(postcode: &str, p: &Parameters) -> Location {
    const NAMES: [(&str, &str); 5] = [
        ("14", "Calvados"),
        ("27", "Eure"),
        ("50", "Manche"),
        ("61", "Orne"),
        ("76", "Seine-Maritime"),
    ];
    let code = postcode.trim();
    if code.is_empty() {
        return Location::Unknown;
    }
    if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Location::Elsewhere;
    }
    let prefix = &code[..2];
    if let Some(department) = p.normandy_departments.value.iter().find(|d| **d == prefix) {
        let name = NAMES
            .iter()
            .find(|(c, _)| c == department)
            .map(|(_, n)| *n)
            .unwrap_or(department);
        return Location::Normandy { department, name };
    }
    let department = match prefix {
        "20" => {
            if code < "20200" {
                "2A".to_string()
            } else {
                "2B".to_string()
            }
        }
        "97" | "98" => code[..3].to_string(),
        "00" => return Location::Elsewhere,
        _ => prefix.to_string(),
    };
    Location::OtherFrench { department }
}

/// Whether a postcode is in Normandy, without building a [`Location`].
pub fn in_normandy(postcode: &str, p: &Parameters) -> bool {
    let code = postcode.trim();
    code.len() == 5
        && code.bytes().all(|b| b.is_ascii_digit())
        && p.normandy_departments.value.contains(&&code[..2])
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn leads(draft: &Draft) -> Vec<&Partner> {
    draft
        .partners
        .iter()
        .filter(|p| p.role == Role::Lead)
        .collect()
}

fn partner_name(partner: &Partner, lang: Lang) -> String {
    if blank(&partner.name) {
        format!("{} {}", lang.pick("partenaire", "partner"), partner.id)
    } else {
        partner.name.trim().to_string()
    }
}

fn names(partners: &[&Partner], lang: Lang) -> String {
    partners
        .iter()
        .map(|p| partner_name(p, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

// ---- The partner rules -------------------------------------------------------

/// « Type de bénéficiaires (ou porteurs de projet) »: exactly one lead.
pub fn one_lead(draft: &Draft, _p: &Parameters) -> Check {
    let leads = leads(draft);
    match leads.len() {
        0 => ONE_LEAD.check(
            Status::Missing,
            "Désignez le porteur du projet (le partenaire qui dépose la demande).",
            "Designate the lead (the partner who files the application).",
        ),
        1 => ONE_LEAD.check(
            Status::Pass,
            format!("Porteur : {}.", partner_name(leads[0], Lang::Fr)),
            format!("Lead: {}.", partner_name(leads[0], Lang::En)),
        ),
        n => ONE_LEAD.check(
            Status::Fail,
            format!(
                "{n} partenaires sont désignés porteurs ({}) : un seul dépose la demande.",
                names(&leads, Lang::Fr)
            ),
            format!(
                "{n} partners are marked as lead ({}): only one files the application.",
                names(&leads, Lang::En)
            ),
        ),
    }
}

/// « Type de bénéficiaires »: the lead is a company, association, public or
/// private establishment, local authority or group of local authorities.
pub fn lead_kind(draft: &Draft, _p: &Parameters) -> Check {
    let leads = leads(draft);
    if leads.is_empty() {
        return LEAD_KIND.check(
            Status::Missing,
            "Pas encore de porteur désigné.",
            "No lead designated yet.",
        );
    }
    let wrong: Vec<&Partner> = leads
        .iter()
        .copied()
        .filter(|p| !p.kind.is_admissible())
        .collect();
    if wrong.is_empty() {
        LEAD_KIND.check(
            Status::Pass,
            format!(
                "Le porteur est de type admis : {}.",
                leads[0].kind.label_fr()
            ),
            format!(
                "The lead is of an admissible kind: {}.",
                leads[0].kind.label_en()
            ),
        )
    } else {
        LEAD_KIND.check(
            Status::Fail,
            format!("{} n’est ni une entreprise, ni une association, ni un établissement public ou privé, ni une collectivité locale ou un regroupement : il ne peut pas porter le projet.", names(&wrong, Lang::Fr)),
            format!("{} is not a company, association, public or private establishment, local authority or group of local authorities: it cannot lead the project.", names(&wrong, Lang::En)),
        )
    }
}

/// « Les bénéficiaires doivent être implantés en Normandie »: the lead's
/// establishment taking part has a Normandy postcode.
pub fn lead_in_normandy(draft: &Draft, p: &Parameters) -> Check {
    let leads = leads(draft);
    if leads.is_empty() {
        return LEAD_IN_NORMANDY.check(
            Status::Missing,
            "Pas encore de porteur désigné.",
            "No lead designated yet.",
        );
    }
    let outside: Vec<&Partner> = leads
        .iter()
        .copied()
        .filter(|l| {
            !matches!(
                locate(&l.postcode, p),
                Location::Normandy { .. } | Location::Unknown
            )
        })
        .collect();
    if !outside.is_empty() {
        return LEAD_IN_NORMANDY.check(
            Status::Fail,
            format!(
                "Le porteur ({}) n’est pas implanté en Normandie (code postal {}).",
                names(&outside, Lang::Fr),
                outside[0].postcode.trim()
            ),
            format!(
                "The lead ({}) is not established in Normandy (postcode {}).",
                names(&outside, Lang::En),
                outside[0].postcode.trim()
            ),
        );
    }
    if let Some(unknown) = leads.iter().find(|l| blank(&l.postcode)) {
        return LEAD_IN_NORMANDY.check(
            Status::Missing,
            format!(
                "Indiquez le code postal de l’établissement du porteur ({}).",
                partner_name(unknown, Lang::Fr)
            ),
            format!(
                "Give the postcode of the lead's establishment ({}).",
                partner_name(unknown, Lang::En)
            ),
        );
    }
    match locate(&leads[0].postcode, p) {
        Location::Normandy { department, name } => LEAD_IN_NORMANDY.check(
            Status::Pass,
            format!("Le porteur est implanté en Normandie ({name}, {department})."),
            format!("The lead is established in Normandy ({name}, {department})."),
        ),
        _ => unreachable_check(&LEAD_IN_NORMANDY),
    }
}

fn unreachable_check(rule: &'static Rule) -> Check {
    // Kept total rather than panicking: a logic slip shows as a failed check.
    rule.check(
        Status::Fail,
        "Erreur interne du simulateur : merci de la signaler.",
        "Internal simulator error: please report it.",
    )
}

/// Every partner gives its establishment's postcode.
pub fn postcodes(draft: &Draft, _p: &Parameters) -> Check {
    let without: Vec<&Partner> = draft
        .partners
        .iter()
        .filter(|p| blank(&p.postcode))
        .collect();
    if draft.partners.is_empty() {
        POSTCODES.check(
            Status::Missing,
            "Ajoutez les partenaires du projet.",
            "Add the project's partners.",
        )
    } else if without.is_empty() {
        POSTCODES.check(
            Status::Pass,
            "Chaque partenaire a indiqué le code postal de son établissement.",
            "Every partner has given its establishment's postcode.",
        )
    } else {
        POSTCODES.check(
            Status::Missing,
            format!(
                "Code postal à indiquer pour : {}.",
                names(&without, Lang::Fr)
            ),
            format!("Postcode to give for: {}.", names(&without, Lang::En)),
        )
    }
}

/// Counts the distinct admissible structures established in Normandy:
/// partners sharing a SIREN count once.
pub fn normandy_structures(draft: &Draft, p: &Parameters) -> usize {
    let mut sirens: Vec<&str> = Vec::new();
    let mut without_siret = 0;
    for partner in &draft.partners {
        if !partner.kind.is_admissible() || !in_normandy(&partner.postcode, p) {
            continue;
        }
        match &partner.siret {
            Some(siret) if !sirens.contains(&siret.siren()) => sirens.push(siret.siren()),
            Some(_) => {}
            None => without_siret += 1,
        }
    }
    sirens.len() + without_siret
}

/// « au moins deux structures normandes ».
pub fn two_normandy_structures(draft: &Draft, p: &Parameters) -> Check {
    let needed = p.min_normandy_structures.value;
    let count = normandy_structures(draft, p);
    if count >= needed {
        return TWO_NORMANDY_STRUCTURES.check(
            Status::Pass,
            format!("{count} structures normandes distinctes participent (au moins {needed})."),
            format!("{count} distinct Normandy structures take part (at least {needed})."),
        );
    }
    // Partners whose postcode is not given yet may still complete the count.
    let pending = draft
        .partners
        .iter()
        .filter(|q| q.kind.is_admissible() && blank(&q.postcode))
        .count();
    if draft.partners.len() < needed || count + pending >= needed {
        TWO_NORMANDY_STRUCTURES.check(
            Status::Missing,
            format!("{count} structure(s) normande(s) pour l’instant : il en faut au moins {needed}, distinctes, implantées en Normandie."),
            format!("{count} Normandy structure(s) so far: at least {needed} distinct ones established in Normandy are needed."),
        )
    } else {
        TWO_NORMANDY_STRUCTURES.check(
            Status::Fail,
            format!("Seulement {count} structure(s) normande(s) distincte(s) : il en faut au moins {needed}. Ajoutez une structure implantée en Normandie (d’un autre SIREN)."),
            format!("Only {count} distinct Normandy structure(s): at least {needed} are needed. Add a structure established in Normandy (with another SIREN)."),
        )
    }
}

// ---- The project rules ---------------------------------------------------------

/// « un projet dont l’usage […] s’appuie sur une technologie d’IA et […] valorise la donnée ».
pub fn ai_and_data(draft: &Draft, _p: &Parameters) -> Check {
    match (
        blank(&draft.project.ai_use),
        blank(&draft.project.data_used),
    ) {
        (false, false) => AI_AND_DATA.check(
            Status::Pass,
            "Le projet décrit son usage de l’IA et les données qu’il valorise.",
            "The project describes its use of AI and the data it puts to use.",
        ),
        (true, true) => AI_AND_DATA.check(
            Status::Missing,
            "Décrivez l’usage de l’IA et les données valorisées.",
            "Describe the use of AI and the data put to use.",
        ),
        (true, false) => AI_AND_DATA.check(
            Status::Missing,
            "Décrivez l’usage de l’IA dans le projet.",
            "Describe how the project uses AI.",
        ),
        (false, true) => AI_AND_DATA.check(
            Status::Missing,
            "Décrivez les données que le projet valorise.",
            "Describe the data the project puts to use.",
        ),
    }
}

/// The last day a project starting on `start` may end: `start` plus the
/// maximum months, clamped to the end of that month, minus one day.
pub fn last_allowed_end(start: Date, p: &Parameters) -> Option<Date> {
    start
        .add_months(p.max_duration_months.value)
        .and_then(Date::previous_day)
}

/// « La preuve de concept devra être réalisée, au maximum, en six (6) mois. »
pub fn duration(draft: &Draft, p: &Parameters) -> Check {
    let (start, end) = match (draft.timeline.start, draft.timeline.end) {
        (Some(s), Some(e)) => (s, e),
        (None, None) => {
            return DURATION.check(
                Status::Missing,
                "Indiquez les dates de début et de fin.",
                "Give the start and end dates.",
            )
        }
        (None, _) => {
            return DURATION.check(
                Status::Missing,
                "Indiquez la date de début.",
                "Give the start date.",
            )
        }
        (_, None) => {
            return DURATION.check(
                Status::Missing,
                "Indiquez la date de fin.",
                "Give the end date.",
            )
        }
    };
    if end < start {
        return DURATION.check(
            Status::Fail,
            format!(
                "La fin ({}) précède le début ({}).",
                end.to_french(),
                start.to_french()
            ),
            format!(
                "The end ({}) is before the start ({}).",
                end.to_english(),
                start.to_english()
            ),
        );
    }
    let months = p.max_duration_months.value;
    match last_allowed_end(start, p) {
        Some(last) if end <= last => DURATION.check(
            Status::Pass,
            format!("Du {} au {} : dans les {months} mois (fin au plus tard le {}).", start.to_french(), end.to_french(), last.to_french()),
            format!("From {} to {}: within {months} months (end by {} at the latest).", start.to_english(), end.to_english(), last.to_english()),
        ),
        Some(last) => DURATION.check(
            Status::Fail,
            format!("Le projet dépasse {months} mois : commencé le {}, il doit finir au plus tard le {} (fin indiquée : {}, {} jour(s) de trop).", start.to_french(), last.to_french(), end.to_french(), last.days_until(end)),
            format!("The project exceeds {months} months: starting on {}, it must end by {} at the latest (end given: {}, {} day(s) too many).", start.to_english(), last.to_english(), end.to_english(), last.days_until(end)),
        ),
        None => DURATION.check(
            Status::Fail,
            "Date de début hors du calendrier pris en charge.",
            "Start date outside the supported calendar.",
        ),
    }
}

/// Milestones should fall between the start and the end (a warning only).
pub fn milestones(draft: &Draft, _p: &Parameters) -> Check {
    let t = &draft.timeline;
    let dated: Vec<&Milestone> = t.milestones.iter().filter(|m| m.date.is_some()).collect();
    if t.milestones.is_empty() {
        return MILESTONES.check(
            Status::Info,
            "Aucun jalon indiqué (facultatif).",
            "No milestone given (optional).",
        );
    }
    let (Some(start), Some(end)) = (t.start, t.end) else {
        return MILESTONES.check(
            Status::Info,
            "Les jalons seront vérifiés quand les dates de début et de fin seront connues.",
            "Milestones will be checked once the start and end dates are known.",
        );
    };
    let outside: Vec<&Milestone> = dated
        .iter()
        .copied()
        .filter(|m| m.date.is_some_and(|d| d < start || d > end))
        .collect();
    if outside.is_empty() {
        MILESTONES.check(
            Status::Pass,
            format!(
                "{} jalon(s), tous entre le début et la fin.",
                t.milestones.len()
            ),
            format!(
                "{} milestone(s), all between the start and the end.",
                t.milestones.len()
            ),
        )
    } else {
        let list = |lang: Lang| {
            outside
                .iter()
                .map(|m| {
                    let date = m.date.expect("filtered on dates");
                    let when = match lang {
                        Lang::Fr => date.to_french(),
                        Lang::En => date.to_english(),
                    };
                    match lang {
                        Lang::Fr => format!("« {} » ({when})", m.label.trim()),
                        Lang::En => format!("“{}” ({when})", m.label.trim()),
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        MILESTONES.check(
            Status::Warning,
            format!(
                "Jalon(s) hors de la période du projet : {}.",
                list(Lang::Fr)
            ),
            format!(
                "Milestone(s) outside the project period: {}.",
                list(Lang::En)
            ),
        )
    }
}

/// « Il est attendu des candidats que leur proposition fasse état des éléments
/// et actions qu’ils sont disposés à mettre à disposition de ces communs ».
pub fn commons(draft: &Draft, _p: &Parameters) -> Check {
    let c = &draft.commons;
    let mut given_fr = Vec::new();
    let mut given_en = Vec::new();
    if c.experience_report {
        given_fr.push("retour d’expérience");
        given_en.push("experience report");
    }
    if !blank(&c.tools_or_content) {
        given_fr.push("outils ou contenus");
        given_en.push("tools or content");
    }
    if !blank(&c.open_data) {
        given_fr.push("données ouvertes");
        given_en.push("open data");
    }
    if given_fr.is_empty() {
        COMMONS.check(
            Status::Missing,
            "Indiquez au moins une contribution aux communs de la donnée : retour d’expérience, outils ou contenus, données ouvertes.",
            "State at least one contribution to the data commons: experience report, tools or content, open data.",
        )
    } else {
        COMMONS.check(
            Status::Pass,
            format!("Contribution aux communs : {}.", given_fr.join(", ")),
            format!("Contribution to the commons: {}.", given_en.join(", ")),
        )
    }
}

/// « les indicateurs d’avancée du projet préalablement présentés dans la candidature ».
pub fn indicators(draft: &Draft, _p: &Parameters) -> Check {
    let count = draft.indicators.iter().filter(|i| !blank(&i.label)).count();
    if count == 0 {
        INDICATORS.check(
            Status::Missing,
            "Proposez au moins un indicateur d’avancée du projet.",
            "Propose at least one progress indicator.",
        )
    } else {
        INDICATORS.check(
            Status::Pass,
            format!("{count} indicateur(s) d’avancée proposé(s)."),
            format!("{count} progress indicator(s) proposed."),
        )
    }
}

/// The two undertakings the text asks of winners.
pub fn commitments(draft: &Draft, _p: &Parameters) -> Check {
    let c = &draft.commitments;
    match (c.report_indicators, c.collective_review) {
        (true, true) => COMMITMENTS.check(
            Status::Pass,
            "Le porteur s’engage à remonter les indicateurs et à participer à la revue de projets collective.",
            "The lead undertakes to report the indicators and to take part in the collective project review.",
        ),
        (false, true) => COMMITMENTS.check(
            Status::Missing,
            "Engagez-vous à faire remonter les indicateurs d’avancée en fin de projet.",
            "Undertake to report the progress indicators at the end of the project.",
        ),
        (true, false) => COMMITMENTS.check(
            Status::Missing,
            "Engagez-vous à participer à la revue de projets collective du DataLab Normandie.",
            "Undertake to take part in the DataLab Normandie's collective project review.",
        ),
        (false, false) => COMMITMENTS.check(
            Status::Missing,
            "Engagez-vous à remonter les indicateurs et à participer à la revue de projets collective.",
            "Undertake to report the indicators and to take part in the collective project review.",
        ),
    }
}

/// The six marks with their maxima, in the order of the text.
pub fn criteria(draft: &Draft, p: &Parameters) -> [(&'static str, Option<u32>, u32); 6] {
    let s = &draft.self_assessment;
    let m = &p.criteria_maxima.value;
    [
        ("quality", s.quality, m.quality),
        ("feasibility", s.feasibility, m.feasibility),
        (
            "regional_interest",
            s.regional_interest,
            m.regional_interest,
        ),
        (
            "responsible_digital",
            s.responsible_digital,
            m.responsible_digital,
        ),
        ("security", s.security, m.security),
        ("reproducibility", s.reproducibility, m.reproducibility),
    ]
}

/// The sum of the marks given so far (the applicant's estimate).
pub fn estimated_total(draft: &Draft, p: &Parameters) -> u32 {
    criteria(draft, p)
        .iter()
        .filter_map(|(_, mark, _)| *mark)
        .sum()
}

/// « Toute note inférieure à 50/100 rend inéligible l’opération. »
pub fn self_assessment(draft: &Draft, p: &Parameters) -> Check {
    let marks = criteria(draft, p);
    if let Some((key, mark, max)) = marks
        .iter()
        .find(|(_, mark, max)| mark.is_some_and(|m| m > *max))
    {
        return SELF_ASSESSMENT.check(
            Status::Fail,
            format!(
                "Note « {key} » de {} au-dessus de son maximum ({max}).",
                mark.unwrap_or_default()
            ),
            format!(
                "Mark “{key}” of {} above its maximum ({max}).",
                mark.unwrap_or_default()
            ),
        );
    }
    let given = marks.iter().filter(|(_, mark, _)| mark.is_some()).count();
    let total = estimated_total(draft, p);
    let minimum = p.min_total_score.value;
    let out_of = p.criteria_maxima.value.total();
    if given < marks.len() {
        return SELF_ASSESSMENT.check(
            Status::Missing,
            format!("Estimez les {} critères ({given} sur {} renseignés, {total}/{out_of} pour l’instant).", marks.len(), marks.len()),
            format!("Estimate all {} criteria ({given} of {} given, {total}/{out_of} so far).", marks.len(), marks.len()),
        );
    }
    if total < minimum {
        SELF_ASSESSMENT.check(
            Status::Fail,
            format!("Note estimée {total}/{out_of}, inférieure à {minimum}/{out_of} : l’opération serait inéligible."),
            format!("Estimated mark {total}/{out_of}, below {minimum}/{out_of}: the operation would be ineligible."),
        )
    } else {
        SELF_ASSESSMENT.check(
            Status::Pass,
            format!("Note estimée {total}/{out_of}, au moins {minimum}/{out_of}."),
            format!("Estimated mark {total}/{out_of}, at least {minimum}/{out_of}."),
        )
    }
}

// ---- The budget rules (per line) --------------------------------------------------

/// Why a budget line is left out of eligible costs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Exclusion {
    /// The rule that excludes it.
    pub rule: &'static str,
    /// Why, in both languages.
    pub reason: Text,
}

/// « Les dépenses éligibles […] » list: only these categories.
pub fn cost_category(line: &BudgetLine) -> Option<Exclusion> {
    (!line.category.is_eligible()).then(|| Exclusion {
        rule: COST_CATEGORY.id,
        reason: Text::new(
            format!(
                "{} : catégorie absente de la liste des dépenses éligibles.",
                line.category.label_fr()
            ),
            format!(
                "{}: not a category of eligible expenses.",
                line.category.label_en()
            ),
        ),
    })
}

/// « à l’exclusion du personnel permanent des établissements publics ».
pub fn permanent_public_staff(line: &BudgetLine, bearer: Option<&Partner>) -> Option<Exclusion> {
    let public = bearer.is_some_and(|b| b.kind.is_public());
    (line.category == Category::Personnel && line.permanent_staff && public).then(|| Exclusion {
        rule: PERMANENT_PUBLIC_STAFF.id,
        reason: Text::new(
            "Personnel permanent d’une structure publique : exclu.",
            "Permanent staff of a public body: excluded.",
        ),
    })
}

/// A cost counts only when borne by an admissible structure in Normandy.
pub fn cost_bearer(
    line: &BudgetLine,
    bearer: Option<&Partner>,
    p: &Parameters,
) -> Option<Exclusion> {
    let (fr, en) = match bearer {
        None if line.partner.is_empty() => (
            "Aucun partenaire ne porte encore cette dépense.".to_string(),
            "No partner bears this cost yet.".to_string(),
        ),
        None => (
            format!("Partenaire « {} » introuvable.", line.partner),
            format!("Partner “{}” not found.", line.partner),
        ),
        Some(b) if !b.kind.is_admissible() => (
            format!(
                "Portée par {}, de type « autre », qui n’est pas une structure bénéficiaire.",
                partner_name(b, Lang::Fr)
            ),
            format!(
                "Borne by {}, of kind “other”, which is not a beneficiary structure.",
                partner_name(b, Lang::En)
            ),
        ),
        Some(b) if in_normandy(&b.postcode, p) => return None,
        Some(b) => match locate(&b.postcode, p) {
            Location::Unknown => (
                format!(
                    "Code postal de {} pas encore indiqué.",
                    partner_name(b, Lang::Fr)
                ),
                format!("Postcode of {} not given yet.", partner_name(b, Lang::En)),
            ),
            _ => (
                format!(
                    "Portée par {}, hors de Normandie.",
                    partner_name(b, Lang::Fr)
                ),
                format!("Borne by {}, outside Normandy.", partner_name(b, Lang::En)),
            ),
        },
    };
    Some(Exclusion {
        rule: COST_BEARER.id,
        reason: Text::new(fr, en),
    })
}

/// Every reason the line is left out, in the order of the rules.
pub fn exclusions(line: &BudgetLine, draft: &Draft, p: &Parameters) -> Vec<Exclusion> {
    let bearer = draft.partner(&line.partner);
    [
        cost_category(line),
        permanent_public_staff(line, bearer),
        cost_bearer(line, bearer, p),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Sums up how one per-line rule applied across the budget.
/// `exclusions[i]` are the reasons line `i` of `budget` is left out.
pub fn line_rule_summary(
    rule: &'static Rule,
    budget: &[BudgetLine],
    exclusions: &[&[Exclusion]],
) -> Check {
    let hits: Vec<&BudgetLine> = budget
        .iter()
        .zip(exclusions)
        .filter(|(_, reasons)| reasons.iter().any(|e| e.rule == rule.id))
        .map(|(line, _)| line)
        .collect();
    if hits.is_empty() {
        return rule.check(
            Status::Pass,
            "Aucune ligne exclue par cette règle.",
            "No line excluded by this rule.",
        );
    }
    let total = hits
        .iter()
        .filter_map(|l| l.amount)
        .fold(rust_decimal::Decimal::ZERO, |a, b| a + b);
    let labels = |lang: Lang| {
        hits.iter()
            .map(|l| {
                if blank(&l.label) {
                    format!("{} {}", lang.pick("ligne", "line"), l.id)
                } else {
                    l.label.trim().to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    rule.check(
        Status::Warning,
        format!(
            "{} ligne(s) exclue(s), {} : {}.",
            hits.len(),
            format_money(total, Lang::Fr),
            labels(Lang::Fr)
        ),
        format!(
            "{} line(s) excluded, {}: {}.",
            hits.len(),
            format_money(total, Lang::En),
            labels(Lang::En)
        ),
    )
}

/// Every budget line has an amount and a partner bearing it.
pub fn budget_lines_complete(draft: &Draft, _p: &Parameters) -> Check {
    let incomplete: Vec<&BudgetLine> = draft
        .budget
        .iter()
        .filter(|l| l.amount.is_none() || l.partner.is_empty())
        .collect();
    if draft.budget.is_empty() {
        BUDGET_LINES_COMPLETE.check(
            Status::Missing,
            "Ajoutez les lignes du budget.",
            "Add the budget lines.",
        )
    } else if incomplete.is_empty() {
        BUDGET_LINES_COMPLETE.check(
            Status::Pass,
            "Chaque ligne a un montant et un partenaire qui la porte.",
            "Every line has an amount and a partner bearing it.",
        )
    } else {
        let ids = incomplete
            .iter()
            .map(|l| l.id.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        BUDGET_LINES_COMPLETE.check(
            Status::Missing,
            format!(
                "Montant ou partenaire à indiquer pour {} ligne(s) ({ids}).",
                incomplete.len()
            ),
            format!(
                "Amount or partner to give for {} line(s) ({ids}).",
                incomplete.len()
            ),
        )
    }
}

/// At least one eligible line with a positive amount.
pub fn eligible_costs(draft: &Draft, eligible_total: rust_decimal::Decimal) -> Check {
    if eligible_total > rust_decimal::Decimal::ZERO {
        ELIGIBLE_COSTS.check(
            Status::Pass,
            format!(
                "Dépenses éligibles : {}.",
                format_money(eligible_total, Lang::Fr)
            ),
            format!(
                "Eligible costs: {}.",
                format_money(eligible_total, Lang::En)
            ),
        )
    } else if draft.budget.is_empty() {
        ELIGIBLE_COSTS.check(
            Status::Missing,
            "Aucune dépense pour l’instant.",
            "No cost yet.",
        )
    } else {
        ELIGIBLE_COSTS.check(
            Status::Missing,
            "Aucune dépense éligible pour l’instant : frais de personnel, prestations intellectuelles, licences, prestations ou consommables portés par une structure normande.",
            "No eligible cost yet: personnel, intellectual services, licences, services or consumables borne by a Normandy structure.",
        )
    }
}

// ---- Payment, timing, information ---------------------------------------------------

/// « Pour cela, le porteur devra dûment justifier la nécessité de verser une telle avance. »
pub fn advance(draft: &Draft, _p: &Parameters) -> Check {
    let a = &draft.advance;
    match (a.requested, blank(&a.justification)) {
        (false, _) => ADVANCE.check(Status::Info, "Pas d’avance demandée.", "No advance requested."),
        (true, false) => ADVANCE.check(
            Status::Pass,
            "Avance demandée, avec sa justification.",
            "Advance requested, with its justification.",
        ),
        (true, true) => ADVANCE.check(
            Status::Warning,
            "Avance demandée sans justification : elle ne sera pas versée. Justifiez sa nécessité.",
            "Advance requested without justification: it will not be paid. Justify why it is needed.",
        ),
    }
}

/// Work starts on or after the application is filed (GBER art. 6).
pub fn incentive_effect(draft: &Draft, _p: &Parameters) -> Check {
    match (draft.timeline.submission, draft.timeline.start) {
        (Some(filed), Some(start)) if start >= filed => INCENTIVE_EFFECT.check(
            Status::Pass,
            format!("Les travaux commencent le {}, après le dépôt du {}.", start.to_french(), filed.to_french()),
            format!("Work starts on {}, after the application of {}.", start.to_english(), filed.to_english()),
        ),
        (Some(filed), Some(start)) => INCENTIVE_EFFECT.check(
            Status::Warning,
            format!("Les travaux commencent le {}, avant le dépôt du {} : sous le RGEC, l’aide n’aurait pas d’effet incitatif. Commencez le {} ou après.", start.to_french(), filed.to_french(), filed.to_french()),
            format!("Work starts on {}, before the application of {}: under the GBER the aid would have no incentive effect. Start on {} or later.", start.to_english(), filed.to_english(), filed.to_english()),
        ),
        _ => INCENTIVE_EFFECT.check(
            Status::Info,
            "Indiquez les dates de dépôt et de début pour vérifier l’effet incitatif.",
            "Give the submission and start dates to check the incentive effect.",
        ),
    }
}

/// « 12 500 € HT »: every amount is excluding VAT.
pub fn excl_vat(_draft: &Draft, p: &Parameters) -> Check {
    EXCL_VAT.check(
        Status::Info,
        format!(
            "Tous les montants sont hors taxes (HT) : le plafond est de {} HT.",
            format_money(p.grant_cap.value, Lang::Fr)
        ),
        format!(
            "All amounts exclude VAT: the cap is {} excluding VAT.",
            format_money(p.grant_cap.value, Lang::En)
        ),
    )
}

/// « Le projet pourra répondre à un domaine […] »: optional.
pub fn s3_domain(draft: &Draft, _p: &Parameters) -> Check {
    match draft.project.s3_domain {
        Some(domain) => S3_DOMAIN.check(
            Status::Info,
            format!("Domaine : {}.", domain.label_fr()),
            format!("Domain: {}.", domain.label_en()),
        ),
        None => S3_DOMAIN.check(
            Status::Info,
            "Aucun domaine choisi (facultatif).",
            "No domain chosen (optional).",
        ),
    }
}
