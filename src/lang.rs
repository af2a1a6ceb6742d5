//! The language the page opens in: the one the URL asks for (`lang=fr` or
//! `lang=en`, as `embed.js` writes it; `lang=x-pseudo` for the tests'
//! pseudo-language, never offered), else the one the visitor chose here
//! before (saved), else the browser's — French when its first preferred
//! language is French (any region), English otherwise. Only a choice made on
//! the page is saved: the browser's guess is read again on every visit.

use booster_ia::locale::Lang;

/// The language a query string asks for (`?lang=en`), if any.
pub fn from_query(search: &str) -> Option<Lang> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find_map(Lang::from_code)
}

/// French when the first of the browser's preferred languages is French
/// (`fr`, `fr-FR`, `fr-CA`…), English for any other or none.
pub fn from_preferences<S: AsRef<str>>(languages: &[S]) -> Lang {
    let first = languages
        .first()
        .map(|l| l.as_ref().trim().to_ascii_lowercase());
    match first.as_deref() {
        Some(l) if l == "fr" || l.starts_with("fr-") || l.starts_with("fr_") => Lang::Fr,
        _ => Lang::En,
    }
}

/// The browser's preferred languages, in order (`navigator.languages`, or
/// `navigator.language` when the list is empty).
fn browser_languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// The language to open in: the URL's, else `saved`, else the browser's.
pub fn first(url: Option<Lang>, saved: Option<Lang>, browser: impl FnOnce() -> Lang) -> Lang {
    url.or(saved).unwrap_or_else(browser)
}

/// The language to open in, from this page's URL, `saved` and the browser.
pub fn at_start(saved: Option<Lang>) -> Lang {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    first(from_query(&search), saved, || {
        from_preferences(&browser_languages())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_may_ask_for_a_language() {
        assert_eq!(from_query("?lang=en"), Some(Lang::En));
        assert_eq!(from_query("?embed&lang=fr&parent=x"), Some(Lang::Fr));
        assert_eq!(from_query("?stand&lang=EN"), Some(Lang::En));
        assert_eq!(from_query("?lang=de"), None);
        assert_eq!(from_query("?lang=x-pseudo"), Some(Lang::Pseudo));
        assert_eq!(from_query("?slang=en"), None);
        assert_eq!(from_query(""), None);
    }

    #[test]
    fn a_browser_whose_first_language_is_french_opens_in_french_any_other_in_english() {
        for french in [
            &["fr"][..],
            &["fr-FR", "en-US"],
            &["fr-CA"],
            &["FR-be"],
            &["fr-CH", "de"],
        ] {
            assert_eq!(from_preferences(french), Lang::Fr, "{french:?}");
        }
        for other in [
            &["en-US"][..],
            &["en-GB", "fr-FR"],
            &["de-DE", "fr"],
            &["fy-NL"],
            &["frr"],
            &[],
        ] {
            assert_eq!(from_preferences(other), Lang::En, "{other:?}");
        }
    }

    #[test]
    fn the_url_wins_then_a_saved_choice_then_the_browser() {
        let browser = || Lang::En;
        assert_eq!(first(Some(Lang::Fr), Some(Lang::En), browser), Lang::Fr);
        assert_eq!(first(None, Some(Lang::Fr), browser), Lang::Fr);
        assert_eq!(first(None, None, browser), Lang::En);
        assert_eq!(first(None, None, || Lang::Fr), Lang::Fr);
    }
}
