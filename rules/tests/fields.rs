//! The fields a check marks, on both sides of each threshold, with the reason
//! said under them; and the advance as the text allows it, in both readings.

mod common;
use booster_ia::draft::*;
use booster_ia::fields::{marked, Field, Marked};
use booster_ia::rules::Criterion;
use booster_ia::{text, Lang, RuleId};
use common::*;

fn marks(d: &Draft) -> Vec<Marked> {
    marked(d, &assessed(d))
}

fn fields(d: &Draft) -> Vec<Field> {
    marks(d).into_iter().map(|m| m.field).collect()
}

/// The reason said under `field`, in `lang`.
fn reason(d: &Draft, field: &Field, lang: Lang) -> String {
    let a = assessed(d);
    let m = marked(d, &a)
        .into_iter()
        .find(|m| m.field == *field)
        .unwrap_or_else(|| panic!("{field:?} is not marked"));
    text::field_reason(a.check(m.rule).expect("its check"), field, lang)
}

#[test]
fn an_eligible_draft_marks_no_field() {
    assert_eq!(fields(&eligible_draft()), vec![]);
    let mut d = eligible_draft();
    d.advance = AdvanceRequest {
        requested: true,
        justification: "Trésorerie".into(),
    };
    assert_eq!(fields(&d), vec![]);
}

#[test]
fn la_fin_le_dernier_jour_permis_n_est_pas_marquee_un_jour_de_plus_l_est() {
    let mut d = eligible_draft();
    d.timeline.start = Some(date("2027-03-15"));
    d.timeline.end = Some(date("2027-09-14"));
    assert!(!fields(&d).contains(&Field::End));
    d.timeline.end = Some(date("2027-09-15"));
    let m = marks(&d);
    assert_eq!(
        m,
        vec![Marked {
            field: Field::End,
            rule: RuleId::Duration,
            unanswered: false
        }]
    );
    assert_eq!(
        reason(&d, &Field::End, Lang::Fr),
        "Au plus tard le 14/09/2027 (6 mois) : 1 jour de trop."
    );
    assert_eq!(
        reason(&d, &Field::End, Lang::En),
        "14 Sep 2027 at the latest (6 months): 1 day too many."
    );
    // The start is never marked for a project too long.
    assert!(!fields(&d).contains(&Field::Start));
}

#[test]
fn an_end_before_the_start_marks_the_end_and_missing_dates_are_unanswered() {
    let mut d = eligible_draft();
    d.timeline.end = Some(date("2027-01-31"));
    assert_eq!(fields(&d), vec![Field::End]);
    d.timeline.start = None;
    d.timeline.end = None;
    let m = marks(&d);
    assert_eq!(
        m.iter()
            .map(|m| (&m.field, m.unanswered))
            .collect::<Vec<_>>(),
        vec![(&Field::Start, true), (&Field::End, true)]
    );
    assert_eq!(
        reason(&d, &Field::Start, Lang::Fr),
        "Indiquez la date de début."
    );
}

#[test]
fn une_note_de_49_marque_les_six_notes_50_aucune() {
    let mut d = eligible_draft();
    // 15 + 22 + 15 + 7 + 8 + 7 = 74; the lowest admissible total is 50.
    d.self_assessment.feasibility = Some(0);
    d.self_assessment.quality = Some(13); // 13 + 0 + 15 + 7 + 8 + 7 = 50
    assert_eq!(assessed(&d).marks.total, 50);
    assert_eq!(fields(&d), vec![]);
    d.self_assessment.quality = Some(12); // 49
    let f = fields(&d);
    assert_eq!(f.len(), 6);
    assert!(Criterion::ALL.iter().all(|c| f.contains(&Field::Mark(*c))));
    let why = reason(&d, &Field::Mark(Criterion::Quality), Lang::Fr);
    assert_eq!(
        why,
        "Total estimé 49/100, sous le minimum de 50/100 : l’opération serait inéligible."
    );
    assert!(reason(&d, &Field::Mark(Criterion::Security), Lang::En)
        .starts_with("Estimated total 49/100, below the minimum of 50/100"));
}

#[test]
fn a_mark_above_its_maximum_marks_that_mark_only_and_a_missing_one_waits() {
    let mut d = eligible_draft();
    d.self_assessment.security = Some(11); // out of 10
    assert_eq!(fields(&d), vec![Field::Mark(Criterion::Security)]);
    assert_eq!(
        reason(&d, &Field::Mark(Criterion::Security), Lang::Fr),
        "Au plus 10."
    );
    d.self_assessment.security = None;
    assert_eq!(
        marks(&d),
        vec![Marked {
            field: Field::Mark(Criterion::Security),
            rule: RuleId::SelfAssessment,
            unanswered: true
        }]
    );
}

#[test]
fn the_lead_s_postcode_in_normandy_is_not_marked_outside_it_is() {
    let mut d = eligible_draft();
    d.partners[0].postcode = "76000".into(); // Rouen
    assert_eq!(fields(&d), vec![]);
    d.partners[0].postcode = "75001".into(); // Paris
    let postcode = Field::PartnerPostcode("p1".into());
    assert_eq!(fields(&d), vec![postcode.clone()]);
    assert_eq!(
        reason(&d, &postcode, Lang::Fr),
        "75001 est hors de Normandie : le porteur doit y être implanté."
    );
    assert_eq!(
        reason(&d, &postcode, Lang::En),
        "75001 is outside Normandy: the lead must be established there."
    );
    // Abroad, the country decides.
    d.partners[0].postcode = "14000".into();
    d.partners[0].country = Country::parse("BE").expect("a code");
    assert_eq!(fields(&d), vec![Field::PartnerCountry("p1".into())]);
}

#[test]
fn a_partner_outside_normandy_is_marked_when_the_count_fails_only() {
    let mut d = eligible_draft();
    d.partners
        .push(partner("p3", PartnerKind::Company, "75001", Role::Partner));
    // Two Normandy structures besides: the partner in Paris decides nothing.
    assert_eq!(fields(&d), vec![]);
    d.partners[1].postcode = "35000".into(); // Rennes: one structure left
    let f = fields(&d);
    assert_eq!(
        f,
        vec![
            Field::PartnerPostcode("p2".into()),
            Field::PartnerPostcode("p3".into())
        ]
    );
    assert_eq!(
        reason(&d, &Field::PartnerPostcode("p3".into()), Lang::Fr),
        "Hors de Normandie, il ne compte pas : 1 structure normande pour l’instant, il en faut au moins 2."
    );
}

#[test]
fn a_postcode_not_given_is_unanswered() {
    let mut d = eligible_draft();
    d.partners[1].postcode = "761".into();
    assert_eq!(
        marks(&d),
        vec![Marked {
            field: Field::PartnerPostcode("p2".into()),
            rule: RuleId::Postcodes,
            unanswered: true
        }]
    );
}

#[test]
fn an_advance_asked_without_a_justification_marks_it_at_once() {
    let mut d = eligible_draft();
    d.advance.requested = true;
    assert_eq!(
        marks(&d),
        vec![Marked {
            field: Field::AdvanceJustification,
            rule: RuleId::Advance,
            unanswered: false
        }]
    );
    assert_eq!(
        reason(&d, &Field::AdvanceJustification, Lang::Fr),
        "Justifiez la nécessité de l’avance : sans justification, elle n’est pas versée (0,00\u{a0}€)."
    );
    d.advance.justification = "  ".into();
    assert_eq!(fields(&d), vec![Field::AdvanceJustification]);
    d.advance.justification = "Trésorerie".into();
    assert_eq!(fields(&d), vec![]);
}

#[test]
fn an_incomplete_line_marks_what_it_lacks() {
    let mut d = eligible_draft();
    d.budget.push(line("b2", "", Category::Consumables, "100"));
    d.budget
        .push(line("b3", "p1", Category::Consumables, "100"));
    d.budget[2].amount = None;
    assert_eq!(
        fields(&d),
        vec![
            Field::LineBearer("b2".into()),
            Field::LineAmount("b3".into())
        ]
    );
    assert!(marks(&d).iter().all(|m| m.unanswered));
    assert_eq!(
        reason(&d, &Field::LineAmount("b3".into()), Lang::En),
        "Give the amount excluding VAT."
    );
}

#[test]
fn the_project_s_description_and_commitments_mark_what_is_missing() {
    let mut d = eligible_draft();
    d.project.data_used = String::new();
    d.commitments.collective_review = false;
    assert_eq!(fields(&d), vec![Field::DataUsed, Field::CommitReview]);
}

// ---- « Une avance sur réalisation pourra être versée à hauteur de 50% des dépenses éligibles. »

#[test]
fn the_advance_is_read_two_ways_side_by_side() {
    let mut d = eligible_draft(); // 10 000 € eligible, grant 5 000 €
    d.advance = AdvanceRequest {
        requested: true,
        justification: "Trésorerie".into(),
    };
    let a = assessed(&d);
    assert_eq!(a.advance, dec("2500.00"));
    assert_eq!(a.advance_readings.ours, dec("2500.00"));
    // The letter, 50 % of eligible costs, reaches the whole grant.
    assert_eq!(a.advance_readings.letter, dec("5000.00"));
    assert_eq!(
        text::figure_value(booster_ia::Figure::Advance, &a, Lang::Fr),
        format!(
            "jusqu’à {} sur justification",
            text::money(dec("2500"), Lang::Fr)
        )
    );
    assert_eq!(
        text::figure_value(booster_ia::Figure::Advance, &a, Lang::En),
        "up to €2,500.00 on justification"
    );
    let how = text::derivation(booster_ia::figures::Explained::Advance, &a, Lang::En);
    assert!(
        how.contains("Our reading: 50% of the grant, 50% × €5,000.00 = €2,500.00"),
        "{how}"
    );
    assert!(how.contains("by the letter of the text, 50% of eligible costs (€10,000.00), at most the grant: €5,000.00"), "{how}");
}

#[test]
fn the_letter_of_the_advance_never_exceeds_the_grant() {
    let mut d = eligible_draft();
    d.budget[0].amount = Some(dec("30000")); // 50 % = 15 000 € > the 12 500 € cap
    let a = assessed(&d);
    assert_eq!(a.grant, dec("12500.00"));
    assert_eq!(a.advance_readings.letter, dec("12500.00"));
    assert_eq!(a.advance_readings.ours, dec("6250.00"));
    // Not asked for: nothing paid, both readings still said.
    assert_eq!(a.advance, dec("0"));
    assert_eq!(
        text::figure_value(booster_ia::Figure::Advance, &a, Lang::En),
        "€0.00"
    );
    let how = text::derivation(booster_ia::figures::Explained::Advance, &a, Lang::Fr);
    assert!(how.starts_with("Pas d’avance demandée"), "{how}");
    assert!(how.contains("notre lecture : 50\u{a0}% de l’aide"), "{how}");
    assert!(how.contains("à la lettre du texte"), "{how}");
}

#[test]
fn an_advance_asked_without_justification_says_so_with_what_it_would_be() {
    let mut d = eligible_draft();
    d.advance.requested = true;
    let a = assessed(&d);
    assert_eq!(a.advance, dec("0"));
    let how = text::derivation(booster_ia::figures::Explained::Advance, &a, Lang::En);
    assert!(
        how.starts_with("Advance requested without justification: €0.00, it is not paid. Once justified: up to €2,500.00 on justification"),
        "{how}"
    );
}

#[test]
fn the_text_report_gives_the_advance_as_a_maximum_with_both_readings() {
    let mut d = eligible_draft();
    d.advance = AdvanceRequest {
        requested: true,
        justification: "Trésorerie".into(),
    };
    let a = assessed(&d);
    let fr = booster_ia::report::text_report(&d, &a, Lang::Fr);
    let line = fr
        .lines()
        .find(|l| l.starts_with("Avance "))
        .expect("the advance's line");
    assert!(line.ends_with("sur justification"), "{line}");
    assert!(line.contains("jusqu’à 2"), "{line}");
    assert!(fr.contains("à la lettre du texte, 50"), "{fr}");
    let en = booster_ia::report::text_report(&d, &a, Lang::En);
    assert!(en.contains("up to €2,500.00 on justification"), "{en}");
    assert!(en.contains("Our reading: 50% of the grant"), "{en}");
}

#[test]
fn the_json_carries_both_readings() {
    let mut d = eligible_draft();
    d.advance = AdvanceRequest {
        requested: true,
        justification: "Trésorerie".into(),
    };
    let json = serde_json::to_value(assessed(&d)).expect("plain data");
    assert_eq!(json["advance"], "2500.00");
    assert_eq!(json["advance_readings"]["ours"], "2500.00");
    assert_eq!(json["advance_readings"]["letter"], "5000.00");
}

/// « à l’exclusion du personnel permanent des établissements publics »: the
/// question on a public body's personnel line is marked while unanswered (at
/// once: it follows the bearer and category already given), never once
/// answered, never on a company's line.
#[test]
fn la_question_du_personnel_permanent_est_marquee_tant_qu_elle_est_sans_reponse() {
    let mut d = eligible_draft();
    let mut l = line("b2", "p2", Category::Personnel, "3000");
    l.permanent_staff = None;
    d.budget.push(l);
    let staff = Field::LineStaff("b2".into());
    assert_eq!(
        marks(&d),
        vec![Marked {
            field: staff.clone(),
            rule: RuleId::PermanentPublicStaff,
            unanswered: false
        }]
    );
    assert_eq!(
        reason(&d, &staff, Lang::Fr),
        "Répondez oui ou non : d’ici là, cette ligne n’est pas comptée."
    );
    assert_eq!(
        reason(&d, &staff, Lang::En),
        "Answer yes or no: until then, this line is not counted."
    );
    for answer in [Some(true), Some(false)] {
        d.budget[1].permanent_staff = answer;
        assert!(!fields(&d).contains(&staff), "{answer:?}");
    }
    // The company's personnel line is never asked, so never marked.
    d.budget[1].permanent_staff = None;
    d.budget[1].partner = "p1".into();
    assert!(!fields(&d).contains(&staff));
}

/// A justified advance while the project is not eligible yet: nothing is paid,
/// and the explanation says what an eligible project would get, not « au plus
/// 0,00 € »; once eligible, the maximum itself.
#[test]
fn a_justified_advance_before_eligibility_says_what_it_would_be() {
    let mut d = eligible_draft(); // 10 000 € eligible, potential grant 5 000 €
    d.advance = AdvanceRequest {
        requested: true,
        justification: "Trésorerie".into(),
    };
    d.timeline.end = None; // incomplete: no grant yet
    let a = assessed(&d);
    assert_eq!(a.grant, dec("0"));
    assert_eq!(a.advance, dec("0"));
    assert_eq!(a.potential_advance, dec("2500.00"));
    let how = text::derivation(booster_ia::figures::Explained::Advance, &a, Lang::En);
    assert_eq!(how, "No advance until the project is eligible: €0.00. Once eligible: up to €2,500.00 on justification (our reading: 50% of the potential grant); by the letter of the text, 50% of eligible costs (€10,000.00).");
    let fr = text::derivation(booster_ia::figures::Explained::Advance, &a, Lang::Fr);
    assert!(
        fr.starts_with("Pas d’avance tant que le projet n’est pas éligible"),
        "{fr}"
    );
    d.timeline.end = Some(date("2027-07-31"));
    let a = assessed(&d);
    assert_eq!(a.grant, dec("5000.00"));
    let how = text::derivation(booster_ia::figures::Explained::Advance, &a, Lang::En);
    assert!(
        how.starts_with("At most €2,500.00, paid on justification."),
        "{how}"
    );
}
