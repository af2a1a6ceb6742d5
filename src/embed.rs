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
}
