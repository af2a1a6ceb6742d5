//! The hypothetical second version of the scheme, in the browser: the whole
//! app, mounted in Debian's Chromium by wasm-bindgen-test-runner and built
//! with `--features second-version-fixture` (test data: a 15 000 € cap from
//! 2027-01-01, never in a served build), shows the same draft with the 2024
//! cap when filed on 31 December 2026 and with the new cap when filed on
//! 1 January 2027: the grant, the cap gauge, the explanation, the check that
//! states the cap, the lede, the advice and the printed summary.
//!
//! The same fixture's hypothetical rule in force from 1 July 2027 (« les
//! licences comptent au plus pour 30 % des dépenses éligibles »): a draft
//! whose licences are 39 % of eligible costs is eligible filed on 30 June 2027,
//! with no such check on the page or in the print, and not eligible filed on
//! 1 July 2027, the check failing on the page and printed.
//! `make test` runs it (`make test-wasm`).
#![cfg(all(target_arch = "wasm32", feature = "second-version-fixture"))]

use booster_ia_simulator::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew render and run its effects.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The text of the first element matching `selector`.
fn text(selector: &str) -> String {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn attribute(selector: &str, name: &str) -> String {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .get_attribute(name)
        .unwrap_or_default()
}

/// The example above the cap (31 500 € of eligible costs), filed on `day`,
/// saved where the app reads it, then the app mounted in a fresh element.
async fn mount_cap_binds_filed_on(day: &str) -> yew::AppHandle<App> {
    let draft = include_str!("../examples/cap-binds.json").replace(
        "\"submission\": \"2027-03-01\"",
        &format!("\"submission\": \"{day}\""),
    );
    assert!(draft.contains(day), "the example's submission date moved");
    mount(&draft).await
}

/// `draft` saved where the app reads it, then the app mounted in a fresh element.
async fn mount(draft: &str) -> yew::AppHandle<App> {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage.set_item("booster-ia/draft/v1", draft).unwrap();
    // Read in French whatever the test browser's language (a choice saved here).
    storage.set_item("booster-ia/lang", "fr").unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<App>::with_root(root).render();
    // The first render comes in stages, the results last: wait for them (5 s at most).
    for _ in 0..50 {
        settle().await;
        if document()
            .query_selector("[data-testid=verdict]")
            .unwrap()
            .is_some()
        {
            break;
        }
    }
    app
}

/// Asks the app for its printed summary, as the browser does before printing.
async fn print() {
    let event = web_sys::Event::new("beforeprint").unwrap();
    web_sys::window()
        .unwrap()
        .unchecked_ref::<web_sys::EventTarget>()
        .dispatch_event(&event)
        .unwrap();
    settle().await;
}

/// French spacing of amounts: narrow no-break space for thousands, no-break space before €.
fn eur(whole: &str) -> String {
    format!("{whole},00\u{a0}€").replace(' ', "\u{202f}")
}

#[wasm_bindgen_test]
async fn filed_on_31_december_2026_the_2024_cap_of_12_500_applies() {
    let app = mount_cap_binds_filed_on("2026-12-31").await;
    assert_eq!(attribute("[data-testid=verdict]", "data-value"), "eligible");
    assert_eq!(attribute("[data-testid=grant]", "data-value"), "12500.00");
    assert!(
        text(".gauge + figcaption").contains(&eur("12 500")),
        "{}",
        text(".gauge + figcaption")
    );
    assert!(text("[data-check=excl-vat]").contains(&eur("12 500")));
    assert!(
        text(".lede").contains("12\u{202f}500\u{a0}€"),
        "{}",
        text(".lede")
    );
    print().await;
    let printed = text(".print-summary");
    assert!(printed.contains("adopté le 24/06/2024"), "{printed}");
    assert!(printed.contains(&eur("12 500")), "{printed}");
    app.destroy();
}

#[wasm_bindgen_test]
async fn filed_on_1_january_2027_the_second_version_cap_of_15_000_applies() {
    let app = mount_cap_binds_filed_on("2027-01-01").await;
    assert_eq!(attribute("[data-testid=verdict]", "data-value"), "eligible");
    // 50 % × 31 500 = 15 750, capped at the new 15 000.
    assert_eq!(attribute("[data-testid=grant]", "data-value"), "15000.00");
    let gauge = text(".gauge + figcaption");
    assert!(gauge.contains(&eur("15 000")), "{gauge}");
    assert!(!gauge.contains("12\u{202f}500"), "{gauge}");
    assert!(text("[data-check=excl-vat]").contains(&eur("15 000")));
    let lede = text(".lede");
    assert!(lede.contains("15\u{202f}000\u{a0}€"), "{lede}");
    let advice = text("[data-testid=advice]");
    assert!(
        advice.contains(&format!("le plafond de {} est atteint", eur("15 000"))),
        "{advice}"
    );
    let cap_line = text("[data-testid=cap]");
    assert!(cap_line.contains(&eur("1 500")), "{cap_line}");
    print().await;
    let printed = text(".print-summary");
    assert!(printed.contains("adopté le 01/01/2027"), "{printed}");
    assert!(
        printed.contains("au-delà du plafond : aide ramenée à 15\u{202f}000,00\u{a0}€"),
        "{printed}"
    );
    assert!(!printed.contains("12\u{202f}500"), "{printed}");
    app.destroy();
}

/// The eligible example with 9 000 € of licences (of 23 000 € eligible: 39 %),
/// filed on `day`, mounted.
async fn mount_licences_filed_on(day: &str) -> yew::AppHandle<App> {
    let draft = include_str!("../examples/eligible.json")
        .replace("\"amount\": \"1500.00\"", "\"amount\": \"9000.00\"")
        .replace(
            "\"submission\": \"2027-01-10\"",
            &format!("\"submission\": \"{day}\""),
        );
    assert!(
        draft.contains(day) && draft.contains("9000.00"),
        "the example moved"
    );
    mount(&draft).await
}

fn present(selector: &str) -> bool {
    document().query_selector(selector).unwrap().is_some()
}

#[wasm_bindgen_test]
async fn filed_on_30_june_2027_the_licences_rule_is_not_on_the_page() {
    let app = mount_licences_filed_on("2027-06-30").await;
    assert_eq!(attribute("[data-testid=verdict]", "data-value"), "eligible");
    assert!(present("[data-check=cost-bearer]"));
    assert!(!present("[data-check=licences-share]"));
    print().await;
    let printed = text(".print-summary");
    assert!(!printed.contains("Part des licences"), "{printed}");
    app.destroy();
}

#[wasm_bindgen_test]
async fn filed_on_1_july_2027_the_licences_rule_fails_on_the_page_and_in_the_print() {
    let app = mount_licences_filed_on("2027-07-01").await;
    assert_eq!(
        attribute("[data-testid=verdict]", "data-value"),
        "not_eligible"
    );
    assert_eq!(
        attribute("[data-check=licences-share]", "data-status"),
        "fail"
    );
    let check = text("[data-check=licences-share]");
    assert!(check.contains("Part des licences"), "{check}");
    print().await;
    let printed = text(".print-summary");
    assert!(
        printed.contains("Part des licences (hypothèse de test)"),
        "{printed}"
    );
    app.destroy();
}
