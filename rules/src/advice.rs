//! The path to eligibility and to the cap: for every failed or missing check,
//! the smallest concrete change that satisfies it, computed from the rules.

use crate::assess::Assessment;
use crate::checks::{self, last_allowed_end, Status, Text};
use crate::draft::{Draft, Role};
use crate::money::{format_money, Lang};
use crate::params::Parameters;
use serde::Serialize;

/// A change the applicant can make.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// The check it satisfies (or `cap` for the room under the cap).
    pub check: &'static str,
    /// What to do, in both languages.
    pub text: Text,
}

/// What the Région looks for in each criterion, from the text: key, French, English.
pub const CRITERIA: [(&str, &str, &str); 6] = [
    (
        "quality",
        "La qualité globale de la proposition : éléments descriptifs et support de présentation",
        "Overall quality of the proposal: description and presentation",
    ),
    (
        "feasibility",
        "La faisabilité de la preuve de concept",
        "Feasibility of the proof of concept",
    ),
    (
        "regional_interest",
        "L’intégration dans l’intérêt régional et la prise en compte du besoin de l’usager",
        "Fit with the regional interest and the users’ needs",
    ),
    (
        "responsible_digital",
        "La réponse aux enjeux de numérique responsable et durable",
        "Response to responsible and sustainable digital issues",
    ),
    (
        "security",
        "Les dispositions prises pour la sécurité informatique du projet",
        "Measures taken for the project’s IT security",
    ),
    (
        "reproducibility",
        "La prise en compte de la reproductibilité de l’innovation sur le territoire",
        "Reproducibility of the innovation in the region",
    ),
];

fn name(draft: &Draft, id: &str) -> String {
    match draft.partner(id) {
        Some(p) if !p.name.trim().is_empty() => p.name.trim().to_string(),
        _ => id.to_string(),
    }
}

/// Every change that would turn a failed or missing check to pass, then the
/// excluded lines and the room under the cap.
pub fn path_to_eligibility(draft: &Draft, a: &Assessment, p: &Parameters) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let mut add = |check: &'static str, fr: String, en: String| {
        out.push(Suggestion {
            check,
            text: Text::new(fr, en),
        })
    };
    let status = |id: &str| a.check(id).map(|c| c.status);
    let normandy_candidates: Vec<&crate::draft::Partner> = draft
        .partners
        .iter()
        .filter(|q| q.kind.is_admissible() && checks::in_normandy(&q.postcode, p))
        .collect();

    for check in &a.checks {
        if !matches!(check.status, Status::Fail | Status::Missing) {
            continue;
        }
        match check.id {
            "lead-in-normandy" | "lead-kind" if check.status == Status::Fail => {
                match normandy_candidates.iter().find(|q| q.role != Role::Lead) {
                    Some(q) => add(
                        check.id,
                        format!("Désignez comme porteur {}, implanté en Normandie.", name(draft, &q.id)),
                        format!("Make {} the lead: it is established in Normandy.", name(draft, &q.id)),
                    ),
                    None => add(
                        check.id,
                        "Confiez le portage à une entreprise, une association, un établissement ou une collectivité implanté en Normandie.".into(),
                        "Have a company, association, establishment or local authority established in Normandy lead the project.".into(),
                    ),
                }
            }
            "one-lead" if check.status == Status::Fail => {
                let first = draft.partners.iter().find(|q| q.role == Role::Lead).map(|q| name(draft, &q.id)).unwrap_or_default();
                add(check.id, format!("Ne gardez qu’un porteur (par exemple {first})."), format!("Keep a single lead (for example {first})."));
            }
            "two-normandy-structures" if check.status == Status::Fail => {
                let missing = p.min_normandy_structures.value.saturating_sub(checks::normandy_structures(draft, p));
                let departments = p.normandy_departments.value.join(", ");
                add(
                    check.id,
                    format!("Ajoutez {missing} structure(s) implantée(s) en Normandie (code postal {departments}), d’un autre SIREN que les partenaires actuels."),
                    format!("Add {missing} structure(s) established in Normandy (postcode {departments}), with another SIREN than the current partners."),
                );
            }
            "duration" if check.status == Status::Fail => {
                if let (Some(start), Some(end)) = (draft.timeline.start, draft.timeline.end) {
                    if end < start {
                        add(check.id, format!("Indiquez une fin après le début ({}).", start.to_french()), format!("Give an end after the start ({}).", start.to_english()));
                    } else if let Some(last) = last_allowed_end(start, p) {
                        add(
                            check.id,
                            format!("Terminez le projet le {} au plus tard.", last.to_french()),
                            format!("End the project by {} at the latest.", last.to_english()),
                        );
                    }
                }
            }
            "self-assessment" if check.status == Status::Fail => {
                // The weakest criteria relative to their maximum, with what the Région looks for:
                // strengthening the project, not typing higher numbers.
                let mut marks: Vec<(&str, u32, u32)> = checks::criteria(draft, p)
                    .iter()
                    .filter_map(|(key, mark, max)| mark.map(|m| (*key, m, *max)))
                    .collect();
                marks.sort_by(|x, y| (x.1 * y.2).cmp(&(y.1 * x.2)));
                for (key, mark, max) in marks.into_iter().take(2) {
                    if let Some((_, fr, en)) = CRITERIA.iter().find(|(k, _, _)| *k == key) {
                        add(
                            check.id,
                            format!("Point faible ({mark}/{max}) — la Région regarde : « {fr} ». Renforcez cet aspect du projet."),
                            format!("Weak point ({mark}/{max}) — the Région looks at: “{en}”. Strengthen this part of the project."),
                        );
                    }
                }
            }
            _ => add(check.id, check.message.fr.clone(), check.message.en.clone()),
        }
    }

    for (line, la) in draft.budget.iter().zip(&a.lines) {
        if la.eligible || la.amount.is_zero() {
            continue;
        }
        let label = if line.label.trim().is_empty() {
            line.id.clone()
        } else {
            line.label.trim().to_string()
        };
        let reason = la
            .exclusions
            .first()
            .map(|e| e.reason.clone())
            .unwrap_or_else(|| Text::new("", ""));
        add(
            la.exclusions
                .first()
                .map(|e| e.rule)
                .unwrap_or("eligible-costs"),
            format!(
                "La ligne « {label} » ({}) n’est pas éligible : {}",
                format_money(la.amount, Lang::Fr),
                reason.fr
            ),
            format!(
                "The line “{label}” ({}) is not eligible: {}",
                format_money(la.amount, Lang::En),
                reason.en
            ),
        );
    }

    // Reached from exactly cap ÷ rate of eligible costs: no room left.
    if a.room_under_cap.is_zero()
        && a.costs_beyond_cap.is_zero()
        && a.eligible_costs > rust_decimal::Decimal::ZERO
    {
        add(
            "cap",
            format!("Le plafond de {} est atteint tout juste : une dépense éligible de plus n’apporterait aucune aide supplémentaire.", format_money(p.grant_cap.value, Lang::Fr)),
            format!("The {} cap is reached exactly: any further eligible cost would bring no extra grant.", format_money(p.grant_cap.value, Lang::En)),
        );
    } else if a.costs_beyond_cap > rust_decimal::Decimal::ZERO {
        add(
            "cap",
            format!("{} de dépenses éligibles n’apportent aucune aide supplémentaire : le plafond de {} est atteint.", format_money(a.costs_beyond_cap, Lang::Fr), format_money(p.grant_cap.value, Lang::Fr)),
            format!("{} of eligible costs bring no extra grant: the {} cap is reached.", format_money(a.costs_beyond_cap, Lang::En), format_money(p.grant_cap.value, Lang::En)),
        );
    } else if status("eligible-costs") == Some(Status::Pass) {
        add(
            "cap",
            format!("Les dépenses éligibles peuvent encore croître de {} avant que l’aide n’atteigne {}.", format_money(a.room_under_cap, Lang::Fr), format_money(p.grant_cap.value, Lang::Fr)),
            format!("Eligible costs can grow by {} before the grant reaches {}.", format_money(a.room_under_cap, Lang::En), format_money(p.grant_cap.value, Lang::En)),
        );
    }
    out
}
