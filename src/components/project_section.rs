//! The project: title, summary, AI use, data, S3 domain.

use crate::goto::FieldMarks;
use crate::state::{Action, ProjectText};
use crate::ui::{described_by, invalid, on_change, on_input, reason};
use booster_ia::draft::{Project, S3Domain};
use booster_ia::locale::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ProjectSection`].
#[derive(Properties, PartialEq)]
pub struct ProjectSectionProps {
    /// The project.
    pub project: Project,
    /// The page language.
    pub lang: Lang,
    /// The fields the checks mark, with their reasons.
    pub field_marks: Rc<FieldMarks>,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// The project fields.
#[function_component(ProjectSection)]
pub fn project_section(props: &ProjectSectionProps) -> Html {
    let lang = props.lang;
    let p = &props.project;
    let d = &props.dispatch;
    let text = |field: ProjectText| on_input(d, move |v| Action::SetProjectText(field, v));
    let domain = on_change(d, |v| Action::SetS3Domain(S3Domain::from_code(&v)));
    let ai_mark = props.field_marks.get("project-ai-use");
    let data_mark = props.field_marks.get("project-data-used");
    html! {
        <section class="card" aria-labelledby="project-heading">
            <h2 id="project-heading" tabindex="-1">{ lang.pick("Le projet", "The project") }</h2>
            <div class="field">
                <label for="project-title">{ lang.pick("Titre", "Title") }</label>
                <input id="project-title" type="text" maxlength="5000" value={p.title.clone()} oninput={text(ProjectText::Title)} />
            </div>
            <div class="field">
                <label for="project-summary">{ lang.pick("Résumé", "Summary") }</label>
                <textarea id="project-summary" rows="3" maxlength="5000" value={p.summary.clone()} oninput={text(ProjectText::Summary)} />
            </div>
            <div class="field">
                <label for="project-ai-use">{ lang.pick("Usage de l’intelligence artificielle", "Use of artificial intelligence") }</label>
                <textarea id="project-ai-use" rows="2" maxlength="5000" aria-invalid={invalid(&ai_mark)}
                    aria-describedby={described_by(&["project-ai-use-hint"], "project-ai-use", &ai_mark)} value={p.ai_use.clone()} oninput={text(ProjectText::AiUse)} />
                <p class="hint" id="project-ai-use-hint">{ lang.pick("Quelle technologie d’IA, pour quel usage principal ?", "Which AI technology, for which main use?") }</p>
                { reason("project-ai-use", &ai_mark) }
            </div>
            <div class="field">
                <label for="project-data-used">{ lang.pick("Données valorisées", "Data put to use") }</label>
                <textarea id="project-data-used" rows="2" maxlength="5000" aria-invalid={invalid(&data_mark)}
                    aria-describedby={described_by(&[], "project-data-used", &data_mark)} value={p.data_used.clone()} oninput={text(ProjectText::DataUsed)} />
                { reason("project-data-used", &data_mark) }
            </div>
            <div class="field">
                <label for="project-s3">{ lang.pick("Domaine de la stratégie de spécialisation intelligente (facultatif)", "Smart specialisation domain (optional)") }</label>
                <select id="project-s3" onchange={domain}>
                    <option value="" selected={p.s3_domain.is_none()}>{ lang.pick("Aucun", "None") }</option>
                    { for S3Domain::ALL.iter().map(|s| html! {
                        <option value={s.code()} selected={p.s3_domain == Some(*s)}>{ booster_ia::text::s3_domain(*s, lang) }</option>
                    }) }
                </select>
            </div>
        </section>
    }
}
