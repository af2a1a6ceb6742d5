//! « Type de bénéficiaires » and « Les bénéficiaires doivent être implantés en
//! Normandie »: who may lead, where partners are, how many Normandy structures.

use super::{partner_ref, Check, Finding, PartnerRef, Rule, RuleId, Status};
use crate::draft::{Country, Draft, Partner, Role};
use crate::params::Parameters;

pub(crate) const BENEFICIARIES_IN_NORMANDY: &str = "Les bénéficiaires doivent être implantés en Normandie et porter de manière collaborative ou partenariale un projet dont l’usage ou l’un des usages principaux s’appuie sur une technologie d’IA et par conséquent valorise la donnée.";
pub(crate) const BENEFICIARIES_IN_NORMANDY_EN: &str = "Beneficiaries must be established in Normandy and carry, collaboratively or in partnership, a project whose use, or one of whose main uses, relies on an AI technology and therefore makes use of data.";

/// Exactly one partner files the application as lead.
pub static ONE_LEAD: Rule = Rule {
    citation: "Type de bénéficiaires (ou porteurs de projet)",
    citation_en: "Type of beneficiaries (or project leads)",
};

/// The lead is of a kind the text lists.
pub static LEAD_KIND: Rule = Rule {
    citation: "Type de bénéficiaires (ou porteurs de projet) : - Les entreprises - Les associations - Les établissements publics ou privés - Les collectivités locales et leurs regroupements",
    citation_en: "Type of beneficiaries (or project leads): companies; associations; public or private establishments; local authorities and their groups.",
};

/// The lead's establishment taking part is in Normandy.
pub static LEAD_IN_NORMANDY: Rule = Rule {
    citation: BENEFICIARIES_IN_NORMANDY,
    citation_en: BENEFICIARIES_IN_NORMANDY_EN,
};

/// Every partner gives the postcode of its establishment.
pub static POSTCODES: Rule = Rule {
    citation: BENEFICIARIES_IN_NORMANDY,
    citation_en: BENEFICIARIES_IN_NORMANDY_EN,
};

/// At least two distinct admissible structures in Normandy take part.
pub static TWO_NORMANDY_STRUCTURES: Rule = Rule {
    citation:
        "Les dépenses éligibles du projet faisant intervenir au moins deux structures normandes",
    citation_en: "Eligible expenses of a project involving at least two Normandy structures",
};

/// A department of Normandy: its code and name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Department {
    /// `14`, `27`, `50`, `61` or `76`.
    pub code: &'static str,
    /// Calvados, Eure, Manche, Orne, Seine-Maritime.
    pub name: &'static str,
}

/// Where a postcode places an establishment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// No postcode given.
    Unknown,
    /// A French postcode still being typed: fewer than five digits.
    Incomplete,
    /// In a department of Normandy.
    Normandy(Department),
    /// A French postcode outside Normandy: its department code.
    OtherFrench { department: String },
    /// An establishment the applicant places abroad, whatever its code.
    Abroad { country: Country },
    /// In France by default, but not a French postcode (letters, six digits,
    /// `00…`): counted outside Normandy, as drafts made before the country
    /// was asked for place a foreign establishment.
    Elsewhere,
}

impl Location {
    /// Whether the postcode is not given yet (empty, or still being typed):
    /// such a partner may yet turn out to be in Normandy.
    pub fn is_pending(&self) -> bool {
        matches!(self, Location::Unknown | Location::Incomplete)
    }
}

/// The department of Normandy whose code is `code`, if it is one.
pub fn department(p: &Parameters, code: &str) -> Option<Department> {
    p.department_names
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(code, name)| Department { code, name })
}

/// A postcode as it is read: without the spaces people type in it
/// (« 76 130 », a no-break space from a copied address), so « 76 130 » is 76130.
pub fn postcode_digits(postcode: &str) -> String {
    postcode.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Places an establishment: abroad when its country is not France; else
/// Normandy when its postcode is 5 digits starting with one of the
/// departments of the parameter table, and not given yet while fewer than
/// five digits are typed.
pub fn locate(postcode: &str, country: Country, p: &Parameters) -> Location {
    if !country.is_france() {
        return Location::Abroad { country };
    }
    let code = postcode_digits(postcode);
    if code.is_empty() {
        return Location::Unknown;
    }
    let digits = code.bytes().all(|b| b.is_ascii_digit());
    if digits && code.len() < 5 {
        return Location::Incomplete;
    }
    if code.len() != 5 || !digits {
        return Location::Elsewhere;
    }
    let prefix = &code[..2];
    if let Some(department) = department(p, prefix) {
        return Location::Normandy(department);
    }
    let department = match prefix {
        // Corsica: 20000-20199 is Corse-du-Sud, 20200 and above Haute-Corse.
        "20" if code.as_str() < "20200" => "2A".to_string(),
        "20" => "2B".to_string(),
        "97" | "98" => code[..3].to_string(),
        "00" => return Location::Elsewhere,
        _ => prefix.to_string(),
    };
    Location::OtherFrench { department }
}

/// Whether a partner's establishment is in Normandy, without building a [`Location`].
pub fn in_normandy(partner: &Partner, p: &Parameters) -> bool {
    if !partner.country.is_france() {
        return false;
    }
    let code = postcode_digits(&partner.postcode);
    code.len() == 5
        && code.bytes().all(|b| b.is_ascii_digit())
        && department(p, &code[..2]).is_some()
}

/// Whether a partner's postcode is not given yet (empty, or a French one
/// still being typed).
pub fn postcode_pending(partner: &Partner, p: &Parameters) -> bool {
    locate(&partner.postcode, partner.country, p).is_pending()
}

/// The partners marked as lead, as facts name them.
fn leads(draft: &Draft) -> Vec<(PartnerRef, &Partner)> {
    draft
        .partners
        .iter()
        .enumerate()
        .filter(|(_, p)| p.role == Role::Lead)
        .map(|(i, p)| (partner_ref(p, i), p))
        .collect()
}

/// « Type de bénéficiaires (ou porteurs de projet) »: exactly one lead.
pub fn one_lead(draft: &Draft, _p: &Parameters) -> Check {
    let mut leads: Vec<PartnerRef> = leads(draft).into_iter().map(|(r, _)| r).collect();
    let (status, finding) = match leads.len() {
        0 => (Status::Missing, Finding::NoLead),
        1 => (
            Status::Pass,
            Finding::Lead {
                lead: leads.remove(0),
            },
        ),
        _ => (Status::Fail, Finding::SeveralLeads { leads }),
    };
    Check::new(RuleId::OneLead, status, finding)
}

/// « Type de bénéficiaires »: the lead is a company, association, public or
/// private establishment, local authority or group of local authorities.
pub fn lead_kind(draft: &Draft, _p: &Parameters) -> Check {
    let leads = leads(draft);
    let Some((_, first)) = leads.first() else {
        return Check::new(RuleId::LeadKind, Status::Missing, Finding::NoLeadYet);
    };
    let wrong: Vec<PartnerRef> = leads
        .iter()
        .filter(|(_, p)| !p.kind.is_admissible())
        .map(|(r, _)| r.clone())
        .collect();
    if wrong.is_empty() {
        Check::new(
            RuleId::LeadKind,
            Status::Pass,
            Finding::LeadKindAdmissible { kind: first.kind },
        )
    } else {
        Check::new(
            RuleId::LeadKind,
            Status::Fail,
            Finding::LeadKindNotAdmissible { leads: wrong },
        )
    }
}

/// « Les bénéficiaires doivent être implantés en Normandie »: the lead's
/// establishment taking part has a Normandy postcode.
pub fn lead_in_normandy(draft: &Draft, p: &Parameters) -> Check {
    let leads = leads(draft);
    if leads.is_empty() {
        return Check::new(RuleId::LeadInNormandy, Status::Missing, Finding::NoLeadYet);
    }
    let located: Vec<(&PartnerRef, &Partner, Location)> = leads
        .iter()
        .map(|(r, l)| (r, *l, locate(&l.postcode, l.country, p)))
        .collect();
    let outside: Vec<&(&PartnerRef, &Partner, Location)> = located
        .iter()
        .filter(|(_, _, at)| !matches!(at, Location::Normandy(_)) && !at.is_pending())
        .collect();
    if let Some((_, first, _)) = outside.first() {
        return Check::new(
            RuleId::LeadInNormandy,
            Status::Fail,
            Finding::LeadOutsideNormandy {
                leads: outside.iter().map(|(r, _, _)| (*r).clone()).collect(),
                postcode: postcode_digits(&first.postcode),
            },
        );
    }
    // Every lead is now in Normandy or has no postcode yet.
    if let Some((lead, _, _)) = located.iter().find(|(_, _, at)| at.is_pending()) {
        return Check::new(
            RuleId::LeadInNormandy,
            Status::Missing,
            Finding::LeadPostcodeMissing {
                lead: (*lead).clone(),
            },
        );
    }
    match &located[0].2 {
        Location::Normandy(department) => Check::new(
            RuleId::LeadInNormandy,
            Status::Pass,
            Finding::LeadInNormandy {
                department: *department,
            },
        ),
        // Not reached: every lead is placed in Normandy above. Kept total.
        _ => Check::new(RuleId::LeadInNormandy, Status::Missing, Finding::NoLeadYet),
    }
}

/// Every partner gives its establishment's postcode.
pub fn postcodes(draft: &Draft, p: &Parameters) -> Check {
    let without: Vec<PartnerRef> = draft
        .partners
        .iter()
        .enumerate()
        .filter(|(_, q)| postcode_pending(q, p))
        .map(|(i, p)| partner_ref(p, i))
        .collect();
    let (status, finding) = if draft.partners.is_empty() {
        (Status::Missing, Finding::NoPartners)
    } else if without.is_empty() {
        (Status::Pass, Finding::PostcodesGiven)
    } else {
        (
            Status::Missing,
            Finding::PostcodesMissing { partners: without },
        )
    };
    Check::new(RuleId::Postcodes, status, finding)
}

/// Counts the distinct admissible structures established in Normandy:
/// partners sharing a SIREN count once.
pub fn normandy_structures(draft: &Draft, p: &Parameters) -> usize {
    let mut sirens: Vec<&str> = Vec::new();
    let mut without_siret = 0;
    for partner in &draft.partners {
        if !partner.kind.is_admissible() || !in_normandy(partner, p) {
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
    let counted = normandy_structures(draft, p);
    let finding = Finding::NormandyStructures { counted, needed };
    if counted >= needed {
        return Check::new(RuleId::TwoNormandyStructures, Status::Pass, finding);
    }
    // Partners whose postcode is not given yet may still complete the count.
    let pending = draft
        .partners
        .iter()
        .filter(|q| q.kind.is_admissible() && postcode_pending(q, p))
        .count();
    let status = if draft.partners.len() < needed || counted + pending >= needed {
        Status::Missing
    } else {
        Status::Fail
    };
    Check::new(RuleId::TwoNormandyStructures, status, finding)
}
