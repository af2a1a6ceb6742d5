//! Embedded mode (`?embed`, written by `embed.js` on a host site): the
//! simulator in another site's iframe. It drops its page header, keeps its
//! storage apart from the full page's, tells the host its height, and sends
//! the host the assessment only when the user asks, only to the origin the
//! host declared.

/// Embedded-mode settings read from the URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedMode {
    /// The host page's origin: heights go there, and (with `share`) the assessment.
    pub parent: Option<String>,
    /// Whether the host declared it may receive the assessment.
    pub share: bool,
}

/// Reads `?embed&parent=https%3A%2F%2Fhost&share` from a query string (its
/// `lang=en`, the host's language, is read by [`crate::lang`]).
pub fn parse_query(search: &str) -> Option<EmbedMode> {
    let mut embed = false;
    let mut mode = EmbedMode {
        parent: None,
        share: false,
    };
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "embed" => embed = true,
            "parent" => mode.parent = decode_origin(value),
            "share" => mode.share = true,
            _ => {}
        }
    }
    // No origin, nowhere to send anything.
    mode.share &= mode.parent.is_some();
    embed.then_some(mode)
}

/// An origin as `embed.js` writes it (percent-encoded `scheme://host[:port]`);
/// anything else is no origin.
fn decode_origin(value: &str) -> Option<String> {
    let decoded = value
        .replace("%3A", ":")
        .replace("%3a", ":")
        .replace("%2F", "/")
        .replace("%2f", "/");
    let rest = decoded
        .strip_prefix("https://")
        .or_else(|| decoded.strip_prefix("http://"))?;
    let plain = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    plain.then_some(decoded)
}

thread_local! {
    static MODE: Option<EmbedMode> = parse_query(
        &gloo::utils::window().location().search().unwrap_or_default(),
    );
}

/// Embedded mode from the page's URL, if asked for.
pub fn mode() -> Option<EmbedMode> {
    MODE.with(Clone::clone)
}

/// Posts a message to the host page, to its declared origin only (never `*`).
pub fn post(message: &wasm_bindgen::JsValue) {
    let Some(parent) = mode().and_then(|m| m.parent) else {
        return;
    };
    if let Ok(Some(host)) = gloo::utils::window().parent() {
        let _ = host.post_message(message, &parent);
    }
}

/// The part of the frame the host shows, in the frame's pixels, as
/// `embed.js` last reported it (`booster-ia:viewport`); none before its first
/// message, or from a bare iframe without `embed.js`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Visible {
    /// The visible part's top, from the frame's top.
    pub top: f64,
    /// The visible part's bottom, from the frame's top.
    pub bottom: f64,
}

/// Where the results bar goes: its own place when the host shows it, else the
/// nearest edge of the visible part (its top when the bar lies above, its
/// bottom when below), or, the bottom covering the focused field, its top.
/// Returns the shift from the bar's own place, in pixels.
pub fn bar_shift(natural: f64, height: f64, visible: Visible, focus: Option<(f64, f64)>) -> f64 {
    // Out of view, or too small a part to hold the bar: left where it is.
    if visible.bottom - visible.top < height {
        return 0.0;
    }
    let lowest = visible.bottom - height;
    let mut place = natural.clamp(visible.top, lowest);
    if let Some((top, bottom)) = focus {
        let covers = |at: f64| at < bottom && at + height > top;
        if covers(place) && !covers(visible.top) && top >= visible.top {
            place = visible.top;
        }
    }
    place - natural
}

thread_local! {
    static VISIBLE: std::cell::Cell<Option<Visible>> = const { std::cell::Cell::new(None) };
    static SHIFT: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// A property of a JS object, as a number.
fn number(object: &wasm_bindgen::JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(object, &key.into()).ok()?.as_f64()
}

/// An element's top and bottom in the frame (its bounding rectangle).
fn span(element: &web_sys::Element) -> Option<(f64, f64)> {
    use wasm_bindgen::JsCast;
    let method = js_sys::Reflect::get(element, &"getBoundingClientRect".into()).ok()?;
    let rect = method
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call0(element)
        .ok()?;
    Some((number(&rect, "top")?, number(&rect, "bottom")?))
}

/// Moves the results bar into the visible part the host last reported
/// (through `--bar-shift` on the root, read by the stylesheet's `.in-view`).
fn place_bar() {
    let Some(visible) = VISIBLE.with(std::cell::Cell::get) else {
        return;
    };
    let document = gloo::utils::document();
    let (Some(root), Ok(Some(bar))) = (
        document.document_element(),
        document.query_selector(".embedded .results-bar"),
    ) else {
        return;
    };
    let Some((top, bottom)) = span(&bar) else {
        return;
    };
    let scroll = gloo::utils::window().scroll_y().unwrap_or_default();
    let natural = top + scroll - SHIFT.with(std::cell::Cell::get);
    let focus = document
        .active_element()
        .filter(|e| !bar.contains(Some(e)) && e.tag_name() != "BODY")
        .and_then(|e| span(&e))
        .map(|(t, b)| (t + scroll, b + scroll));
    let shift = bar_shift(natural, bottom - top, visible, focus);
    SHIFT.with(|s| s.set(shift));
    let _ = root.class_list().add_1("in-view");
    if let Ok(style) = js_sys::Reflect::get(&root, &"style".into()) {
        if let Ok(set) = js_sys::Reflect::get(&style, &"setProperty".into()) {
            let set = js_sys::Function::from(set);
            let _ = set.call2(&style, &"--bar-shift".into(), &format!("{shift}px").into());
        }
    }
}

/// Embedded with `embed.js`: keeps the results bar (the verdict and the grant)
/// within the part of the frame the host shows, from the host's
/// `booster-ia:viewport` messages (from the parent window at the declared
/// origin only), and again when the page's size or focus changes. Without
/// those messages (a bare iframe), nothing moves.
pub fn follow_viewport() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(parent) = mode().and_then(|m| m.parent) else {
        return;
    };
    let window = gloo::utils::window();
    let host = window.parent().ok().flatten();
    let on_message = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let from = |key: &str| js_sys::Reflect::get(&event, &key.into()).unwrap_or_default();
        let source = from("source");
        let from_host = host
            .as_ref()
            .is_some_and(|h| wasm_bindgen::JsValue::from(h.clone()) == source);
        if !from_host || from("origin").as_string().as_deref() != Some(parent.as_str()) {
            return;
        }
        let data = from("data");
        let kind = js_sys::Reflect::get(&data, &"type".into()).unwrap_or_default();
        if kind.as_string().as_deref() != Some("booster-ia:viewport") {
            return;
        }
        if let (Some(top), Some(bottom)) = (number(&data, "top"), number(&data, "bottom")) {
            if top.is_finite() && bottom.is_finite() {
                VISIBLE.with(|v| v.set(Some(Visible { top, bottom })));
                place_bar();
            }
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    // Kept for the page's life.
    on_message.forget();
    let again = Closure::<dyn FnMut()>::new(place_bar);
    let _ = window.add_event_listener_with_callback("focusin", again.as_ref().unchecked_ref());
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(again.as_ref().unchecked_ref()),
        gloo::utils::document().body(),
    ) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    again.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_mode_and_its_host_are_read_from_the_url() {
        assert_eq!(parse_query(""), None);
        assert_eq!(parse_query("?stand"), None);
        assert_eq!(
            parse_query("?embed&lang=en&parent=https%3A%2F%2Fwww.example.org&share"),
            Some(EmbedMode {
                parent: Some("https://www.example.org".into()),
                share: true
            })
        );
        assert_eq!(
            parse_query("?embed&parent=http%3A%2F%2F127.0.0.1%3A8080"),
            Some(EmbedMode {
                parent: Some("http://127.0.0.1:8080".into()),
                share: false
            })
        );
        // No origin or a made-up one: nothing is ever sent.
        for query in [
            "?embed&share",
            "?embed&parent=*&share",
            "?embed&parent=javascript%3Aalert(1)&share",
            "?embed&parent=https%3A%2F%2Fa.org%2Fpath&share",
        ] {
            let mode = parse_query(query).expect("embedded");
            assert!(mode.parent.is_none() && !mode.share, "{query}");
        }
    }

    #[test]
    fn the_results_bar_goes_to_the_nearest_edge_of_the_visible_part() {
        let part = |top, bottom| Visible { top, bottom };
        // Shown where it is: not moved, up to either edge.
        assert_eq!(bar_shift(500.0, 50.0, part(400.0, 1000.0), None), 0.0);
        assert_eq!(bar_shift(400.0, 50.0, part(400.0, 1000.0), None), 0.0);
        assert_eq!(bar_shift(950.0, 50.0, part(400.0, 1000.0), None), 0.0);
        // Below the visible part (a phone, the results after the form): at its bottom.
        assert_eq!(bar_shift(4000.0, 50.0, part(400.0, 1000.0), None), -3050.0);
        assert_eq!(bar_shift(951.0, 50.0, part(400.0, 1000.0), None), -1.0);
        // Above it (a wide screen, the results' column at the top): at its top.
        assert_eq!(bar_shift(100.0, 50.0, part(400.0, 1000.0), None), 300.0);
        assert_eq!(bar_shift(399.0, 50.0, part(400.0, 1000.0), None), 1.0);
        // The frame out of view, or a part smaller than the bar: left in place.
        assert_eq!(bar_shift(4000.0, 50.0, part(0.0, 0.0), None), 0.0);
        assert_eq!(bar_shift(4000.0, 50.0, part(400.0, 449.0), None), 0.0);
        assert_eq!(bar_shift(4000.0, 50.0, part(400.0, 450.0), None), -3600.0);
        // The focused field under the bottom edge: the bar goes to the top.
        assert_eq!(
            bar_shift(4000.0, 50.0, part(400.0, 1000.0), Some((960.0, 990.0))),
            -3600.0
        );
        // A field clear of it: the bottom.
        assert_eq!(
            bar_shift(4000.0, 50.0, part(400.0, 1000.0), Some((900.0, 950.0))),
            -3050.0
        );
    }
}
