//! The reducer's handlers for the timeline part of the draft: its dates and
//! milestones.

use super::{State, TimelineDate};
use booster_ia::date::Date;

impl State {
    /// Sets a date of the timeline (`None` when cleared or unreadable).
    pub(super) fn set_date(&mut self, which: TimelineDate, value: Option<Date>) {
        let timeline = &mut self.draft.timeline;
        match which {
            TimelineDate::Submission => timeline.submission = value,
            TimelineDate::Start => timeline.start = value,
            TimelineDate::End => timeline.end = value,
        }
    }

    /// Adds a milestone and focuses its label.
    pub(super) fn add_milestone(&mut self) {
        let milestones = &mut self.draft.timeline.milestones;
        milestones.push(Default::default());
        let i = milestones.len() - 1;
        self.focus_on(format!("milestone-{i}-label"));
    }

    /// Edits a milestone's label.
    pub(super) fn set_milestone_label(&mut self, i: usize, label: String) {
        if let Some(m) = self.draft.timeline.milestones.get_mut(i) {
            m.label = label;
        }
    }

    /// Edits a milestone's date.
    pub(super) fn set_milestone_date(&mut self, i: usize, date: Option<Date>) {
        if let Some(m) = self.draft.timeline.milestones.get_mut(i) {
            m.date = date;
        }
    }

    /// Removes a milestone; focus goes to "add a milestone".
    pub(super) fn remove_milestone(&mut self, i: usize) {
        let milestones = &mut self.draft.timeline.milestones;
        if i < milestones.len() {
            milestones.remove(i);
        }
        self.focus_on("add-milestone".into());
    }
}
