//! The reducer, action by action, natively.

use super::*;
use booster_ia::rules::Criterion;

fn reduce(state: State, actions: Vec<Action>) -> State {
    actions.into_iter().fold(state, |s, a| {
        let mut s = s;
        s.apply(a);
        s
    })
}

#[test]
fn typed_amounts_are_kept_as_typed_and_read_in_the_page_language() {
    let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
    let id = s.draft.budget[0].id.clone();
    let s = reduce(
        s,
        vec![Action::UpdateLine(
            id.clone(),
            LineField::Amount("12 500,50".into()),
        )],
    );
    assert_eq!(s.draft.budget[0].amount, Some("12500.50".parse().unwrap()));
    let s = reduce(
        s,
        vec![Action::UpdateLine(
            id.clone(),
            LineField::Amount("12,5,5".into()),
        )],
    );
    assert_eq!(s.draft.budget[0].amount, None);
    assert_eq!(s.amount_input(&id).0, "12,5,5");
    assert!(s.amount_input(&id).1.is_some());
    let s = reduce(
        s,
        vec![
            Action::UpdateLine(id.clone(), LineField::Amount("4000,5".into())),
            Action::SetLang(Lang::En),
        ],
    );
    assert_eq!(s.amount_input(&id).0, "4000.50");
}

#[test]
fn the_first_partner_leads_and_only_one_can() {
    let s = reduce(
        State::default(),
        vec![Action::AddPartner, Action::AddPartner],
    );
    assert_eq!(s.draft.partners[0].role, Role::Lead);
    assert_eq!(s.draft.partners[1].role, Role::Partner);
    let second = s.draft.partners[1].id.clone();
    let s = reduce(s, vec![Action::UpdatePartner(second, PartnerField::Lead)]);
    assert_eq!(
        s.draft
            .partners
            .iter()
            .filter(|p| p.role == Role::Lead)
            .count(),
        1
    );
    assert_eq!(s.draft.partners[1].role, Role::Lead);
}

#[test]
fn removing_a_partner_unassigns_its_lines_and_moves_focus() {
    let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
    let p = s.draft.partners[0].id.clone();
    assert_eq!(s.draft.budget[0].partner, p);
    let s = reduce(s, vec![Action::RemovePartner(p)]);
    assert_eq!(s.draft.budget[0].partner, "");
    assert_eq!(
        s.focus.as_ref().map(|(e, _)| e.as_str()),
        Some("add-partner")
    );
}

#[test]
fn duplicated_lines_get_a_fresh_id_and_the_same_amount() {
    let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
    let id = s.draft.budget[0].id.clone();
    let s = reduce(
        s,
        vec![
            Action::UpdateLine(id.clone(), LineField::Amount("100".into())),
            Action::DuplicateLine(id.clone()),
        ],
    );
    assert_eq!(s.draft.budget.len(), 2);
    assert_ne!(s.draft.budget[1].id, id);
    assert_eq!(s.draft.budget[1].amount, s.draft.budget[0].amount);
    // Unlabelled, the copy is named by its place (« Ligne 2 »): nothing to add.
    assert_eq!(s.draft.budget[1].label, "");
}

#[test]
fn a_duplicated_line_is_named_apart_in_the_page_language() {
    for (lang, copy) in [(Lang::Fr, "Ligne A (copie)"), (Lang::En, "Ligne A (copy)")] {
        let s = reduce(
            State::from_draft(Draft::default(), lang),
            vec![Action::AddLine],
        );
        let id = s.draft.budget[0].id.clone();
        let s = reduce(
            s,
            vec![
                Action::UpdateLine(id.clone(), LineField::Label("Ligne A".into())),
                Action::DuplicateLine(id),
            ],
        );
        assert_eq!(s.draft.budget[0].label, "Ligne A");
        assert_eq!(s.draft.budget[1].label, copy);
    }
}

#[test]
fn a_duplicated_scenario_is_edited_apart_and_keeps_what_was_typed() {
    let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
    let id = s.draft.budget[0].id.clone();
    let s = reduce(
        s,
        vec![
            Action::UpdateLine(id.clone(), LineField::Amount("1000".into())),
            Action::DuplicateScenario,
            Action::UpdateLine(id.clone(), LineField::Amount("2 000,5x".into())),
        ],
    );
    assert_eq!(s.scenario, "B");
    assert_eq!(s.parked.len(), 1);
    assert_eq!(s.parked[0].name, "A");
    assert_eq!(
        s.parked[0].draft.budget[0].amount,
        Some("1000".parse().unwrap())
    );
    // Back to A: its amount; B keeps the unreadable text as typed.
    let s = reduce(s, vec![Action::SwitchScenario("A")]);
    assert_eq!(s.scenario, "A");
    assert_eq!(s.amount_input(&id).0, "1000");
    let s = reduce(s, vec![Action::SwitchScenario("B")]);
    assert_eq!(s.amount_input(&id).0, "2 000,5x");
    assert_eq!(s.draft.budget[0].amount, None);
    // The same line id in both: the comparison matches lines by id.
    assert_eq!(s.parked[0].draft.budget[0].id, id);
}

#[test]
fn lines_added_after_a_copy_never_share_an_id_across_scenarios() {
    let s = reduce(
        State::default(),
        vec![
            Action::AddPartner,
            Action::DuplicateScenario,
            Action::AddLine,
            Action::SwitchScenario("A"),
            Action::AddLine,
        ],
    );
    let in_a = s.draft.budget[0].id.clone();
    let in_b = s.parked[0].draft.budget[0].id.clone();
    assert_ne!(in_a, in_b);
    // An imported draft's lines get ids of their own beside other scenarios.
    let mut imported = (*s.parked[0].draft).clone();
    imported.budget[0].label = "Imported".into();
    let s = reduce(s, vec![Action::Replace(Box::new(imported), None)]);
    assert_ne!(s.draft.budget[0].id, in_b);
    assert_ne!(s.draft.budget[0].id, in_a);
    assert_eq!(s.draft.budget[0].label, "Imported");
}

#[test]
fn a_restored_draft_keeps_its_line_ids_beside_other_scenarios_and_later_lines_take_new_ones() {
    let s = reduce(
        State::default(),
        vec![
            Action::AddPartner,
            Action::AddLine,
            Action::DuplicateScenario,
            Action::SwitchScenario("A"),
        ],
    );
    let before = s.draft.clone();
    let id = before.budget[0].id.clone();
    let mut merged = before.clone();
    merged.budget.push(BudgetLine {
        id: "b99".into(),
        label: "From a part".into(),
        ..before.budget[0].clone()
    });
    let s = reduce(s, vec![Action::Restore(Box::new(merged.clone()), None)]);
    assert_eq!(
        s.draft, merged,
        "ids kept, unlike Replace beside other scenarios"
    );
    let s = reduce(s, vec![Action::Restore(Box::new(before.clone()), None)]);
    assert_eq!(s.draft, before);
    let s = reduce(s, vec![Action::AddLine]);
    let fresh = &s.draft.budget.last().unwrap().id;
    assert!(fresh != &id && fresh != "b99", "{fresh}");
}

#[test]
fn switching_language_rewrites_the_amounts_of_every_scenario() {
    let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
    let id = s.draft.budget[0].id.clone();
    let s = reduce(
        s,
        vec![
            Action::UpdateLine(id.clone(), LineField::Amount("1500,5".into())),
            Action::DuplicateScenario,
            Action::SetLang(Lang::En),
            Action::SwitchScenario("A"),
        ],
    );
    assert_eq!(s.amount_input(&id), ("1500.50".to_string(), None));
}

#[test]
fn while_another_tab_waits_for_a_choice_the_scenarios_stay_as_they_are() {
    let s = reduce(
        State::default(),
        vec![
            Action::DuplicateScenario,
            Action::OtherTabSaved(SavedItem::Scenarios(None)),
        ],
    );
    assert!(s.conflict, "the other tab has one scenario, this one two");
    let s = reduce(
        s,
        vec![
            Action::SwitchScenario("A"),
            Action::RemoveScenario("B"),
            Action::DuplicateScenario,
        ],
    );
    assert_eq!(s.scenario, "B");
    assert_eq!(s.parked.len(), 1);
    assert!(s.conflict);
    let s = reduce(s, vec![Action::KeepThisTab, Action::SwitchScenario("A")]);
    assert!(!s.conflict);
    assert_eq!(s.scenario, "A");
    // Replacing the draft (an import, an example) leaves a pending conflict pending.
    let s = reduce(
        s,
        vec![
            Action::OtherTabSaved(SavedItem::Scenarios(None)),
            Action::Replace(Box::default(), None),
        ],
    );
    assert!(s.conflict);
    let s = reduce(s, vec![Action::KeepThisTab]);
    // The same scenarios saved elsewhere are no conflict.
    let same = scenarios_text(s.scenario, &s.parked);
    let s = reduce(s, vec![Action::OtherTabSaved(SavedItem::Scenarios(same))]);
    assert!(!s.conflict);
}

#[test]
fn removing_down_to_one_scenario_sends_focus_to_duplicate() {
    let s = reduce(
        State::default(),
        vec![Action::DuplicateScenario, Action::RemoveScenario("B")],
    );
    assert_eq!(
        s.focus.as_ref().map(|(e, _)| e.as_str()),
        Some("duplicate-scenario")
    );
}

#[test]
fn three_scenarios_at_most_and_the_last_one_stays() {
    let s = reduce(
        State::default(),
        vec![
            Action::DuplicateScenario,
            Action::DuplicateScenario,
            Action::DuplicateScenario,
        ],
    );
    assert_eq!(s.scenario, "C");
    assert_eq!(s.next_scenario_name(), None);
    assert_eq!(s.scenario_names(), ["A", "B", "C"]);
    let s = reduce(
        s,
        vec![Action::RemoveScenario("B"), Action::RemoveScenario("C")],
    );
    assert_eq!(s.scenario, "A");
    assert!(s.parked.is_empty());
    let s = reduce(s, vec![Action::RemoveScenario("A")]);
    assert_eq!(s.scenario, "A", "the last scenario cannot be removed");
    // A copy after a removal takes the first free name.
    let s = reduce(s, vec![Action::DuplicateScenario]);
    assert_eq!(s.scenario, "B");
}

#[test]
fn replacing_the_draft_keeps_the_other_scenarios_but_starting_over_does_not() {
    let s = reduce(
        State::default(),
        vec![Action::AddPartner, Action::DuplicateScenario],
    );
    let s = reduce(s, vec![Action::Replace(Box::default(), None)]);
    assert_eq!(s.scenario, "B");
    assert_eq!(s.parked.len(), 1);
    assert_eq!(s.parked[0].draft.partners.len(), 1);
    let s = reduce(
        s,
        vec![Action::SetLang(Lang::En), Action::StartOver(Lang::Fr)],
    );
    assert_eq!(s.scenario, "A");
    assert!(s.parked.is_empty());
    assert_eq!(s.draft, Draft::default());
    assert_eq!(
        s.lang,
        Lang::Fr,
        "the next visitor starts in the stand's language"
    );
    assert_eq!(s.visit, 1);
}

#[test]
fn marks_out_of_range_are_flagged_not_counted() {
    let s = reduce(
        State::default(),
        vec![Action::SetScore(Criterion::Feasibility, "31".into())],
    );
    assert_eq!(s.draft.self_assessment.feasibility, None);
    assert_eq!(
        s.score_input(Criterion::Feasibility),
        ("31".to_string(), true)
    );
    let s = reduce(
        s,
        vec![Action::SetScore(Criterion::Feasibility, "30".into())],
    );
    assert_eq!(s.draft.self_assessment.feasibility, Some(30));
}

#[test]
fn a_draft_loaded_whole_counts_so_typed_fields_start_afresh() {
    let s = reduce(State::default(), vec![Action::AddPartner]);
    assert_eq!(s.loads, 0);
    let s = reduce(s, vec![Action::Replace(Box::default(), None)]);
    assert_eq!(s.loads, 1);
    let s = reduce(s, vec![Action::AddLine]);
    assert_eq!(s.loads, 1, "an edit is not a load");
}

#[test]
fn a_new_line_leaves_permanent_staff_unsaid_and_an_answer_outlives_a_change_of_category() {
    let s = reduce(State::default(), vec![Action::AddPartner, Action::AddLine]);
    let id = s.draft.budget[0].id.clone();
    assert_eq!(
        s.draft.budget[0].permanent_staff, None,
        "never answered for the user"
    );
    let s = reduce(
        s,
        vec![Action::UpdateLine(
            id.clone(),
            LineField::PermanentStaff(false),
        )],
    );
    assert_eq!(s.draft.budget[0].permanent_staff, Some(false));
    // Kept through another category and back: it matters only for personnel.
    let s = reduce(
        s,
        vec![
            Action::UpdateLine(id.clone(), LineField::Category(Category::Services)),
            Action::UpdateLine(id.clone(), LineField::Category(Category::Personnel)),
        ],
    );
    assert_eq!(s.draft.budget[0].permanent_staff, Some(false));
    let s = reduce(
        s,
        vec![Action::UpdateLine(id, LineField::PermanentStaff(true))],
    );
    assert_eq!(s.draft.budget[0].permanent_staff, Some(true));
}
