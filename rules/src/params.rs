//! The dated parameter table: every number of the scheme, with the sentence it
//! comes from and the date it took effect (OpenFisca's `parameters/`).
//! A formula reads these; it never holds a literal.
//!
//! The numbers live in `params/booster-ia.json` (values keyed by the date each
//! took effect, with the quoted sentence and its line in `docs/booster-ia.txt`);
//! build.rs checks that file and turns it into the Rust of [`versions`].

use crate::date::Date;
use rust_decimal::Decimal;

/// One value of the scheme, with where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Parameter<T> {
    /// The value in force.
    pub value: T,
    /// The sentence of the scheme it comes from, in French, as written.
    pub citation: &'static str,
    /// An English gloss of that sentence.
    pub citation_en: &'static str,
}

/// Maximum mark of each of the six appraisal criteria, in the order of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CriteriaMaxima {
    /// « La qualité globale de la proposition … (note /20) »
    pub quality: u32,
    /// « La faisabilité de la preuve de concept (note /30) »
    pub feasibility: u32,
    /// « L'intégration dans l'intérêt régional … (note /20) »
    pub regional_interest: u32,
    /// « La réponse aux enjeux de numérique responsable et durable (note /10) »
    pub responsible_digital: u32,
    /// « Les dispositions prises pour la sécurité informatique du projet (note /10) »
    pub security: u32,
    /// « La prise en compte de la reproductibilité de l'innovation … (note /10) »
    pub reproducibility: u32,
}

impl CriteriaMaxima {
    /// The sum of the six maxima (100 in the 2024 text).
    pub fn total(&self) -> u32 {
        self.quality
            + self.feasibility
            + self.regional_interest
            + self.responsible_digital
            + self.security
            + self.reproducibility
    }
}

/// The scheme's numbers as adopted on one date.
#[derive(Clone, Debug, PartialEq)]
pub struct Parameters {
    /// The date this version took effect.
    pub effective: Date,
    /// The decision that adopted it.
    pub decision: &'static str,
    /// Share of eligible costs paid as grant (0.50).
    pub grant_rate: Parameter<Decimal>,
    /// Ceiling of the grant, € excluding VAT (12 500).
    pub grant_cap: Parameter<Decimal>,
    /// Longest proof of concept, in calendar months (6).
    pub max_duration_months: Parameter<u32>,
    /// Fewest distinct Normandy structures taking part (2).
    pub min_normandy_structures: Parameter<usize>,
    /// Lowest admissible total mark out of 100 (50).
    pub min_total_score: Parameter<u32>,
    /// Maximum mark of each criterion (20/30/20/10/10/10).
    pub criteria_maxima: Parameter<CriteriaMaxima>,
    /// Share paid as an advance on request with justification (0.50, of the grant: see README).
    pub advance_rate: Parameter<Decimal>,
    /// Ceiling of de minimis aid per single undertaking over the period, € (300 000, Reg. 2023/2831 art. 3(2)).
    pub de_minimis_ceiling: Parameter<Decimal>,
    /// Years over which de minimis aid adds up (3, Reg. 2023/2831 art. 3(2)).
    pub de_minimis_period_years: Parameter<u32>,
    /// Standard VAT rate, for the VAT-inclusive alternative shown as information (0.20, CGI art. 278).
    pub vat_standard_rate: Parameter<Decimal>,
    /// Department codes of Normandy: Calvados, Eure, Manche, Orne, Seine-Maritime.
    pub normandy_departments: Parameter<&'static [&'static str]>,
    /// Each of those departments as (code, name), in the same order: ("14", "Calvados"), …
    // Beside the codes rather than in them, so code reading the codes as `&str` stays as it is.
    pub department_names: &'static [(&'static str, &'static str)],
    /// The parameters that start after the first version (rules in force
    /// from a later date read them), `None` before their first date.
    pub later: LaterParameters,
}

// `LaterParameters`, written by build.rs from its `LATER` list.
include!(concat!(env!("OUT_DIR"), "/later_parameters.rs"));

/// Every version of the table, oldest first. One so far.
pub fn versions() -> Vec<Parameters> {
    // Written by build.rs from params/booster-ia.json, checked there.
    include!(concat!(env!("OUT_DIR"), "/params_booster_ia.rs"))
}

/// Tests only: the table of the hypothetical `tests/fixtures/params-second-version.json`.
// The 2024 values and a made-up version from 2027-01-01 with a 15 000 € cap;
// behind a feature so the shipped crate neither reads nor carries it.
#[cfg(feature = "second-version-fixture")]
pub fn fixture_versions() -> Vec<Parameters> {
    include!(concat!(env!("OUT_DIR"), "/params_second_version.rs"))
}

/// The version of `versions` (oldest first) in force on `date`, or `None` before the first.
pub fn in_force_among(versions: &[Parameters], date: Date) -> Option<Parameters> {
    versions.iter().rev().find(|p| p.effective <= date).cloned()
}

/// The version in force on `date`, or `None` before the scheme existed.
pub fn in_force_on(date: Date) -> Option<Parameters> {
    in_force_among(&versions(), date)
}

/// The latest version.
pub fn current() -> Parameters {
    versions().pop().expect("at least one version")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_six_criteria_are_marked_out_of_one_hundred() {
        assert_eq!(current().criteria_maxima.value.total(), 100);
    }

    #[test]
    fn the_2024_table_is_in_force_from_the_plenary_of_24_june_2024() {
        let adopted = Date::new(2024, 6, 24).unwrap();
        assert_eq!(in_force_on(adopted).map(|p| p.effective), Some(adopted));
        assert_eq!(in_force_on(adopted.previous_day().unwrap()), None);
        assert_eq!(current().effective, adopted);
    }

    #[test]
    fn each_citation_is_a_sentence_of_the_scheme() {
        let text = include_str!("../../docs/booster-ia.txt");
        let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let scheme = flat(text);
        let p = current();
        for citation in [
            p.grant_rate.citation,
            p.max_duration_months.citation,
            p.min_normandy_structures.citation,
            p.min_total_score.citation,
            p.advance_rate.citation,
            p.normandy_departments.citation,
        ] {
            assert!(
                scheme.contains(&flat(citation)),
                "not in the scheme: {citation}"
            );
        }
    }
}
