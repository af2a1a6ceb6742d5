//! The project: title, summary, AI use, data, S3 domain.

use crate::goto::FieldMarks;
use crate::state::{Action, ProjectText};
use crate::ui::{described_by, invalid, on_change, on_input, reason};
use booster_ia::draft::{Project, S3Domain};
use booster_ia::locale::Lang;
use booster_ia::text::page::{say, ProjectSectionWord};
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
            <h2 id="project-heading" tabindex="-1">{ say(ProjectSectionWord::Heading, lang) }</h2>
            <div class="field">
                <label for="project-title">{ say(ProjectSectionWord::Title, lang) }</label>
                <input id="project-title" type="text" maxlength="5000" value={p.title.clone()} oninput={text(ProjectText::Title)} />
            </div>
            <div class="field">
                <label for="project-summary">{ say(ProjectSectionWord::Summary, lang) }</label>
                <textarea id="project-summary" rows="3" maxlength="5000" value={p.summary.clone()} oninput={text(ProjectText::Summary)} />
            </div>
            <div class="field">
                <label for="project-ai-use">{ say(ProjectSectionWord::AiUse, lang) }</label>
                <textarea id="project-ai-use" rows="2" maxlength="5000" aria-invalid={invalid(&ai_mark)}
                    aria-describedby={described_by(&["project-ai-use-hint"], "project-ai-use", &ai_mark)} value={p.ai_use.clone()} oninput={text(ProjectText::AiUse)} />
                <p class="hint" id="project-ai-use-hint">{ say(ProjectSectionWord::AiUseHint, lang) }</p>
                { reason("project-ai-use", &ai_mark) }
            </div>
            <div class="field">
                <label for="project-data-used">{ say(ProjectSectionWord::DataPutToUse, lang) }</label>
                <textarea id="project-data-used" rows="2" maxlength="5000" aria-invalid={invalid(&data_mark)}
                    aria-describedby={described_by(&[], "project-data-used", &data_mark)} value={p.data_used.clone()} oninput={text(ProjectText::DataUsed)} />
                { reason("project-data-used", &data_mark) }
            </div>
            <div class="field">
                <label for="project-s3">{ say(ProjectSectionWord::SmartSpecialisationDomain, lang) }</label>
                <select id="project-s3" onchange={domain}>
                    <option value="" selected={p.s3_domain.is_none()}>{ say(ProjectSectionWord::None, lang) }</option>
                    { for S3Domain::ALL.iter().map(|s| html! {
                        <option value={s.code()} selected={p.s3_domain == Some(*s)}>{ booster_ia::text::s3_domain(*s, lang) }</option>
                    }) }
                </select>
            </div>
        </section>
    }
}
