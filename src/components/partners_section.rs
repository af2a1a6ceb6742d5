//! The structures taking part: add, edit, remove.

use crate::components::partner_row::PartnerRow;
use crate::state::{Action, State};
use booster_ia::locale::Lang;
use booster_ia::rules::Location;
use booster_ia::text::page::{say, PartnersSectionWord};
use booster_ia::Assessment;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`PartnersSection`].
#[derive(Properties, PartialEq)]
pub struct PartnersSectionProps {
    /// The page state (for the typed SIRETs).
    pub state: Rc<State>,
    /// The draft's assessment (where each partner is).
    pub assessment: Rc<Assessment>,
    /// The fields the checks mark, with their reasons.
    pub field_marks: Rc<crate::goto::FieldMarks>,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// The list of partners with an "add" button.
#[function_component(PartnersSection)]
pub fn partners_section(props: &PartnersSectionProps) -> Html {
    let s = &props.state;
    let lang: Lang = s.lang;
    let add = crate::ui::on_click(&props.dispatch, Action::AddPartner);
    html! {
        <section class="card" aria-labelledby="partners-heading">
            <h2 id="partners-heading" tabindex="-1">{ say(PartnersSectionWord::Partners, lang) }</h2>
            <p class="hint">{ say(PartnersSectionWord::AtLeastTwoStructuresHint, lang) }</p>
            <ul class="rows" role="list">
                { for s.draft.partners.iter().enumerate().map(|(i, p)| {
                    let (siret_text, siret_invalid) = s.siret_input(&p.id);
                    let location = props.assessment.partner_location(&p.id).cloned().unwrap_or(Location::Unknown);
                    let mark = |what: &str| props.field_marks.get(&format!("partner-{}-{what}", p.id));
                    html! {
                        <PartnerRow key={p.id.clone()} index={i} partner={p.clone()} siret_text={siret_text}
                            siret_invalid={siret_invalid} location={location} kind_mark={mark("kind")}
                            postcode_mark={mark("postcode")} country_mark={mark("country")} lang={lang} dispatch={props.dispatch.clone()} />
                    }
                }) }
            </ul>
            <button type="button" id="add-partner" class="button" onclick={add}>{ say(PartnersSectionWord::AddAPartner, lang) }</button>
        </section>
    }
}
