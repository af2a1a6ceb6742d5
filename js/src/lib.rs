//! The rules crate for JavaScript (npm package `booster-ia`): `assess`,
//! `parse`, `compare` and `rulesVersion`, giving exactly the objects the
//! `booster-ia` checker prints as JSON.
//!
//! Drafts and results cross the boundary as JSON text: the host's
//! `JSON.stringify` and `JSON.parse` are faster than building a large object
//! field by field through wasm-bindgen (see BENCHMARKS.md), and the text is
//! what the checker and the draft format already read and write, so money
//! stays a string (`"7750.00"`) and never becomes a JavaScript number.

use booster_ia::compare::{compare as compare_scenarios, Scenario, SCENARIO_NAMES};
use booster_ia::format::draft_json;
use booster_ia::report::differences;
use booster_ia::{
    params, text, AssessError, Assessment, CheckReport, Date, DraftError, DraftFile, Lang,
};
use js_sys::{Error, RangeError, Reflect, TypeError, JSON};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// The options every function takes as its last argument: `{ lang }`.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Options {
    lang: Option<String>,
}

/// The language of the messages: `options.lang` (or `options` itself when it
/// is `"fr"` or `"en"`), French when absent; an error names the argument.
fn lang_of(options: &JsValue) -> Result<Lang, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Lang::Fr);
    }
    let lang = if let Some(text) = options.as_string() {
        Some(text)
    } else if options.is_object() && !options.is_function() {
        let options: Options = serde_wasm_bindgen::from_value(options.clone())
            .map_err(|e| TypeError::new(&format!("options: {e}")))?;
        options.lang
    } else {
        let found = a_type(options);
        let message =
            format!("options: {{ lang: \"fr\" | \"en\" }} or \"fr\" | \"en\", not {found}");
        return Err(TypeError::new(&message).into());
    };
    match lang.as_deref() {
        None | Some("fr") => Ok(Lang::Fr),
        Some("en") => Ok(Lang::En),
        Some(other) => {
            Err(RangeError::new(&format!("options.lang: \"fr\" or \"en\", not {other:?}")).into())
        }
    }
}

/// The draft's JSON text: a string as it is, an object through `JSON.stringify`;
/// anything else is a `TypeError` naming the argument (`draft`, `a`, `b`, `c`).
fn draft_text(draft: &JsValue, argument: &str) -> Result<String, JsValue> {
    if let Some(text) = draft.as_string() {
        Ok(text)
    } else if draft.is_object() {
        // An object the host cannot write as JSON (a cycle, a BigInt) throws its own error.
        Ok(JSON::stringify(draft)?.into())
    } else {
        let found = a_type(draft);
        let message = format!("{argument}: a draft is a JSON string or an object, not {found}");
        Err(TypeError::new(&message).into())
    }
}

/// What `value` is, for a message: `undefined`, `a number`, `a function`.
fn a_type(value: &JsValue) -> String {
    match value.js_typeof().as_string().unwrap_or_default().as_str() {
        "undefined" => "undefined".to_owned(),
        other => format!("a {other}"),
    }
}

/// A draft read strictly, or an `Error` whose `path` names the field at fault
/// (empty for the file as a whole) and whose message is the checker's.
fn read(draft: &JsValue, argument: &str, lang: Lang) -> Result<DraftFile, JsValue> {
    booster_ia::parse_draft(&draft_text(draft, argument)?).map_err(|e| draft_error(&e, lang))
}

fn draft_error(e: &DraftError, lang: Lang) -> JsValue {
    let error = Error::new(&e.message(lang));
    error.set_name(DRAFT_ERROR);
    set(&error, "path", &e.path);
    set(&error, "problem", &e.problem_text(lang));
    error.into()
}

/// An amount the engine cannot compute with: the reader refuses those first,
/// so this is for completeness; its `path` is the line's amount.
fn assess_error(e: &AssessError, file: &DraftFile, lang: Lang) -> JsValue {
    let (AssessError::AmountTooLarge { line } | AssessError::NegativeAmount { line }) = e;
    let error = Error::new(&text::assess_error(e, lang));
    error.set_name(DRAFT_ERROR);
    if let Some(i) = file.draft.budget.iter().position(|l| &l.id == line) {
        set(&error, "path", &format!("budget[{i}].amount"));
    }
    error.into()
}

/// The `name` of the errors a draft causes, which `isDraftError` looks for.
const DRAFT_ERROR: &str = "DraftError";

/// Whether `error` is what `parse`, `assess` or `compare` throw for an invalid
/// draft: an `Error` named `DraftError` with a string `path`.
#[wasm_bindgen(js_name = isDraftError)]
pub fn is_draft_error(error: JsValue) -> bool {
    let Some(error) = error.dyn_ref::<Error>() else {
        return false;
    };
    let path = Reflect::get(error, &JsValue::from_str("path")).unwrap_or_default();
    error.name() == DRAFT_ERROR && path.is_string()
}

fn set(error: &Error, key: &str, value: &str) {
    // Setting a property on a fresh Error cannot fail.
    let _ = Reflect::set(error, &JsValue::from_str(key), &JsValue::from_str(value));
}

fn assessed(file: &DraftFile, lang: Lang) -> Result<Assessment, JsValue> {
    booster_ia::assess(&file.draft).map_err(|e| assess_error(&e, file, lang))
}

/// JSON text the rules crate wrote, as a JavaScript value.
fn parsed(json: &str) -> Result<JsValue, JsValue> {
    JSON::parse(json)
}

/// The object `booster-ia check` prints: verdict, figures, checks, lines,
/// derivations and `differences_from_draft`, every sentence in both languages.
#[wasm_bindgen]
pub fn assess(draft: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_of(&options)?;
    let file = read(&draft, "draft", lang)?;
    let assessment = assessed(&file, lang)?;
    let stated = file
        .stated_assessment
        .as_ref()
        .map(|stated| differences(stated, &assessment))
        .unwrap_or_default();
    // Straight to text, not through check_json's Value: the same object
    // (keys in declaration order), in a third of the time (BENCHMARKS.md).
    let json = serde_json::to_string(&CheckReport::new(&assessment, &stated)).expect("plain data");
    parsed(&json)
}

/// The draft as format v3 writes it (a v1 or v2 draft comes back as v3), without
/// the assessment it carried; throws on an invalid draft.
#[wasm_bindgen]
pub fn parse(draft: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_of(&options)?;
    let file = read(&draft, "draft", lang)?;
    parsed(&draft_json(&file.draft))
}

/// The object `booster-ia compare` prints for two or three drafts, scenarios
/// A, B and C. An invalid draft throws as `parse` does, with `scenario` set.
/// With two drafts the options may come third: `compare(a, b, { lang })`.
#[wasm_bindgen]
pub fn compare(a: JsValue, b: JsValue, c: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let (c, options) = if options.is_undefined() && is_options(&c) {
        (JsValue::UNDEFINED, c)
    } else {
        (c, options)
    };
    let lang = lang_of(&options)?;
    let drafts: Vec<(&JsValue, &str)> = [(&a, "a"), (&b, "b"), (&c, "c")]
        .into_iter()
        .filter(|(d, _)| !(d.is_undefined() || d.is_null()))
        .collect();
    if drafts.len() < 2 || drafts[1].1 == "c" {
        return Err(TypeError::new("compare(a, b, c?, options?) takes two or three drafts").into());
    }
    let mut loaded = Vec::new();
    for ((draft, argument), name) in drafts.into_iter().zip(SCENARIO_NAMES) {
        let named = |error: JsValue| {
            let _ = Reflect::set(&error, &"scenario".into(), &name.into());
            error
        };
        let file = read(draft, argument, lang).map_err(named)?;
        let assessment = assessed(&file, lang).map_err(named)?;
        loaded.push((file, assessment));
    }
    let scenarios: Vec<Scenario> = loaded
        .iter()
        .zip(SCENARIO_NAMES)
        .map(|((file, assessment), name)| Scenario {
            name,
            draft: &file.draft,
            assessment,
        })
        .collect();
    let json = serde_json::to_string(&compare_scenarios(&scenarios)).expect("plain data");
    parsed(&json)
}

/// Whether the third argument of `compare` is the options rather than a draft:
/// `"fr"` or `"en"`, or an object with no key but `lang` (`{}` too: a draft has
/// `format` and more).
fn is_options(c: &JsValue) -> bool {
    if let Some(text) = c.as_string() {
        return text == "fr" || text == "en";
    }
    if !c.is_object() || js_sys::Array::is_array(c) {
        return false;
    }
    let keys = js_sys::Object::keys(c.unchecked_ref::<js_sys::Object>());
    keys.iter()
        .all(|k| k.as_string().as_deref() == Some("lang"))
}

/// The version of the scheme's parameters (its `YYYY-MM-DD`) that `assess`
/// applies to a draft submitted on `date` (today when omitted): the one in
/// force that day, or the latest before the scheme opened. `null` is a draft
/// without a submission date, which `assess` gives the latest version, so
/// `rulesVersion(draft.timeline.submission)` is always its `rules_version`.
#[wasm_bindgen(js_name = rulesVersion)]
pub fn rules_version(date: JsValue) -> Result<String, JsValue> {
    if date.is_null() {
        return Ok(params::current().effective.to_string());
    }
    let day = if date.is_undefined() {
        local_day(&js_sys::Date::new_0())
    } else if let Some(text) = date.as_string() {
        Date::parse(&text)
    } else if let Some(d) = date.dyn_ref::<js_sys::Date>() {
        local_day(d)
    } else {
        return Err(TypeError::new("date: a YYYY-MM-DD string, a Date or null").into());
    };
    let day = day.ok_or_else(|| RangeError::new("date: not a real YYYY-MM-DD date"))?;
    // As assess picks by submission date: the version in force that day,
    // the latest when none was (assess::parameters_among).
    let version = params::in_force_on(day).unwrap_or_else(params::current);
    Ok(version.effective.to_string())
}

/// The calendar day of `d` where the host runs (an invalid Date gives none).
fn local_day(d: &js_sys::Date) -> Option<Date> {
    if d.get_time().is_nan() {
        return None;
    }
    Date::new(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}
