//! The reducer's handlers for the project part of the draft: its texts and
//! the self-assessment's marks (the S3 domain, the commons and the
//! commitments are single fields, set in [`super::State::apply`]).

use super::inputs::score_slot;
use super::{ProjectText, State};
use booster_ia::rules::Criterion;

impl State {
    /// Edits one of the project's texts.
    pub(super) fn set_project_text(&mut self, field: ProjectText, text: String) {
        let project = &mut self.draft.project;
        match field {
            ProjectText::Title => project.title = text,
            ProjectText::Summary => project.summary = text,
            ProjectText::AiUse => project.ai_use = text,
            ProjectText::DataUsed => project.data_used = text,
        }
    }

    /// A criterion's mark as typed: kept in the draft when it reads as a mark
    /// within the criterion's maximum, else kept as typed beside it.
    pub(super) fn set_score(&mut self, criterion: Criterion, text: String) {
        let key = criterion.code();
        let trimmed = text.trim();
        // The draft format's own bound, so that what is kept can be saved and read back.
        let max = booster_ia::format::criterion_maximum(criterion);
        let slot = score_slot(&mut self.draft.self_assessment, criterion);
        if trimmed.is_empty() {
            *slot = None;
            self.score_texts.remove(key);
            return;
        }
        match trimmed.parse::<u32>() {
            Ok(mark) if mark <= max => {
                *slot = Some(mark);
                self.score_texts.remove(key);
            }
            _ => {
                *slot = None;
                self.score_texts.insert(key, text);
            }
        }
    }

    /// Adds an indicator and focuses its label.
    pub(super) fn add_indicator(&mut self) {
        self.draft.indicators.push(Default::default());
        let i = self.draft.indicators.len() - 1;
        self.focus_on(format!("indicator-{i}-label"));
    }

    /// Edits an indicator's label.
    pub(super) fn set_indicator_label(&mut self, i: usize, label: String) {
        if let Some(x) = self.draft.indicators.get_mut(i) {
            x.label = label;
        }
    }

    /// Edits an indicator's target.
    pub(super) fn set_indicator_target(&mut self, i: usize, target: String) {
        if let Some(x) = self.draft.indicators.get_mut(i) {
            x.target = target;
        }
    }

    /// Removes an indicator; focus goes to "add an indicator".
    pub(super) fn remove_indicator(&mut self, i: usize) {
        if i < self.draft.indicators.len() {
            self.draft.indicators.remove(i);
        }
        self.focus_on("add-indicator".into());
    }
}
