//! The reducer's handlers for the partners part of the draft.

use super::{PartnerField, State};
use booster_ia::draft::{Partner, PartnerKind, Role, Siret};

impl State {
    /// Adds a partner (the lead when there is none yet) and focuses its name.
    pub(super) fn add_partner(&mut self) {
        let id = self.fresh_id("p");
        let partners = &mut self.draft.partners;
        let role = if partners.iter().any(|p| p.role == Role::Lead) {
            Role::Partner
        } else {
            Role::Lead
        };
        partners.push(Partner {
            id: id.clone(),
            name: String::new(),
            kind: PartnerKind::Company,
            siret: None,
            postcode: String::new(),
            country: Default::default(),
            vat_recoverable: None,
            role,
            new_to_datalab: false,
        });
        self.siret_texts.insert(id.clone(), String::new());
        self.focus_on(format!("partner-{id}-name"));
    }

    /// Edits one field of partner `id`; making it the lead makes the others partners.
    pub(super) fn update_partner(&mut self, id: String, field: PartnerField) {
        let partners = &mut self.draft.partners;
        if let PartnerField::Lead = field {
            for p in partners.iter_mut() {
                p.role = if p.id == id {
                    Role::Lead
                } else {
                    Role::Partner
                };
            }
            return;
        }
        let Some(p) = partners.iter_mut().find(|p| p.id == id) else {
            return;
        };
        match field {
            PartnerField::Name(v) => p.name = v,
            PartnerField::Kind(v) => p.kind = v,
            PartnerField::Siret(v) => {
                p.siret = Siret::parse(v.trim());
                self.siret_texts.insert(id, v);
            }
            PartnerField::Postcode(v) => p.postcode = v,
            PartnerField::Country(c) => p.country = c,
            PartnerField::NewToDatalab(v) => p.new_to_datalab = v,
            PartnerField::Lead => {}
        }
    }

    /// Removes partner `id` (its lines become unassigned); focus goes to the
    /// partner now in its place, else the last, else "add a partner".
    pub(super) fn remove_partner(&mut self, id: String) {
        let d = &mut self.draft;
        let index = d.partners.iter().position(|p| p.id == id);
        d.partners.retain(|p| p.id != id);
        for line in d.budget.iter_mut().filter(|l| l.partner == id) {
            line.partner.clear();
        }
        self.siret_texts.remove(&id);
        let next = index
            .and_then(|i| {
                self.draft
                    .partners
                    .get(i)
                    .or_else(|| self.draft.partners.last())
            })
            .map(|p| format!("partner-{}-name", p.id))
            .unwrap_or_else(|| "add-partner".into());
        self.focus_on(next);
    }

    /// Whether partner `id` recovers VAT (`None`: not known).
    pub(super) fn set_vat_recoverable(&mut self, id: &str, recoverable: Option<bool>) {
        if let Some(p) = self.draft.partners.iter_mut().find(|p| p.id == id) {
            p.vat_recoverable = recoverable;
        }
    }
}
