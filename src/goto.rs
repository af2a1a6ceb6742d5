//! Taking the user where in the form a rule is answered (each rule's
//! declaration says where: `booster_ia::rules::RULES`): the
//! results bar's "items to complete" and each piece of advice go to the first
//! field that still needs an answer. The fields a check marks (`aria-invalid`,
//! the reason under them) are the engine's facts (`booster_ia::fields`),
//! placed here on their controls.

use booster_ia::advice::Topic;
use booster_ia::fields::{marked, Field};
use booster_ia::locale::Lang;
pub use booster_ia::rules::Section;
use booster_ia::{text, Assessment, Draft, RuleId, Status};
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

/// The id of a section's heading (focusable, `tabindex="-1"`).
pub fn heading_id(section: Section) -> &'static str {
    match section {
        Section::Project => "project-heading",
        Section::Partners => "partners-heading",
        Section::Budget => "budget-heading",
        Section::Timeline => "timeline-heading",
        Section::Follow => "follow-heading",
        Section::Funding => "funding-heading",
        Section::Scores => "scores-heading",
    }
}

/// The section where the facts a rule reads are entered (its declaration's).
pub fn section_of(id: RuleId) -> Section {
    id.decl().answered_in.section
}

/// The controls that answer a rule, by id, when the section holds several
/// kinds of answer: the first that needs an answer is gone to (an "add"
/// button when the list is still empty); otherwise the section's first
/// empty field. From the rule's declaration.
fn controls_of(id: RuleId) -> &'static [&'static str] {
    id.decl().answered_in.controls
}

/// The id of the control that shows a field of the draft. Exhaustive: a new
/// field must say where it is on the page.
pub fn control_id(field: &Field) -> String {
    match field {
        Field::AiUse => "project-ai-use".into(),
        Field::DataUsed => "project-data-used".into(),
        Field::PartnerKind(id) => format!("partner-{id}-kind"),
        Field::PartnerPostcode(id) => format!("partner-{id}-postcode"),
        Field::PartnerCountry(id) => format!("partner-{id}-country"),
        Field::LineBearer(id) => format!("line-{id}-partner"),
        Field::LineAmount(id) => format!("line-{id}-amount"),
        Field::LineStaff(id) => format!("line-{id}-staff"),
        Field::Start => "date-start".into(),
        Field::End => "date-end".into(),
        Field::CommonsExperience => "commons-experience".into(),
        Field::CommonsTools => "commons-tools".into(),
        Field::CommonsOpenData => "commons-open-data".into(),
        Field::FirstIndicator => "indicator-0-label".into(),
        Field::CommitReport => "commit-report".into(),
        Field::CommitReview => "commit-review".into(),
        Field::AdvanceJustification => "advance-justification".into(),
        Field::Mark(c) => format!("score-{}", c.code()),
    }
}

/// The id of the element saying why control `control` is marked.
pub fn reason_id(control: &str) -> String {
    format!("{control}-reason")
}

/// The controls marked on the page, each with the reason said under it.
///
/// A failing check marks its fields at once, and so does an advance asked
/// for without its justification. A field that is only unanswered (its
/// check `missing`) is marked once the person has been in it and left it
/// (`visited`): an empty draft, or a section not reached yet, is not a page
/// of errors.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldMarks(HashMap<String, yew::AttrValue>);

impl FieldMarks {
    /// The marks of `a`'s checks on `draft`, in `lang`.
    pub fn of(draft: &Draft, a: &Assessment, visited: &HashSet<String>, lang: Lang) -> Self {
        let mut marks = HashMap::new();
        for m in marked(draft, a) {
            let control = control_id(&m.field);
            if m.unanswered && !visited.contains(&control) {
                continue;
            }
            if let Some(check) = a.check(m.rule) {
                let reason = text::field_reason(check, &m.field, lang);
                marks.insert(control, reason.into());
            }
        }
        FieldMarks(marks)
    }

    /// The reason control `control` is marked, if it is.
    pub fn get(&self, control: &str) -> Option<yew::AttrValue> {
        self.0.get(control).cloned()
    }
}

/// Where the user is taken for a piece of advice.
pub fn topic_target(topic: Topic) -> Target {
    match topic {
        Topic::Rule(id) => Target::Rule(id),
        Topic::Cap => Target::Section(Section::Budget),
    }
}

/// What a "go to" leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The controls that answer this rule.
    Rule(RuleId),
    /// A whole section.
    Section(Section),
}

impl Target {
    fn section(self) -> Section {
        match self {
            Target::Rule(id) => section_of(id),
            Target::Section(s) => s,
        }
    }
}

/// The checks still to complete, and the first of them in the form's
/// reading order.
pub fn to_complete(a: &Assessment) -> (usize, Option<RuleId>) {
    let missing = a.checks.iter().filter(|c| c.status == Status::Missing);
    let first = missing
        .clone()
        .enumerate()
        .min_by_key(|(i, c)| (section_of(c.id), *i))
        .map(|(_, c)| c.id);
    (missing.count(), first)
}

/// Whether a control still needs an answer: an empty text field, an
/// unticked box that is not optional (`data-optional` marks those that are),
/// or a radio button of a question not answered yet (`data-unanswered`).
fn needs_answer(control: &HtmlElement) -> bool {
    if control.has_attribute("data-optional") || control.has_attribute("disabled") {
        return false;
    }
    if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
        return match input.type_().as_str() {
            "checkbox" => !input.checked(),
            // A question of radio buttons none of which is checked yet.
            "radio" => input.has_attribute("data-unanswered"),
            "button" | "submit" | "file" | "hidden" => false,
            _ => input.value().trim().is_empty(),
        };
    }
    control
        .dyn_ref::<HtmlTextAreaElement>()
        .is_some_and(|area| area.value().trim().is_empty())
}

/// Focuses the control that answers `target` (the first of its section that
/// needs an answer, its heading when none does) and scrolls it to the middle
/// of the screen, clear of the results bar.
pub fn go_to(target: Target) {
    let document = gloo::utils::document();
    let own = match target {
        Target::Rule(id) => controls_of(id),
        Target::Section(_) => &[],
    };
    let mut present = own.iter().filter_map(|id| {
        document
            .get_element_by_id(id)?
            .dyn_into::<HtmlElement>()
            .ok()
    });
    if let Some(control) = present.find(|c| needs_answer(c) || c.tag_name() == "BUTTON") {
        return focus_in_view(&control);
    }
    let Some(heading) = document.get_element_by_id(heading_id(target.section())) else {
        return;
    };
    let section = heading.closest("section").ok().flatten();
    let find = |selector: &str| {
        section
            .as_ref()
            .and_then(|s| s.query_selector_all(selector).ok())
            .and_then(|controls| {
                (0..controls.length())
                    .filter_map(|i| controls.item(i)?.dyn_into::<HtmlElement>().ok())
                    .find(|c| c.tag_name() == "BUTTON" || needs_answer(c))
            })
    };
    // An empty field first, else the section's "add" button (the list lacks
    // an item), else its heading.
    let control = find("input, textarea")
        .or_else(|| find("button[id^='add-']"))
        .or_else(|| heading.dyn_into::<HtmlElement>().ok());
    if let Some(control) = control {
        focus_in_view(&control);
    }
}

fn focus_in_view(control: &HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = control.focus_with_options(&options);
    let scroll = web_sys::ScrollIntoViewOptions::new();
    scroll.set_block(web_sys::ScrollLogicalPosition::Center);
    control.scroll_into_view_with_scroll_into_view_options(&scroll);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(name: &str) -> Draft {
        let text = std::fs::read_to_string(format!(
            "{}/examples/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("an example");
        booster_ia::parse_draft(&text).expect("a valid draft").draft
    }

    #[test]
    fn a_failing_field_is_marked_at_once_an_empty_one_once_left() {
        let mut d = example("eligible");
        let a = booster_ia::assess(&d).expect("assessed");
        let none = HashSet::new();
        assert_eq!(
            FieldMarks::of(&d, &a, &none, Lang::Fr),
            FieldMarks::default()
        );
        // One day past the last allowed end: marked, whatever was visited.
        d.timeline.end = booster_ia::Date::parse("2027-08-01");
        let a = booster_ia::assess(&d).expect("assessed");
        let marks = FieldMarks::of(&d, &a, &none, Lang::Fr);
        assert_eq!(
            marks.get("date-end").as_deref(),
            Some("Au plus tard le 31/07/2027 (6 mois) : 1 jour de trop.")
        );
        assert_eq!(marks.get("date-start"), None);
        // No description of the data: unanswered, marked once its field was left.
        d.project.data_used.clear();
        let a = booster_ia::assess(&d).expect("assessed");
        assert_eq!(
            FieldMarks::of(&d, &a, &none, Lang::En).get("project-data-used"),
            None
        );
        let left: HashSet<String> = ["project-data-used".to_string()].into();
        assert_eq!(
            FieldMarks::of(&d, &a, &left, Lang::En)
                .get("project-data-used")
                .as_deref(),
            Some("Describe the data the project puts to use.")
        );
    }

    #[test]
    fn each_field_is_a_control_of_the_page() {
        use booster_ia::rules::Criterion;
        assert_eq!(
            control_id(&Field::PartnerPostcode("p2".into())),
            "partner-p2-postcode"
        );
        assert_eq!(
            control_id(&Field::LineAmount("b1".into())),
            "line-b1-amount"
        );
        assert_eq!(
            control_id(&Field::Mark(Criterion::RegionalInterest)),
            "score-regional_interest"
        );
        assert_eq!(reason_id("date-end"), "date-end-reason");
    }

    #[test]
    fn every_rule_is_answered_in_a_section_of_the_form() {
        // The form's order: what is missing first in reading order is gone to first.
        assert!(section_of(RuleId::AiAndData) < section_of(RuleId::OneLead));
        assert!(section_of(RuleId::CostBearer) < section_of(RuleId::Duration));
        assert!(section_of(RuleId::Commitments) < section_of(RuleId::SelfAssessment));
        assert_eq!(topic_target(Topic::Cap).section(), Section::Budget);
        assert_eq!(
            topic_target(Topic::Rule(RuleId::Advance)).section(),
            Section::Follow
        );
    }
}
