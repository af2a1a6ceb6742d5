//! Example projects, loadable in one click from the empty page.

use crate::state::{Action, Notice};
use booster_ia::money::Lang;
use booster_ia::parse_draft;
use yew::prelude::*;

/// The examples of `examples/`, with what each shows: (file text, French, English).
/// Their verdict and grant are not written here: the engine gives them.
pub const EXAMPLES: [(&str, &str, &str); 4] = [
    (
        include_str!("../../examples/eligible.json"),
        "Une PME et un laboratoire public",
        "An SME and a public laboratory",
    ),
    (
        include_str!("../../examples/association.json"),
        "Une association et une communauté urbaine",
        "An association and a group of local authorities",
    ),
    (
        include_str!("../../examples/cap-binds.json"),
        "Un projet au-delà du plafond",
        "A project above the cap",
    ),
    (
        include_str!("../../examples/not-eligible.json"),
        "Un projet non éligible, et pourquoi",
        "A project that is not eligible, and why",
    ),
];

/// "Éligible — aide : 7 750,00 €" for an example, from the engine.
fn outcome(text: &str, lang: Lang) -> Option<String> {
    let draft = parse_draft(text).ok()?.draft;
    let a = crate::engine::assess(&draft).ok()?;
    Some(format!(
        "{} — {} {}",
        booster_ia::text::verdict_label(a.verdict, lang),
        lang.pick("aide :", "grant:"),
        crate::ui::money(a.grant, lang)
    ))
}

/// Props of [`ExamplesCard`].
#[derive(Properties, PartialEq)]
pub struct ExamplesCardProps {
    /// The page language.
    pub lang: Lang,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// Buttons that load an example draft.
#[function_component(ExamplesCard)]
pub fn examples_card(props: &ExamplesCardProps) -> Html {
    let lang = props.lang;
    // Four small drafts, assessed once per language.
    let outcomes = use_memo(lang, |lang| {
        EXAMPLES
            .iter()
            .map(|(text, _, _)| outcome(text, *lang))
            .collect::<Vec<_>>()
    });
    // A disclosure on a narrow screen, so the first field comes first.
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <section class={classes!("card", "examples", (*open).then_some("examples-open"))} aria-labelledby="examples-heading">
            <h2 id="examples-heading">{ lang.pick("Partir d’un exemple", "Start from an example") }</h2>
            <button type="button" class="button-quiet examples-toggle" aria-expanded={open.to_string()} aria-controls="example-list" onclick={toggle}>
                { match (lang, *open) {
                    (Lang::Fr, false) => format!("Voir les {} exemples", EXAMPLES.len()),
                    (Lang::En, false) => format!("Show the {} examples", EXAMPLES.len()),
                    (_, true) => lang.pick("Masquer les exemples", "Hide the examples").to_string(),
                } }
            </button>
            <ul id="example-list" class="example-list" role="list">
                { for EXAMPLES.iter().enumerate().map(|(i, (text, fr, en))| {
                    let dispatch = props.dispatch.clone();
                    let onclick = Callback::from(move |_| match parse_draft(text) {
                        Ok(file) => dispatch.emit(Action::Replace(Box::new(file.draft), None)),
                        Err(e) => dispatch.emit(Action::Notify(Notice {
                            is_error: true,
                            fr: format!("Exemple illisible : {}", e.message(Lang::Fr)),
                            en: format!("Unreadable example: {}", e.message(Lang::En)),
                        })),
                    });
                    let label = match &outcomes[i] {
                        Some(outcome) => format!("{} ({outcome})", lang.pick(fr, en)),
                        None => lang.pick(fr, en).to_string(),
                    };
                    html! {
                        <li><button type="button" class="button-quiet" data-testid={format!("example-{i}")} {onclick}>{ label }</button></li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::EXAMPLES;

    #[test]
    fn every_example_is_a_valid_draft() {
        for (text, fr, _) in EXAMPLES {
            assert!(booster_ia::parse_draft(text).is_ok(), "{fr}");
        }
    }
}
