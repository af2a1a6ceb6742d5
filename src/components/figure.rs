//! One figure of the results, which opens to show how it was obtained.

use yew::prelude::*;

/// Props of [`Figure`].
#[derive(Properties, PartialEq)]
pub struct FigureProps {
    /// What it is.
    pub label: AttrValue,
    /// The value, formatted for reading.
    pub value: AttrValue,
    /// `data-testid` for tests.
    pub testid: AttrValue,
    /// The raw value (`7750.00`) for tests and tools.
    pub raw: AttrValue,
    /// How it was obtained.
    pub derivation: Option<AttrValue>,
    /// Shown larger.
    #[prop_or_default]
    pub main: bool,
    /// A line under the value (what a figure waits for), with its `data-testid`.
    #[prop_or_default]
    pub note: Option<(AttrValue, AttrValue)>,
}

/// A labelled figure with its derivation in a disclosure.
#[function_component(Figure)]
pub fn figure(props: &FigureProps) -> Html {
    html! {
        <div class={classes!("figure", props.main.then_some("figure-main"))}>
            <dt>{ props.label.clone() }</dt>
            <dd>
                <span class="figure-value" data-testid={props.testid.clone()} data-value={props.raw.clone()}>{ props.value.clone() }</span>
                if let Some(how) = &props.derivation {
                    <details class="derivation">
                        <summary><span class="visually-hidden">{ props.label.clone() }{ " — " }</span>{ "?" }</summary>
                        <p>{ how.clone() }</p>
                    </details>
                }
            </dd>
            if let Some((note, testid)) = &props.note {
                <dd class="figure-note" data-testid={testid.clone()}>{ note.clone() }</dd>
            }
        </div>
    }
}
