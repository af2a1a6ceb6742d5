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
    download_as(name, text, "application/json")
}

/// Offers `text` as a download of the given media type; `Err` if the browser refuses.
pub fn download_as(name: &str, text: &str, media_type: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
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

/// A file name for something other than the whole draft: `booster-ia-<what>-<slug>-<date>.<ext>`.
pub fn named_file(what: &str, name: &str, today: &str, extension: &str) -> String {
    let base = export_file_name(name, None, today);
    let rest = base
        .trim_start_matches("booster-ia-")
        .trim_end_matches(".json");
    format!("booster-ia-{what}-{rest}.{extension}")
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
        assert_eq!(
            named_file("partie", "Atelier Bois & Fils", "2027-01-10", "json"),
            "booster-ia-partie-atelier-bois-fils-2027-01-10.json"
        );
        assert_eq!(
            named_file("lignes", "", "2027-01-10", "csv"),
            "booster-ia-lignes-2027-01-10.csv"
        );
    }
}
