//! The reducer's handlers for the budget part of the draft: its lines, with
//! their amounts kept as typed.

use super::{LineField, State};
use booster_ia::draft::{BudgetLine, Category, Role};
use booster_ia::money::parse_typed_amount;
use booster_ia::text::page::{say, StateWord};

impl State {
    /// Adds a line borne by the lead (else the first partner) and focuses its label.
    pub(super) fn add_line(&mut self) {
        let id = self.fresh_id("b");
        let d = &mut self.draft;
        let partner = d
            .partners
            .iter()
            .find(|p| p.role == Role::Lead)
            .or(d.partners.first())
            .map(|p| p.id.clone())
            .unwrap_or_default();
        d.budget.push(BudgetLine {
            id: id.clone(),
            partner,
            category: Category::Personnel,
            label: String::new(),
            amount: None,
            // Not said yet: asked only if it is a public body's personnel.
            permanent_staff: None,
        });
        self.amount_texts.insert(id.clone(), String::new());
        self.focus_on(format!("line-{id}-label"));
    }

    /// Edits one field of line `id`; an amount is read in the page's language.
    pub(super) fn update_line(&mut self, id: String, field: LineField) {
        let lang = self.lang;
        let Some(l) = self.draft.budget.iter_mut().find(|l| l.id == id) else {
            return;
        };
        match field {
            LineField::Partner(v) => l.partner = v,
            // An answer already given is kept: it only matters, and
            // is only asked, for a public body's personnel line.
            LineField::Category(v) => l.category = v,
            LineField::Label(v) => l.label = v,
            LineField::Amount(text) => {
                l.amount = parse_typed_amount(&text, lang).ok().flatten();
                self.amount_texts.insert(id, text);
            }
            LineField::PermanentStaff(v) => l.permanent_staff = Some(v),
        }
    }

    /// Copies line `id` just under it, its label marked as a copy, and focuses the copy.
    pub(super) fn duplicate_line(&mut self, id: String) {
        let Some(index) = self.draft.budget.iter().position(|l| l.id == id) else {
            return;
        };
        let new_id = self.fresh_id("b");
        let budget = &mut self.draft.budget;
        let mut copy = budget[index].clone();
        copy.id = new_id.clone();
        // Named apart from its original, on screen and to a screen reader
        // (an unlabelled line is already named by its place).
        if !copy.label.trim().is_empty() {
            copy.label.push_str(say(StateWord::Copy, self.lang));
        }
        budget.insert(index + 1, copy);
        let text = self.amount_texts.get(&id).cloned().unwrap_or_default();
        self.amount_texts.insert(new_id.clone(), text);
        self.focus_on(format!("line-{new_id}-label"));
    }

    /// Removes line `id`; focus goes to the line now in its place, else the
    /// last, else "add a line".
    pub(super) fn remove_line(&mut self, id: String) {
        let budget = &mut self.draft.budget;
        let index = budget.iter().position(|l| l.id == id);
        budget.retain(|l| l.id != id);
        self.amount_texts.remove(&id);
        let next = index
            .and_then(|i| {
                self.draft
                    .budget
                    .get(i)
                    .or_else(|| self.draft.budget.last())
            })
            .map(|l| format!("line-{}-label", l.id))
            .unwrap_or_else(|| "add-line".into());
        self.focus_on(next);
    }
}
