//! The rest of the dossier, both sides of every threshold: the de minimis
//! ceiling to the cent and its three-year window to the day (29 February
//! included), over-funding by one cent, a cent of VAT toward zero.

mod common;
use booster_ia::draft::*;
use booster_ia::{Status, Verdict};
use common::*;

/// The eligible draft (potential grant 5 000 €, filed 2027-01-10) with these
/// de minimis aids declared: (date, amount).
fn with_aids(aids: &[(Option<&str>, Option<&str>)]) -> Draft {
    let mut d = eligible_draft();
    d.de_minimis = DeMinimis {
        declared: true,
        aids: aids
            .iter()
            .map(|(on, amount)| DeMinimisAid {
                funder: "Bpifrance".into(),
                granted_on: on.map(date),
                amount: amount.map(dec),
            })
            .collect(),
    };
    d
}

#[test]
fn deux_cent_quatre_vingt_quinze_mille_euros_plus_cette_aide_atteignent_le_plafond_sans_le_depasser(
) {
    let a = assessed(&with_aids(&[(Some("2026-01-01"), Some("295000.00"))]));
    assert_eq!(a.de_minimis.with_this_grant, dec("300000.00"));
    assert_eq!(a.de_minimis.headroom, dec("0.00"));
    assert_eq!(a.de_minimis.fits, Some(true));
    assert_eq!(
        a.check(booster_ia::RuleId::DeMinimis).unwrap().status,
        Status::Pass
    );
}

#[test]
fn un_centime_de_plus_et_le_plafond_de_minimis_est_depasse_sans_changer_le_verdict() {
    let a = assessed(&with_aids(&[(Some("2026-01-01"), Some("295000.01"))]));
    assert_eq!(a.de_minimis.headroom, dec("-0.01"));
    assert_eq!(a.de_minimis.fits, Some(false));
    let check = a.check(booster_ia::RuleId::DeMinimis).unwrap();
    assert_eq!(check.status, Status::Warning);
    let words = booster_ia::text::check_message(check, booster_ia::Lang::Fr);
    assert!(
        words.contains("0,01") && words.contains("paragraphe 7"),
        "{words}"
    );
    // The Région may use another regime: the verdict is the eligibility checks'.
    assert_eq!(a.verdict, Verdict::Eligible);
    assert_eq!(a.grant, dec("5000.00"));
}

#[test]
fn une_aide_octroyee_trois_ans_jour_pour_jour_avant_le_depot_est_hors_periode_et_le_lendemain_compte(
) {
    // Filed 2027-01-10: the period starts after 2024-01-10.
    let out = assessed(&with_aids(&[(Some("2024-01-10"), Some("1000"))]));
    assert_eq!(out.de_minimis.counted, dec("0"));
    let counted = assessed(&with_aids(&[(Some("2024-01-11"), Some("1000"))]));
    assert_eq!(counted.de_minimis.counted, dec("1000"));
}

#[test]
fn depose_un_29_fevrier_la_periode_part_du_28_fevrier_trois_ans_plus_tot() {
    let filed = |aid: &str| {
        let mut d = with_aids(&[(Some(aid), Some("1000"))]);
        d.timeline.submission = Some(date("2028-02-29"));
        d.timeline.start = Some(date("2028-03-01"));
        d.timeline.end = Some(date("2028-08-31"));
        assessed(&d).de_minimis.counted
    };
    assert_eq!(filed("2025-02-28"), dec("0"));
    assert_eq!(filed("2025-03-01"), dec("1000"));
}

#[test]
fn une_aide_sans_date_ou_posterieure_au_depot_compte_et_sans_depot_toutes_comptent() {
    let a = assessed(&with_aids(&[
        (None, Some("100")),
        (Some("2027-06-01"), Some("200")),
        (Some("2020-01-01"), Some("400")),
    ]));
    assert_eq!(a.de_minimis.counted, dec("300"));
    // An undated aid leaves the total unchecked.
    assert_eq!(a.de_minimis.fits, None);
    assert_eq!(
        a.check(booster_ia::RuleId::DeMinimis).unwrap().status,
        Status::Warning
    );
    let mut d = with_aids(&[
        (Some("2020-01-01"), Some("400")),
        (Some("2026-01-01"), None),
    ]);
    d.timeline.submission = None;
    let a = assessed(&d);
    assert_eq!(a.de_minimis.counted, dec("400"), "an empty amount counts 0");
    assert_eq!(a.de_minimis.fits, None, "an aid without its amount");
}

#[test]
fn une_liste_non_declaree_est_un_avertissement_et_une_liste_vide_declaree_convient() {
    let a = assessed(&eligible_draft());
    assert_eq!(a.de_minimis.fits, None);
    assert_eq!(
        a.check(booster_ia::RuleId::DeMinimis).unwrap().status,
        Status::Warning
    );
    let a = assessed(&with_aids(&[]));
    assert_eq!(a.de_minimis.fits, Some(true));
    assert_eq!(a.de_minimis.with_this_grant, dec("5000.00"));
}

fn with_other_funding(amount: &str) -> Draft {
    let mut d = eligible_draft();
    d.other_funding = vec![OtherFunding {
        funder: "Département".into(),
        amount: Some(dec(amount)),
        status: FundingStatus::Granted,
    }];
    d
}

#[test]
fn des_financements_publics_egaux_au_cout_equilibrent_le_plan_et_un_centime_de_plus_le_surfinance()
{
    // Costs 10 000, Booster IA 5 000.
    let a = assessed(&with_other_funding("5000.00"));
    assert_eq!(a.financing.uses, dec("10000"));
    assert_eq!(a.financing.booster_ia, dec("5000.00"));
    assert_eq!(a.financing.own_funds, dec("0"));
    assert_eq!(a.financing.over_funding, dec("0"));
    assert_eq!(
        a.check(booster_ia::RuleId::FinancingPlan).unwrap().status,
        Status::Pass
    );
    let a = assessed(&with_other_funding("5000.01"));
    assert_eq!(a.financing.over_funding, dec("0.01"));
    assert_eq!(a.financing.own_funds, dec("0"));
    assert_eq!(
        a.check(booster_ia::RuleId::FinancingPlan).unwrap().status,
        Status::Warning
    );
    assert_eq!(a.verdict, Verdict::Eligible);
    let a = assessed(&with_other_funding("1000"));
    assert_eq!(a.financing.own_funds, dec("4000.00"));
}

/// The eligible draft with a licence line of `amount` borne by the lead, and
/// the lead's VAT status.
fn with_licence(amount: &str, lead_recovers: Option<bool>) -> Draft {
    let mut d = eligible_draft();
    d.budget.push(line("b2", "p1", Category::Licences, amount));
    d.budget.push(line("b3", "p1", Category::Personnel, "1000"));
    d.partners[0].vat_recoverable = lead_recovers;
    d.partners[1].vat_recoverable = Some(true);
    d
}

#[test]
fn la_tva_non_recuperable_est_une_information_arrondie_vers_zero_au_centime() {
    // 0.04 × 20 % = 0.008: nothing; 0.05 × 20 % = 0.01.
    let a = assessed(&with_licence("1500.04", Some(false)));
    let v = a.vat_alternative.as_ref().expect("an alternative");
    assert_eq!(a.eligible_costs, dec("12500.04"));
    assert_eq!(v.eligible_costs, dec("12800.04"), "personnel bears no VAT");
    assert_eq!(v.potential_grant, dec("6400.02"));
    let a = assessed(&with_licence("1500.05", Some(false)));
    assert_eq!(a.vat_alternative.unwrap().eligible_costs, dec("12800.06"));
    // The figures keep the text's rule.
    assert_eq!(a.eligible_costs, dec("12500.05"));
}

#[test]
fn l_alternative_ttc_reste_sous_le_plafond() {
    let a = assessed(&with_licence("20000", Some(false)));
    let v = a.vat_alternative.unwrap();
    assert_eq!(v.eligible_costs, dec("35000.00"));
    assert_eq!(v.potential_grant, dec("12500"));
}

#[test]
fn chaque_structure_qui_recupere_la_tva_fait_passer_le_controle_hors_taxes() {
    let a = assessed(&with_licence("1000", Some(true)));
    assert_eq!(
        a.check(booster_ia::RuleId::ExclVat).unwrap().status,
        Status::Pass
    );
    assert!(a.vat_alternative.is_none());
    let a = assessed(&with_licence("1000", None));
    let check = a.check(booster_ia::RuleId::ExclVat).unwrap();
    assert_eq!(check.status, Status::Info);
    assert!(
        booster_ia::text::check_message(check, booster_ia::Lang::En)
            .contains("VAT recovery not stated: Structure p1"),
        "{check:?}"
    );
    assert!(
        a.vat_alternative.is_none(),
        "not known is not « does not recover »"
    );
}
