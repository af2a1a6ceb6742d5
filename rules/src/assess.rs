//! The assessment: checks → verdict; eligible costs → rate → cap → rounding;
//! grant = verdict eligible ? amount : 0, the potential amount still shown.

use crate::checks::{self, Check, Exclusion, Status, Text};
use crate::draft::{Category, Draft};
use crate::money::{format_amount, format_money, format_percent, max_line_amount, Lang};
use crate::params::{self, Parameters};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};
use std::fmt;

/// What the checks conclude.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every check passes (warnings aside).
    Eligible,
    /// At least one check fails.
    NotEligible,
    /// Nothing fails, but information is missing.
    Incomplete,
}

impl Verdict {
    /// The draft format's spelling.
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::NotEligible => "not_eligible",
            Verdict::Incomplete => "incomplete",
        }
    }

    /// In words.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Verdict::Eligible => lang.pick("Éligible", "Eligible"),
            Verdict::NotEligible => lang.pick("Non éligible", "Not eligible"),
            Verdict::Incomplete => lang.pick("Incomplet", "Incomplete"),
        }
    }
}

/// The verdict the checks give: `not_eligible` if any fails, else `incomplete`
/// if any is missing, else `eligible`.
pub fn verdict(checks: &[Check]) -> Verdict {
    if checks.iter().any(|c| c.status == Status::Fail) {
        Verdict::NotEligible
    } else if checks.iter().any(|c| c.status == Status::Missing) {
        Verdict::Incomplete
    } else {
        Verdict::Eligible
    }
}

fn amount<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_amount(*value))
}

fn rate<S: Serializer>(value: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => s.serialize_str(&v.normalize().to_string()),
        None => s.serialize_none(),
    }
}

/// How one budget line fares.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LineAssessment {
    /// The line's id.
    pub id: String,
    /// Whether it counts in eligible costs.
    pub eligible: bool,
    /// Its amount (0 when not given yet).
    #[serde(serialize_with = "amount")]
    pub amount: Decimal,
    /// Why it is left out, if it is.
    pub exclusions: Vec<Exclusion>,
    /// What the payment request will need for it (eligible lines only).
    pub payment_documents: &'static [Document],
}

/// The costs of one category or one partner.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CostGroup {
    /// The category code or the partner id.
    pub key: String,
    /// All its costs.
    #[serde(serialize_with = "amount")]
    pub total: Decimal,
    /// Those that count in eligible costs.
    #[serde(serialize_with = "amount")]
    pub eligible: Decimal,
}

/// Groups the lines' amounts by `key`, in the order of `keys`, leaving out empty groups.
fn group_costs<'a>(
    keys: impl Iterator<Item = String>,
    lines: impl Iterator<Item = (String, &'a LineAssessment)> + Clone,
) -> Vec<CostGroup> {
    keys.filter_map(|key| {
        let (total, eligible) = lines
            .clone()
            .filter(|(k, _)| *k == key)
            .fold((Decimal::ZERO, Decimal::ZERO), |(t, e), (_, l)| {
                (t + l.amount, if l.eligible { e + l.amount } else { e })
            });
        (!total.is_zero()).then_some(CostGroup {
            key,
            total,
            eligible,
        })
    })
    .collect()
}

/// How a figure was obtained, in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Derivation {
    /// The figure's key in the assessment.
    pub figure: &'static str,
    /// The reasoning with the numbers, in both languages.
    pub text: Text,
}

/// Everything the simulator concludes about a draft.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    /// Eligible, not eligible or incomplete.
    pub verdict: Verdict,
    /// Sum of every budget line, excluding VAT.
    #[serde(serialize_with = "amount")]
    pub total_costs: Decimal,
    /// Sum of the eligible lines.
    #[serde(serialize_with = "amount")]
    pub eligible_costs: Decimal,
    /// The grant paid: the potential grant if eligible, else 0.
    #[serde(serialize_with = "amount")]
    pub grant: Decimal,
    /// The advance paid on request with justification.
    #[serde(serialize_with = "amount")]
    pub advance: Decimal,
    /// Whether the rate times eligible costs exceeds the cap.
    pub cap_binds: bool,
    /// Every check, in the order of the rules.
    pub checks: Vec<Check>,
    /// Sum of the lines left out.
    #[serde(serialize_with = "amount")]
    pub excluded_costs: Decimal,
    /// The grant the eligible costs would bring once every check passes.
    #[serde(serialize_with = "amount")]
    pub potential_grant: Decimal,
    /// Potential grant ÷ eligible costs; `None` without eligible costs.
    #[serde(serialize_with = "rate")]
    pub effective_rate: Option<Decimal>,
    /// The advance the potential grant would allow (when requested with justification).
    #[serde(serialize_with = "amount")]
    pub potential_advance: Decimal,
    /// Paid at the end: grant − advance.
    #[serde(serialize_with = "amount")]
    pub balance: Decimal,
    /// What the partners fund themselves: total costs − grant.
    #[serde(serialize_with = "amount")]
    pub own_share: Decimal,
    /// How much eligible costs can grow before the grant reaches the cap (0 once reached).
    #[serde(serialize_with = "amount")]
    pub room_under_cap: Decimal,
    /// Eligible costs beyond the point where the cap is reached (they bring no extra grant).
    #[serde(serialize_with = "amount")]
    pub costs_beyond_cap: Decimal,
    /// Cap − potential grant: how much more grant the cap would allow (0 once reached).
    #[serde(serialize_with = "amount")]
    pub grant_below_cap: Decimal,
    /// Costs by category, in the order of the draft format (categories with no cost left out).
    pub costs_by_category: Vec<CostGroup>,
    /// Costs by bearing partner, in the order of the partners (partners with no cost left out).
    pub costs_by_partner: Vec<CostGroup>,
    /// Each budget line.
    pub lines: Vec<LineAssessment>,
    /// How each figure was obtained.
    pub derivations: Vec<Derivation>,
    /// The date of the parameter table applied.
    pub rules_version: String,
}

impl Assessment {
    /// The derivation of one figure, in `lang`.
    pub fn derivation(&self, figure: &str, lang: Lang) -> Option<&str> {
        self.derivations
            .iter()
            .find(|d| d.figure == figure)
            .map(|d| d.text.get(lang))
    }

    /// The check with this id.
    pub fn check(&self, id: &str) -> Option<&Check> {
        self.checks.iter().find(|c| c.id == id)
    }

    /// The money figure named `key` in [`MONEY_FIGURES`].
    pub fn money_figure(&self, key: &str) -> Option<Decimal> {
        Some(match key {
            "total_costs" => self.total_costs,
            "eligible_costs" => self.eligible_costs,
            "excluded_costs" => self.excluded_costs,
            "potential_grant" => self.potential_grant,
            "grant" => self.grant,
            "advance" => self.advance,
            "balance" => self.balance,
            "own_share" => self.own_share,
            "room_under_cap" => self.room_under_cap,
            _ => return None,
        })
    }
}

/// A money figure of the assessment and its name in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FigureName {
    /// Its key in the assessment.
    pub key: &'static str,
    /// French.
    pub fr: &'static str,
    /// English.
    pub en: &'static str,
}

impl FigureName {
    /// The name in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.fr, self.en)
    }
}

/// The name of the money figure `key`.
pub fn figure_name(key: &str) -> Option<&'static FigureName> {
    MONEY_FIGURES.iter().find(|f| f.key == key)
}

/// The money figures, in the order reports and tables list them.
pub static MONEY_FIGURES: &[FigureName] = &[
    FigureName {
        key: "total_costs",
        fr: "Dépenses totales HT",
        en: "Total costs excl. VAT",
    },
    FigureName {
        key: "eligible_costs",
        fr: "Dépenses éligibles",
        en: "Eligible costs",
    },
    FigureName {
        key: "excluded_costs",
        fr: "Dépenses exclues",
        en: "Excluded costs",
    },
    FigureName {
        key: "potential_grant",
        fr: "Aide potentielle",
        en: "Potential grant",
    },
    FigureName {
        key: "grant",
        fr: "Aide régionale",
        en: "Regional grant",
    },
    FigureName {
        key: "advance",
        fr: "Avance",
        en: "Advance",
    },
    FigureName {
        key: "balance",
        fr: "Solde versé à la fin",
        en: "Balance paid at the end",
    },
    FigureName {
        key: "own_share",
        fr: "Part des partenaires",
        en: "Partners’ own share",
    },
    FigureName {
        key: "room_under_cap",
        fr: "Marge sous le plafond",
        en: "Room under the cap",
    },
];

/// A draft the engine cannot compute with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessError {
    /// A line's amount is beyond what the simulator computes with (10^15 €).
    AmountTooLarge {
        /// The line's id.
        line: String,
    },
    /// A line's amount is below zero.
    NegativeAmount {
        /// The line's id.
        line: String,
    },
}

impl fmt::Display for AssessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssessError::AmountTooLarge { line } => write!(
                f,
                "budget line {line}: amount above {} €, too large to compute with",
                max_line_amount()
            ),
            AssessError::NegativeAmount { line } => {
                write!(f, "budget line {line}: negative amount")
            }
        }
    }
}

impl std::error::Error for AssessError {}

/// The parameter table in force for this draft: on its submission date if
/// given and covered, else the latest.
pub fn parameters_for(draft: &Draft) -> Parameters {
    draft
        .timeline
        .submission
        .and_then(params::in_force_on)
        .unwrap_or_else(params::current)
}

/// Assesses a draft with the parameters in force for it.
pub fn assess(draft: &Draft) -> Result<Assessment, AssessError> {
    assess_with(draft, &parameters_for(draft))
}

/// `value` toward zero to the cent: a grant must never exceed what the text allows.
fn to_cent(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::ToZero)
}

/// A document the payment request will need, in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    /// French.
    pub fr: &'static str,
    /// English.
    pub en: &'static str,
}

impl Document {
    /// The name in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.fr, self.en)
    }
}

/// « Les justificatifs de frais de personnel (bulletins de paie, contrats de travail et lettres
/// de mission, feuilles de temps signées de l’employé et du représentant légal de la structure…) »
pub static PERSONNEL_DOCUMENTS: [Document; 3] = [
    Document {
        fr: "bulletins de paie",
        en: "payslips",
    },
    Document {
        fr: "contrats de travail et lettres de mission",
        en: "employment contracts and mission letters",
    },
    Document {
        fr: "feuilles de temps signées de l’employé et du représentant légal de la structure",
        en: "timesheets signed by the employee and the structure's legal representative",
    },
];

/// « Les factures acquittées des prestations réalisées, des licences d’utilisation ou des consommables »
pub static INVOICE_DOCUMENTS: [Document; 1] = [Document {
    fr: "factures acquittées",
    en: "paid invoices",
}];

/// The documents a payment request needs for a line of this category.
pub fn payment_documents(category: Category) -> &'static [Document] {
    if category == Category::Personnel {
        &PERSONNEL_DOCUMENTS
    } else {
        &INVOICE_DOCUMENTS
    }
}

/// Assesses a draft with the given parameters.
pub fn assess_with(draft: &Draft, p: &Parameters) -> Result<Assessment, AssessError> {
    // Amounts are bounded so that the sums below cannot overflow `Decimal`.
    if let Some(line) = draft.budget.iter().find(|l| {
        l.amount
            .is_some_and(|a| a > max_line_amount() || a < Decimal::ZERO)
    }) {
        let line_id = line.id.clone();
        return Err(if line.amount.is_some_and(|a| a < Decimal::ZERO) {
            AssessError::NegativeAmount { line: line_id }
        } else {
            AssessError::AmountTooLarge { line: line_id }
        });
    }

    // Per-line eligibility.
    let mut lines = Vec::with_capacity(draft.budget.len());
    let mut total_costs = Decimal::ZERO;
    let mut eligible_costs = Decimal::ZERO;
    for line in &draft.budget {
        let value = line.amount.unwrap_or(Decimal::ZERO);
        let reasons = checks::exclusions(line, draft, p);
        total_costs += value;
        let eligible = reasons.is_empty();
        if eligible {
            eligible_costs += value;
        }
        lines.push(LineAssessment {
            id: line.id.clone(),
            eligible,
            amount: value,
            exclusions: reasons,
            payment_documents: if eligible {
                payment_documents(line.category)
            } else {
                &[]
            },
        });
    }
    let excluded_costs = total_costs - eligible_costs;
    let reasons: Vec<&[Exclusion]> = lines.iter().map(|l| l.exclusions.as_slice()).collect();

    // Eligibility.
    let checks = vec![
        checks::one_lead(draft, p),
        checks::lead_kind(draft, p),
        checks::lead_in_normandy(draft, p),
        checks::postcodes(draft, p),
        checks::two_normandy_structures(draft, p),
        checks::ai_and_data(draft, p),
        checks::duration(draft, p),
        checks::milestones(draft, p),
        checks::commons(draft, p),
        checks::indicators(draft, p),
        checks::commitments(draft, p),
        checks::self_assessment(draft, p),
        checks::eligible_costs(draft, eligible_costs),
        checks::budget_lines_complete(draft, p),
        checks::line_rule_summary(&checks::COST_CATEGORY, &draft.budget, &reasons),
        checks::line_rule_summary(&checks::PERMANENT_PUBLIC_STAFF, &draft.budget, &reasons),
        checks::line_rule_summary(&checks::COST_BEARER, &draft.budget, &reasons),
        checks::advance(draft, p),
        checks::incentive_effect(draft, p),
        checks::excl_vat(draft, p),
        checks::s3_domain(draft, p),
    ];
    let verdict = verdict(&checks);

    // Amount, apart from eligibility.
    let rate = p.grant_rate.value;
    let cap = p.grant_cap.value;
    let uncapped = rate * eligible_costs;
    let cap_binds = uncapped > cap;
    let potential_grant = to_cent(uncapped.min(cap));
    let effective_rate = (eligible_costs > Decimal::ZERO).then(|| {
        (potential_grant / eligible_costs).round_dp_with_strategy(4, RoundingStrategy::ToZero)
    });
    // Eligible costs at which the grant reaches the cap: cap ÷ rate.
    let costs_at_cap = cap / rate;
    let room_under_cap = (costs_at_cap - eligible_costs).max(Decimal::ZERO);
    let costs_beyond_cap = (eligible_costs - costs_at_cap).max(Decimal::ZERO);

    // Combined at the end.
    let grant = if verdict == Verdict::Eligible {
        potential_grant
    } else {
        Decimal::ZERO
    };
    let advance_allowed = draft.advance.requested && !draft.advance.justification.trim().is_empty();
    let advance_of = |g: Decimal| {
        if advance_allowed {
            to_cent(g * p.advance_rate.value)
        } else {
            Decimal::ZERO
        }
    };
    let advance = advance_of(grant);
    let potential_advance = advance_of(potential_grant);
    let balance = grant - advance;
    let own_share = total_costs - grant;

    let mut assessment = Assessment {
        verdict,
        total_costs,
        eligible_costs,
        grant,
        advance,
        cap_binds,
        checks,
        excluded_costs,
        potential_grant,
        effective_rate,
        potential_advance,
        balance,
        own_share,
        room_under_cap,
        costs_beyond_cap,
        lines,
        derivations: Vec::new(),
        rules_version: p.effective.to_string(),
        grant_below_cap: cap - potential_grant,
        costs_by_category: Vec::new(),
        costs_by_partner: Vec::new(),
    };
    let by_line = || draft.budget.iter().zip(&assessment.lines);
    assessment.costs_by_category = group_costs(
        Category::ALL.iter().map(|c| c.code().to_string()),
        by_line().map(|(l, la)| (l.category.code().to_string(), la)),
    );
    assessment.costs_by_partner = group_costs(
        draft.partners.iter().map(|q| q.id.clone()),
        by_line().map(|(l, la)| (l.partner.clone(), la)),
    );
    assessment.derivations = derivations(&assessment, draft, p);
    Ok(assessment)
}

/// Words for each figure, built from the same values the figures hold.
fn derivations(a: &Assessment, draft: &Draft, p: &Parameters) -> Vec<Derivation> {
    let m = |v: Decimal, lang: Lang| format_money(v, lang);
    let both = |f: &dyn Fn(Lang) -> String| Text::new(f(Lang::Fr), f(Lang::En));
    let excluded_count = a.lines.iter().filter(|l| !l.eligible).count();
    let rate = p.grant_rate.value;
    let cap = p.grant_cap.value;
    let mut out = vec![
        Derivation {
            figure: "total_costs",
            text: both(&|lang| match lang {
                Lang::Fr => format!(
                    "Somme des {} ligne(s) du budget, HT : {}",
                    draft.budget.len(),
                    m(a.total_costs, lang)
                ),
                Lang::En => format!(
                    "Sum of the {} budget line(s), excluding VAT: {}",
                    draft.budget.len(),
                    m(a.total_costs, lang)
                ),
            }),
        },
        Derivation {
            figure: "eligible_costs",
            text: both(&|lang| match lang {
                Lang::Fr => format!(
                    "{} − {} exclus ({excluded_count} ligne(s)) = {}",
                    m(a.total_costs, lang),
                    m(a.excluded_costs, lang),
                    m(a.eligible_costs, lang)
                ),
                Lang::En => format!(
                    "{} − {} excluded ({excluded_count} line(s)) = {}",
                    m(a.total_costs, lang),
                    m(a.excluded_costs, lang),
                    m(a.eligible_costs, lang)
                ),
            }),
        },
        Derivation {
            figure: "potential_grant",
            text: both(&|lang| {
                let product = format!(
                    "{} × {} = {}",
                    format_percent(rate, lang),
                    m(a.eligible_costs, lang),
                    m(to_cent(rate * a.eligible_costs), lang)
                );
                match (lang, a.cap_binds) {
                    (Lang::Fr, false) => {
                        format!("{product} — plafond de {} non atteint", m(cap, lang))
                    }
                    (Lang::Fr, true) => format!(
                        "{product} — au-delà du plafond : aide ramenée à {}",
                        m(cap, lang)
                    ),
                    (Lang::En, false) => format!("{product} — below the {} cap", m(cap, lang)),
                    (Lang::En, true) => format!(
                        "{product} — above the cap: grant limited to {}",
                        m(cap, lang)
                    ),
                }
            }),
        },
        Derivation {
            figure: "grant",
            text: both(&|lang| match (lang, a.verdict) {
                (Lang::Fr, crate::assess::Verdict::Eligible) => format!(
                    "Projet éligible : l’aide est l’aide potentielle, {}",
                    m(a.grant, lang)
                ),
                (Lang::En, crate::assess::Verdict::Eligible) => format!(
                    "Eligible project: the grant is the potential grant, {}",
                    m(a.grant, lang)
                ),
                (Lang::Fr, v) => format!(
                    "{} : aide de {} (aide potentielle une fois les conditions remplies : {})",
                    v.label(lang),
                    m(a.grant, lang),
                    m(a.potential_grant, lang)
                ),
                (Lang::En, v) => format!(
                    "{}: grant {} (potential grant once every condition is met: {})",
                    v.label(lang),
                    m(a.grant, lang),
                    m(a.potential_grant, lang)
                ),
            }),
        },
    ];
    let advance_text = |lang: Lang| {
        if !draft.advance.requested {
            lang.pick(
                "Pas d’avance demandée : 0,00 €",
                "No advance requested: €0.00",
            )
            .to_string()
        } else if draft.advance.justification.trim().is_empty() {
            match lang {
                Lang::Fr => format!(
                    "Avance demandée sans justification : {}",
                    m(Decimal::ZERO, lang)
                ),
                Lang::En => format!(
                    "Advance requested without justification: {}",
                    m(Decimal::ZERO, lang)
                ),
            }
        } else {
            format!(
                "{} × {} = {}",
                format_percent(p.advance_rate.value, lang),
                m(a.grant, lang),
                m(a.advance, lang)
            )
        }
    };
    out.push(Derivation {
        figure: "advance",
        text: both(&advance_text),
    });
    out.push(Derivation {
        figure: "balance",
        text: both(&|lang| {
            format!(
                "{} − {} = {}",
                m(a.grant, lang),
                m(a.advance, lang),
                m(a.balance, lang)
            )
        }),
    });
    out.push(Derivation {
        figure: "own_share",
        text: both(&|lang| {
            format!(
                "{} − {} = {}",
                m(a.total_costs, lang),
                m(a.grant, lang),
                m(a.own_share, lang)
            )
        }),
    });
    out.push(Derivation {
        figure: "effective_rate",
        text: both(&|lang| match a.effective_rate {
            Some(r) => format!(
                "{} ÷ {} = {}",
                m(a.potential_grant, lang),
                m(a.eligible_costs, lang),
                format_percent(r, lang)
            ),
            None => lang
                .pick("Pas de dépense éligible", "No eligible cost")
                .to_string(),
        }),
    });
    out.push(Derivation {
        figure: "room_under_cap",
        text: both(&|lang| {
            let at_cap = cap / rate;
            match (lang, a.cap_binds || a.eligible_costs >= at_cap) {
                (Lang::Fr, false) => format!("{} ÷ {} = {} de dépenses éligibles atteignent le plafond ; marge : {} − {} = {}", m(cap, lang), format_percent(rate, lang), m(at_cap, lang), m(at_cap, lang), m(a.eligible_costs, lang), m(a.room_under_cap, lang)),
                (Lang::En, false) => format!("{} ÷ {} = {} of eligible costs reach the cap; room: {} − {} = {}", m(cap, lang), format_percent(rate, lang), m(at_cap, lang), m(at_cap, lang), m(a.eligible_costs, lang), m(a.room_under_cap, lang)),
                (Lang::Fr, true) => format!("Plafond atteint dès {} de dépenses éligibles : {} au-delà n’apportent aucune aide supplémentaire", m(at_cap, lang), m(a.costs_beyond_cap, lang)),
                (Lang::En, true) => format!("Cap reached from {} of eligible costs: {} beyond it bring no extra grant", m(at_cap, lang), m(a.costs_beyond_cap, lang)),
            }
        }),
    });
    out
}
