//! The reducer's handlers for what replaces or rereads the state as a whole:
//! the language, a draft loaded (new, example, import, link, undo), the
//! stand's start over, another tab's save and what was saved read again.

use super::{amount_for_input, scenarios_text, Notice, SavedItem, State};
use booster_ia::draft::Draft;
use booster_ia::locale::Lang;

impl State {
    /// Switches language, rewriting readable amounts in its way; unreadable
    /// text is kept as typed.
    pub(super) fn set_lang(&mut self, lang: Lang) {
        for line in &self.draft.budget {
            if let Some(a) = line.amount {
                self.amount_texts
                    .insert(line.id.clone(), amount_for_input(a, lang));
            }
        }
        for parked in &mut self.parked {
            for line in &parked.draft.budget {
                if let Some(a) = line.amount {
                    parked
                        .amount_texts
                        .insert(line.id.clone(), amount_for_input(a, lang));
                }
            }
        }
        self.lang = lang;
    }

    /// Replaces the draft being edited (the other scenarios stay). A draft
    /// from elsewhere gets line ids of its own when there are other
    /// scenarios; a `restore` (an undo, a merge) keeps its ids, so the
    /// comparison pairs its lines.
    pub(super) fn replace(&mut self, mut draft: Draft, notice: Option<Notice>, restore: bool) {
        if !self.parked.is_empty() && !restore {
            // Lines from elsewhere get ids of their own, so the comparison
            // never pairs them with unrelated lines of another scenario.
            self.draft = Draft::default();
            for line in &mut draft.budget {
                line.id = self.fresh_id("b");
            }
        }
        let mut next = State::from_draft(draft, self.lang);
        next.notice = notice;
        next.focus = self.focus.take();
        next.next_id = next.next_id.max(self.next_id);
        next.scenario = self.scenario;
        next.parked = std::mem::take(&mut self.parked);
        next.scenarios_version = self.scenarios_version;
        next.visit = self.visit;
        next.loads = self.loads + 1;
        // An import or an example does not settle another tab's pending save.
        next.conflict = self.conflict;
        *self = next;
    }

    /// Forgets everything for the stand's next visitor, who meets the page as
    /// the first did: in the stand's language (its URL's or its browser's), given.
    pub(super) fn start_over(&mut self, lang: Lang) {
        let version = self.scenarios_version + 1;
        let visit = self.visit + 1;
        *self = State::from_draft(Draft::default(), lang);
        self.scenarios_version = version;
        self.visit = visit;
    }

    /// Everything saved in the browser, read again (the other tab's version).
    pub(super) fn load_saved(&mut self, saved: State) {
        let version = self.scenarios_version + 1;
        let focus = self.focus.take();
        let (visit, loads) = (self.visit, self.loads + 1);
        *self = saved;
        self.scenarios_version = version;
        self.visit = visit;
        self.loads = loads;
        // The bar that held focus is gone: back to the draft's first field.
        self.focus = focus;
        self.focus_on("project-title".into());
    }

    /// Another tab saved the draft or the scenarios: a conflict unless it
    /// saved what this tab holds.
    pub(super) fn other_tab_saved(&mut self, item: SavedItem) {
        let same = match item {
            // The same draft (identical edits) is no conflict.
            SavedItem::Draft(text) => {
                booster_ia::parse_draft(&text).is_ok_and(|f| f.draft == self.draft)
            }
            SavedItem::Scenarios(text) => text == scenarios_text(self.scenario, &self.parked),
        };
        self.conflict |= !same;
    }

    /// Keeps this tab's draft (it is saved again, over the other tab's).
    pub(super) fn keep_this_tab(&mut self) {
        self.conflict = false;
        self.focus_on("project-title".into());
    }
}
