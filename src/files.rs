//! Export as a downloaded file, and the name it gets.

use wasm_bindgen::JsCast;

/// `booster-ia-<title slug>[-scenario-<X>]-<YYYY-MM-DD>.json`.
pub fn export_file_name(title: &str, scenario: Option<&str>, today: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        let c = match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let scenario = scenario
        .map(|s| format!("scenario-{}-", s.to_ascii_lowercase()))
        .unwrap_or_default();
    if slug.is_empty() {
        format!("booster-ia-{scenario}{today}.json")
    } else {
        format!("booster-ia-{slug}-{scenario}{today}.json")
    }
}

/// Today's date in the browser's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Offers `text` as a JSON file download; `Err` if the browser refuses.
pub fn download(name: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exported_files_are_named_from_the_title_and_the_date() {
        assert_eq!(
            export_file_name("Détection de défauts : vision !", None, "2027-01-10"),
            "booster-ia-detection-de-defauts-vision-2027-01-10.json"
        );
        assert_eq!(
            export_file_name("  ", None, "2027-01-10"),
            "booster-ia-2027-01-10.json"
        );
        assert_eq!(
            export_file_name("Vision", Some("B"), "2027-01-10"),
            "booster-ia-vision-scenario-b-2027-01-10.json"
        );
    }
}
