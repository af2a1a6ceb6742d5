//! The reducer's handlers for the dossier part of the draft, the funding
//! rules' answers: de minimis aid received and other public funding (the
//! advance is two single fields, set in [`super::State::apply`]).

use super::State;
use booster_ia::date::Date;
use booster_ia::draft::{DeMinimisAid, FundingStatus, OtherFunding};
use rust_decimal::Decimal;

impl State {
    /// The de minimis list declared complete or not. Not declared means not
    /// filled in yet: no aid is listed (the page asks before clearing a list).
    pub(super) fn set_de_minimis_declared(&mut self, declared: bool) {
        let de_minimis = &mut self.draft.de_minimis;
        de_minimis.declared = declared;
        if !declared {
            de_minimis.aids.clear();
        }
    }

    /// Adds a de minimis aid (the list is then declared) and focuses its funder.
    pub(super) fn add_aid(&mut self) {
        let de_minimis = &mut self.draft.de_minimis;
        de_minimis.declared = true;
        de_minimis.aids.push(DeMinimisAid::default());
        let i = de_minimis.aids.len() - 1;
        self.focus_on(format!("aid-{i}-funder"));
    }

    /// Removes a de minimis aid; focus goes to "add an aid".
    pub(super) fn remove_aid(&mut self, i: usize) {
        let aids = &mut self.draft.de_minimis.aids;
        if i < aids.len() {
            aids.remove(i);
        }
        self.focus_on("add-aid".into());
    }

    /// A de minimis aid's funder.
    pub(super) fn set_aid_funder(&mut self, i: usize, funder: String) {
        if let Some(a) = self.draft.de_minimis.aids.get_mut(i) {
            a.funder = funder;
        }
    }

    /// A de minimis aid's date.
    pub(super) fn set_aid_date(&mut self, i: usize, granted_on: Option<Date>) {
        if let Some(a) = self.draft.de_minimis.aids.get_mut(i) {
            a.granted_on = granted_on;
        }
    }

    /// A de minimis aid's amount.
    pub(super) fn set_aid_amount(&mut self, i: usize, amount: Option<Decimal>) {
        if let Some(a) = self.draft.de_minimis.aids.get_mut(i) {
            a.amount = amount;
        }
    }

    /// Adds another public funding, requested, and focuses its funder.
    pub(super) fn add_funding(&mut self) {
        let funding = &mut self.draft.other_funding;
        funding.push(OtherFunding {
            funder: String::new(),
            amount: None,
            status: FundingStatus::Requested,
        });
        let i = funding.len() - 1;
        self.focus_on(format!("funding-{i}-funder"));
    }

    /// Removes another public funding; focus goes to "add a funding".
    pub(super) fn remove_funding(&mut self, i: usize) {
        let funding = &mut self.draft.other_funding;
        if i < funding.len() {
            funding.remove(i);
        }
        self.focus_on("add-funding".into());
    }

    /// Another public funding's funder.
    pub(super) fn set_funding_funder(&mut self, i: usize, funder: String) {
        if let Some(f) = self.draft.other_funding.get_mut(i) {
            f.funder = funder;
        }
    }

    /// Another public funding's amount.
    pub(super) fn set_funding_amount(&mut self, i: usize, amount: Option<Decimal>) {
        if let Some(f) = self.draft.other_funding.get_mut(i) {
            f.amount = amount;
        }
    }

    /// Another public funding's status: requested or granted.
    pub(super) fn set_funding_status(&mut self, i: usize, status: FundingStatus) {
        if let Some(f) = self.draft.other_funding.get_mut(i) {
            f.status = status;
        }
    }
}
