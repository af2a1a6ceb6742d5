//! Example projects, loadable in one click from the empty page. The card
//! stays where it is once shown — typing the first letter of a draft, or
//! loading an example, never takes it away and moves the form under it —
//! and asks first before an example replaces a draft that is not empty.

use crate::state::{Action, Notice};
use booster_ia::locale::Lang;
use booster_ia::parse_draft;
use booster_ia::text::page::{say, tell, ExamplesCardSentence, ExamplesCardWord};
use yew::prelude::*;

/// One example of `examples/`: its file in each language (the same figures,
/// the free text translated: `examples/en/`) and what it shows.
pub struct Example {
    /// The French draft.
    pub fr: &'static str,
    /// The English draft.
    pub en: &'static str,
    /// What it shows.
    pub shows: ExamplesCardWord,
}

impl Example {
    /// The draft in the page's language: its free text in French on the
    /// French page, in English on any other.
    pub fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::En | Lang::Pseudo => self.en,
        }
    }
}

/// The examples. Their verdict and grant are not written here: the engine gives them.
pub const EXAMPLES: [Example; 4] = [
    Example {
        fr: include_str!("../../examples/eligible.json"),
        en: include_str!("../../examples/en/eligible.json"),
        shows: ExamplesCardWord::SmeAndLaboratory,
    },
    Example {
        fr: include_str!("../../examples/association.json"),
        en: include_str!("../../examples/en/association.json"),
        shows: ExamplesCardWord::AssociationAndAuthorities,
    },
    Example {
        fr: include_str!("../../examples/cap-binds.json"),
        en: include_str!("../../examples/en/cap-binds.json"),
        shows: ExamplesCardWord::AboveTheCap,
    },
    Example {
        fr: include_str!("../../examples/not-eligible.json"),
        en: include_str!("../../examples/en/not-eligible.json"),
        shows: ExamplesCardWord::NotEligible,
    },
];

/// An example's button, « Une PME et un laboratoire public (Éligible — aide :
/// 7 750,00 €) », its verdict and grant from the engine; what it shows alone
/// if it cannot be assessed.
fn label(example: &Example, lang: Lang) -> String {
    let assessed = parse_draft(example.text(lang))
        .ok()
        .and_then(|file| crate::engine::assess(&file.draft).ok());
    match assessed {
        Some(a) => tell(
            &ExamplesCardSentence::Example {
                shows: example.shows,
                verdict: a.verdict,
                grant: &crate::ui::money(a.grant, lang),
            },
            lang,
        ),
        None => say(example.shows, lang).to_string(),
    }
}

/// Props of [`ExamplesCard`].
#[derive(Properties, PartialEq)]
pub struct ExamplesCardProps {
    /// The page language.
    pub lang: Lang,
    /// Whether loading an example asks first (the draft is not empty and not a stand's).
    #[prop_or_default]
    pub ask_first: bool,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// Buttons that load an example draft.
#[function_component(ExamplesCard)]
pub fn examples_card(props: &ExamplesCardProps) -> Html {
    let lang = props.lang;
    // Four small drafts, assessed once per language.
    let labels = use_memo(lang, |lang| {
        EXAMPLES.iter().map(|e| label(e, *lang)).collect::<Vec<_>>()
    });
    // A disclosure on a narrow screen, so the first field comes first.
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <section class={classes!("card", "examples", (*open).then_some("examples-open"))} aria-labelledby="examples-heading">
            <h2 id="examples-heading">{ say(ExamplesCardWord::Heading, lang) }</h2>
            <button type="button" class="button-quiet examples-toggle" aria-expanded={open.to_string()} aria-controls="example-list" onclick={toggle}>
                { if *open {
                    say(ExamplesCardWord::Hide, lang).to_string()
                } else {
                    tell(&ExamplesCardSentence::Show { count: EXAMPLES.len() }, lang)
                } }
            </button>
            <ul id="example-list" class="example-list" role="list">
                { for EXAMPLES.iter().enumerate().map(|(i, example)| {
                    let dispatch = props.dispatch.clone();
                    let text = example.text(lang);
                    let ask_first = props.ask_first;
                    let onclick = Callback::from(move |_| match parse_draft(text) {
                        Ok(file) => {
                            let question = say(ExamplesCardWord::ReplaceDraftQuestion, lang);
                            if ask_first && !gloo::dialogs::confirm(question) {
                                return;
                            }
                            dispatch.emit(Action::Replace(Box::new(file.draft), None));
                            // On to the draft's first field, just under the card.
                            dispatch.emit(Action::FocusOn("project-title".into()));
                        }
                        Err(e) => dispatch.emit(Action::Notify(Notice::error(move |lang| {
                            let problem = e.message(lang);
                            tell(&ExamplesCardSentence::Unreadable { problem: &problem }, lang)
                        }))),
                    });
                    let label = labels[i].clone();
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
    use booster_ia::locale::Lang;
    use booster_ia::text::page::say;

    #[test]
    fn every_example_is_a_valid_draft_with_the_same_figures_in_both_languages() {
        for e in EXAMPLES {
            let shows = say(e.shows, Lang::En);
            let fr = booster_ia::parse_draft(e.fr).expect(shows).draft;
            let en = booster_ia::parse_draft(e.en).expect(shows).draft;
            let (a_fr, a_en) = (
                booster_ia::assess(&fr).unwrap(),
                booster_ia::assess(&en).unwrap(),
            );
            assert_eq!(a_fr.verdict, a_en.verdict, "{shows}");
            for figure in booster_ia::Figure::ALL {
                assert_eq!(a_fr.money(figure), a_en.money(figure), "{shows}");
            }
            // The free text is translated: no title is the same.
            assert_ne!(fr.project.title, en.project.title, "{shows}");
            assert_eq!(fr.partners, en.partners, "{shows}");
        }
    }
}
