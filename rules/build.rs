//! Turns the scheme's dated parameter file, `params/booster-ia.json`, into the
//! Rust source of `params::versions()` (in `OUT_DIR`), so the app carries the
//! table as code and parses no JSON for it at run time.
//!
//! One generator, two inputs: with the `second-version-fixture` feature it
//! also turns the test fixture `tests/fixtures/params-second-version.json`
//! into `params::fixture_versions()`. Without the feature that file is not read.
//!
//! A malformed file fails the build with a message naming the file and the
//! place in it: a typo must not quietly become a wrong grant.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};
use std::path::Path;
use std::{env, fs, process};

// The crate's own calendar: the build accepts exactly the dates `Date::parse` does.
#[path = "src/date.rs"]
#[allow(dead_code)]
mod date;
use date::Date;

const SHIPPED: &str = "params/booster-ia.json";
const FIXTURE: &str = "tests/fixtures/params-second-version.json";

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed={SHIPPED}");
    generate(
        SHIPPED,
        false,
        &Path::new(&out_dir).join("params_booster_ia.rs"),
    );
    if env::var_os("CARGO_FEATURE_SECOND_VERSION_FIXTURE").is_some() {
        println!("cargo:rerun-if-changed={FIXTURE}");
        generate(
            FIXTURE,
            true,
            &Path::new(&out_dir).join("params_second_version.rs"),
        );
    }
}

/// Reads `input`, writes the `Vec<Parameters>` expression to `output`, or stops the build.
fn generate(input: &str, hypothetical_allowed: bool, output: &Path) {
    let code = fs::read_to_string(input)
        .map_err(|e| format!("cannot read it: {e}"))
        .and_then(|text| source(&text, input, hypothetical_allowed));
    match code {
        Ok(code) => fs::write(output, code).expect("OUT_DIR is writable"),
        Err(message) => {
            eprintln!("error: parameter file {input}: {message}");
            process::exit(1);
        }
    }
}

/// The Rust source for the parameter file `text` (named `input`), or what is wrong with it.
fn source(text: &str, input: &str, hypothetical_allowed: bool) -> Result<String> {
    let Strict(json) = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    render(input, &table(&json, hypothetical_allowed)?)
}

type Result<T> = std::result::Result<T, String>;

/// What a parameter's value is, in the file and in `Parameters`.
#[derive(Clone, Copy)]
enum Kind {
    /// A string such as "0.50", so the decimal is exact; `Decimal` in Rust.
    Decimal,
    U32,
    Usize,
    /// An object with the six criteria's maxima.
    Criteria,
    /// A list of `{ "code", "name" }`.
    Departments,
}

/// Every field of `Parameters` that comes from the file, in its order there.
const PARAMETERS: [(&str, Kind); 11] = [
    ("grant_rate", Kind::Decimal),
    ("grant_cap", Kind::Decimal),
    ("max_duration_months", Kind::U32),
    ("min_normandy_structures", Kind::Usize),
    ("min_total_score", Kind::U32),
    ("criteria_maxima", Kind::Criteria),
    ("advance_rate", Kind::Decimal),
    ("de_minimis_ceiling", Kind::Decimal),
    ("de_minimis_period_years", Kind::U32),
    ("vat_standard_rate", Kind::Decimal),
    ("normandy_departments", Kind::Departments),
];

/// Parameters that start after the first version, for the rules that start
/// then: `Option<Parameter<_>>` in `Parameters`, `None` before their first date
/// and in a file without them. Only the test fixture's so far (behind its
/// feature): « licences at most 30 % of eligible costs » from 2027-07-01.
const LATER: [(&str, Kind); 1] = [("licences_max_share", Kind::Decimal)];

/// The later parameters this build declares: the fixture's with its feature only.
fn later() -> &'static [(&'static str, Kind)] {
    if env::var_os("CARGO_FEATURE_SECOND_VERSION_FIXTURE").is_some() {
        &LATER
    } else {
        &[]
    }
}

/// The fields of `CriteriaMaxima`, in the order of the scheme's text.
const CRITERIA: [&str; 6] = [
    "quality",
    "feasibility",
    "regional_interest",
    "responsible_digital",
    "security",
    "reproducibility",
];

/// One value as Rust source, and for the departments their (code, name) pairs.
struct Rendered {
    value: String,
    names: Option<String>,
}

/// A reference's French sentence and its English gloss.
struct Reference {
    fr: String,
    en: String,
}

/// One parameter: its values and references by the date they took effect.
struct Dated {
    values: BTreeMap<Date, Rendered>,
    references: BTreeMap<Date, Reference>,
}

/// One version of the table: its date, decision and each parameter in force.
struct Version<'a> {
    effective: Date,
    decision: &'a str,
    parameters: Vec<(&'static str, &'a Rendered, &'a Reference)>,
    /// The later parameters: `None` before their first date.
    later: Vec<(&'static str, Option<(&'a Rendered, &'a Reference)>)>,
}

/// Each parameter's dated values and references, in `PARAMETERS` order, then
/// the later ones', and the decisions by date.
type Table = (Vec<Dated>, BTreeMap<Date, String>);

/// Checks the whole file and returns its parameters and decisions.
fn table(json: &Value, hypothetical_allowed: bool) -> Result<Table> {
    let root = object(json, "the file")?;
    fields(
        root,
        "the file",
        &["description", "decisions", "parameters"],
        &[],
    )?;
    bilingual(&root["description"], "description")?;

    let mut decisions = BTreeMap::new();
    for (key, decision) in object(&root["decisions"], "decisions")? {
        let date = date(key, "decisions")?;
        decisions.insert(date, text(decision, &format!("decisions.{key}"))?);
    }

    let parameters = object(&root["parameters"], "parameters")?;
    let known = || PARAMETERS.iter().chain(later()).map(|(n, _)| *n);
    for name in parameters.keys() {
        if !known().any(|known| known == name) {
            return Err(format!(
                "parameters.{name}: not a field of `Parameters` (known: {})",
                known().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    let mut dated = Vec::new();
    for (name, kind) in PARAMETERS {
        let entry = parameters
            .get(name)
            .ok_or_else(|| format!("parameters.{name} is missing"))?;
        dated.push(parameter(entry, name, kind, hypothetical_allowed)?);
    }
    for &(name, kind) in later() {
        dated.push(match parameters.get(name) {
            Some(entry) => parameter(entry, name, kind, hypothetical_allowed)?,
            None => Dated {
                values: BTreeMap::new(),
                references: BTreeMap::new(),
            },
        });
    }
    Ok((dated, decisions))
}

/// Lays the parameters out as versions: one at every date at which anything changes.
fn versions<'a>(
    dated: &'a [Dated],
    decisions: &'a BTreeMap<Date, String>,
) -> Result<Vec<Version<'a>>> {
    let dates: BTreeSet<Date> = dated
        .iter()
        .flat_map(|d| d.values.keys().chain(d.references.keys()))
        .copied()
        .collect();
    for date in decisions.keys() {
        if !dates.contains(date) {
            return Err(format!(
                "decisions.{date}: no value or reference changes on that date, so no version takes effect then"
            ));
        }
    }
    let mut versions = Vec::new();
    for &effective in &dates {
        let decision = decisions.get(&effective).ok_or_else(|| {
            format!("decisions: no decision for the version that takes effect on {effective}")
        })?;
        let mut parameters = Vec::new();
        let (required, later_dated) = dated.split_at(PARAMETERS.len());
        for ((name, _), d) in PARAMETERS.iter().zip(required) {
            let in_force = |what: &str| {
                format!("parameters.{name}: no {what} in force on {effective}, when a version takes effect (the first version needs every value)")
            };
            let value = d
                .values
                .range(..=effective)
                .next_back()
                .ok_or_else(|| in_force("value"))?
                .1;
            let reference = d
                .references
                .range(..=effective)
                .next_back()
                .ok_or_else(|| in_force("reference"))?
                .1;
            parameters.push((*name, value, reference));
        }
        let later = later()
            .iter()
            .zip(later_dated)
            .map(|((name, _), d)| {
                let value = d.values.range(..=effective).next_back();
                let reference = d.references.range(..=effective).next_back();
                (*name, value.zip(reference).map(|((_, v), (_, r))| (v, r)))
            })
            .collect();
        versions.push(Version {
            effective,
            decision,
            parameters,
            later,
        });
    }
    Ok(versions)
}

/// Checks one parameter's entry: description, dated values, unit, dated references.
fn parameter(entry: &Value, name: &str, kind: Kind, hypothetical_allowed: bool) -> Result<Dated> {
    let at = format!("parameters.{name}");
    let entry = object(entry, &at)?;
    fields(entry, &at, &["description", "values", "metadata"], &[])?;
    bilingual(&entry["description"], &format!("{at}.description"))?;

    let mut values = BTreeMap::new();
    for (key, value) in nonempty(&entry["values"], &format!("{at}.values"))? {
        let here = format!("{at}.values.{key}");
        values.insert(date(key, &here)?, rendered(value, kind, &here)?);
    }

    let metadata = object(&entry["metadata"], &format!("{at}.metadata"))?;
    fields(
        metadata,
        &format!("{at}.metadata"),
        &["unit", "reference"],
        &[],
    )?;
    text(&metadata["unit"], &format!("{at}.metadata.unit"))?;
    let mut references = BTreeMap::new();
    for (key, reference) in nonempty(&metadata["reference"], &format!("{at}.metadata.reference"))? {
        let here = format!("{at}.metadata.reference.{key}");
        let date = date(key, &here)?;
        references.insert(
            date,
            self::reference(reference, &here, hypothetical_allowed)?,
        );
    }
    // A new value is stated by a new sentence: its citation must change with it.
    for date in values.keys() {
        if !references.contains_key(date) {
            return Err(format!(
                "{at}: the value taking effect on {date} has no reference dated {date} (the sentence that sets it)"
            ));
        }
    }
    Ok(Dated { values, references })
}

/// Checks a reference: the French sentence, its gloss, and where it is (or that it is made up).
fn reference(value: &Value, at: &str, hypothetical_allowed: bool) -> Result<Reference> {
    let reference = object(value, at)?;
    // `law`: the act actually applied when the scheme's text cites another
    // (de minimis: the text names Reg. 1407/2013, 2023/2831 applies), in both languages.
    fields(
        reference,
        at,
        &["fr", "en"],
        &["located", "hypothetical", "law"],
    )?;
    if let Some(law) = reference.get("law") {
        bilingual(law, &format!("{at}.law"))?;
    }
    match (reference.get("located"), reference.get("hypothetical")) {
        (Some(located), None) => {
            let here = format!("{at}.located");
            let located = object(located, &here)?;
            fields(located, &here, &["document", "line"], &[])?;
            text(&located["document"], &format!("{here}.document"))?;
            match located["line"].as_u64() {
                Some(line) if line >= 1 => {}
                _ => return Err(format!("{here}.line: expected a line number from 1")),
            }
        }
        (None, Some(Value::Bool(true))) if hypothetical_allowed => {}
        (None, Some(Value::Bool(true))) => {
            return Err(format!(
                "{at}: a hypothetical reference (test data) in the shipped parameter file"
            ))
        }
        _ => {
            return Err(format!(
                "{at}: needs either \"located\" (where the sentence is) or, in test data only, \"hypothetical\": true"
            ))
        }
    }
    Ok(Reference {
        fr: text(&reference["fr"], &format!("{at}.fr"))?,
        en: text(&reference["en"], &format!("{at}.en"))?,
    })
}

/// A value of `kind` as a Rust expression.
fn rendered(value: &Value, kind: Kind, at: &str) -> Result<Rendered> {
    let plain = |value| Ok(Rendered { value, names: None });
    match kind {
        Kind::Decimal => plain(decimal(value, at)?),
        Kind::U32 => plain(
            u32::try_from(whole(value, at)?)
                .map_err(|_| format!("{at}: too large"))?
                .to_string(),
        ),
        Kind::Usize => plain(whole(value, at)?.to_string()),
        Kind::Criteria => {
            let maxima = object(value, at)?;
            fields(maxima, at, &CRITERIA, &[])?;
            let mut code = String::from("CriteriaMaxima { ");
            for criterion in CRITERIA {
                let here = format!("{at}.{criterion}");
                let mark = u32::try_from(whole(&maxima[criterion], &here)?)
                    .map_err(|_| format!("{here}: too large"))?;
                write!(code, "{criterion}: {mark}, ").unwrap();
            }
            code.push('}');
            plain(code)
        }
        Kind::Departments => {
            let list = value
                .as_array()
                .filter(|list| !list.is_empty())
                .ok_or_else(|| {
                    format!("{at}: expected a non-empty list of {{\"code\", \"name\"}}")
                })?;
            let (mut codes, mut names) = (Vec::new(), Vec::new());
            for (i, department) in list.iter().enumerate() {
                let here = format!("{at}[{i}]");
                let department = object(department, &here)?;
                fields(department, &here, &["code", "name"], &[])?;
                let code = text(&department["code"], &format!("{here}.code"))?;
                // The code is matched against a postcode's first two characters.
                if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    return Err(format!(
                        "{here}.code: `{code}` is not a two-character department code"
                    ));
                }
                if codes.contains(&format!("{code:?}")) {
                    return Err(format!("{here}.code: `{code}` is listed twice"));
                }
                let name = text(&department["name"], &format!("{here}.name"))?;
                codes.push(format!("{code:?}"));
                names.push(format!("({code:?}, {name:?})"));
            }
            Ok(Rendered {
                value: format!("&[{}]", codes.join(", ")),
                names: Some(format!("&[{}]", names.join(", "))),
            })
        }
    }
}

/// A decimal written as a string ("0.50", "12500") as `Decimal::new(mantissa, scale)`.
fn decimal(value: &Value, at: &str) -> Result<String> {
    let written = value.as_str().ok_or_else(|| {
        format!("{at}: expected a decimal written as a string, such as \"0.50\" (a JSON number may not be exact)")
    })?;
    let refuse = || format!("{at}: `{written}` is not a decimal such as \"0.50\" or \"12500\"");
    let digits = written.strip_prefix('-').unwrap_or(written);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty()
        || (digits.contains('.') && fraction.is_empty())
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return Err(refuse());
    }
    // `Decimal::new` takes an i64 mantissa and a scale of at most 28.
    let mantissa: i64 = format!(
        "{}{whole}{fraction}",
        if digits.len() < written.len() {
            "-"
        } else {
            ""
        }
    )
    .parse()
    .map_err(|_| format!("{at}: `{written}` has too many digits"))?;
    if fraction.len() > 28 {
        return Err(format!("{at}: `{written}` has more than 28 decimal places"));
    }
    Ok(format!("Decimal::new({mantissa}, {})", fraction.len()))
}

/// A non-negative whole JSON number.
fn whole(value: &Value, at: &str) -> Result<u64> {
    value
        .as_u64()
        .ok_or_else(|| format!("{at}: expected a whole number from 0, found {value}"))
}

fn date(key: &str, at: &str) -> Result<Date> {
    Date::parse(key).ok_or_else(|| format!("{at}: `{key}` is not a real date written YYYY-MM-DD"))
}

fn object<'a>(value: &'a Value, at: &str) -> Result<&'a Map<String, Value>> {
    value
        .as_object()
        .ok_or_else(|| format!("{at}: expected an object, found {value}"))
}

fn nonempty<'a>(value: &'a Value, at: &str) -> Result<&'a Map<String, Value>> {
    let map = object(value, at)?;
    if map.is_empty() {
        return Err(format!("{at}: expected at least one date"));
    }
    Ok(map)
}

fn text(value: &Value, at: &str) -> Result<String> {
    match value.as_str() {
        Some(text) if !text.trim().is_empty() => Ok(text.to_string()),
        _ => Err(format!("{at}: expected a non-empty string, found {value}")),
    }
}

/// `{ "fr": …, "en": … }`.
fn bilingual(value: &Value, at: &str) -> Result<()> {
    let map = object(value, at)?;
    fields(map, at, &["fr", "en"], &[])?;
    text(&map["fr"], &format!("{at}.fr"))?;
    text(&map["en"], &format!("{at}.en"))?;
    Ok(())
}

/// Requires the `required` keys and refuses any not in `required` or `optional`,
/// so a misspelt key is an error rather than a value silently left out.
fn fields(map: &Map<String, Value>, at: &str, required: &[&str], optional: &[&str]) -> Result<()> {
    if let Some(missing) = required.iter().find(|key| !map.contains_key(**key)) {
        return Err(format!("{at}: \"{missing}\" is missing"));
    }
    if let Some(unknown) = map
        .keys()
        .find(|key| !required.contains(&key.as_str()) && !optional.contains(&key.as_str()))
    {
        let allowed: Vec<&str> = required.iter().chain(optional).copied().collect();
        return Err(format!(
            "{at}: unknown key \"{unknown}\" (allowed: {})",
            allowed.join(", ")
        ));
    }
    Ok(())
}

/// The generated source: one `Parameters` literal per version.
fn render(input: &str, (dated, decisions): &Table) -> Result<String> {
    let mut code = format!("// @generated by rules/build.rs from rules/{input}: edit that file, not this one.\nvec![\n");
    for version in versions(dated, decisions)? {
        let iso = version.effective.to_string();
        let (year, month, day) = (
            &iso[0..4],
            iso[5..7].trim_start_matches('0'),
            iso[8..10].trim_start_matches('0'),
        );
        writeln!(code, "    Parameters {{").unwrap();
        writeln!(code, "        effective: Date::new({year}, {month}, {day}).expect(\"a real date (checked by build.rs)\"),").unwrap();
        writeln!(code, "        decision: {:?},", version.decision).unwrap();
        let mut names = None;
        for (name, value, reference) in &version.parameters {
            writeln!(
                code,
                "        {name}: Parameter {{ value: {}, citation: {:?}, citation_en: {:?} }},",
                value.value, reference.fr, reference.en
            )
            .unwrap();
            names = names.or(value.names.as_deref());
        }
        for (name, in_force) in &version.later {
            match in_force {
                Some((value, reference)) => writeln!(
                    code,
                    "        {name}: Some(Parameter {{ value: {}, citation: {:?}, citation_en: {:?} }}),",
                    value.value, reference.fr, reference.en
                ),
                None => writeln!(code, "        {name}: None,"),
            }
            .unwrap();
        }
        writeln!(
            code,
            "        department_names: {},",
            names.expect("the departments are a parameter")
        )
        .unwrap();
        writeln!(code, "    }},").unwrap();
    }
    code.push_str("]\n");
    Ok(code)
}

/// A JSON document read like `serde_json::Value`, except that a key repeated
/// in one object is an error: serde_json would keep the last one silently, and
/// a date pasted twice would lose a value without a word.
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> std::result::Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Value, A::Error> {
        let mut list = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            list.push(item);
        }
        Ok(Value::Array(list))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let Strict(value) = map.next_value()?;
            if object.insert(key.clone(), value).is_some() {
                return Err(de::Error::custom(format!(
                    "the key \"{key}\" appears twice in one object"
                )));
            }
        }
        Ok(Value::Object(object))
    }
}

// Run by `cargo test`: rules/tests/params.rs includes this file as a module.
#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED_TEXT: &str = include_str!("params/booster-ia.json");

    /// The shipped file with `from` replaced by `to` (which must occur once).
    fn edited(from: &str, to: &str) -> String {
        assert_eq!(
            SHIPPED_TEXT.matches(from).count(),
            1,
            "edit `{from}` is ambiguous or absent"
        );
        SHIPPED_TEXT.replacen(from, to, 1)
    }

    fn refused(text: &str) -> String {
        source(text, "test.json", false).expect_err("the generator should refuse this file")
    }

    #[test]
    fn the_shipped_file_is_accepted() {
        assert!(source(SHIPPED_TEXT, SHIPPED, false).is_ok());
    }

    #[test]
    fn malformed_json_is_refused() {
        assert!(refused(
            SHIPPED_TEXT
                .split_once("\"decisions\"")
                .expect("decisions")
                .0
        )
        .contains("not valid JSON"));
    }

    #[test]
    fn a_key_written_twice_is_refused() {
        let text = edited("\"2024-06-24\": 6", "\"2024-06-24\": 6, \"2024-06-24\": 7");
        assert!(refused(&text).contains("appears twice"));
    }

    #[test]
    fn a_date_that_is_not_in_the_calendar_is_refused() {
        let text = edited("\"2024-06-24\": 6", "\"2024-02-30\": 6");
        assert!(refused(&text).contains("`2024-02-30` is not a real date"));
    }

    #[test]
    fn a_decimal_that_does_not_parse_is_refused() {
        let text = edited("\"2024-06-24\": \"12500\"", "\"2024-06-24\": \"12 500\"");
        assert!(refused(&text).contains("`12 500` is not a decimal"));
        let text = edited("\"2024-06-24\": \"12500\"", "\"2024-06-24\": 12500");
        assert!(refused(&text).contains("decimal written as a string"));
    }

    #[test]
    fn a_parameter_with_no_value_for_the_first_version_is_refused() {
        // The duration's value and sentence now start a day after everything else.
        let text = SHIPPED_TEXT.replace("\"2024-06-24\": 6", "\"2024-06-25\": 6");
        let text = text.replacen(
            "\"2024-06-24\": {\n            \"fr\": \"La preuve",
            "\"2024-06-25\": {\n            \"fr\": \"La preuve",
            1,
        );
        let text = text.replace(
            "\"2024-06-24\": \"Assemblée plénière du 24 juin 2024\"",
            "\"2024-06-24\": \"Assemblée plénière du 24 juin 2024\", \"2024-06-25\": \"x\"",
        );
        let message = refused(&text);
        assert!(
            message.contains("max_duration_months: no value in force on 2024-06-24"),
            "{message}"
        );
    }

    #[test]
    fn a_new_value_with_no_decision_or_no_sentence_is_refused() {
        let text = edited("\"2024-06-24\": 6", "\"2024-06-24\": 6, \"2025-01-01\": 7");
        assert!(refused(&text).contains("no reference dated 2025-01-01"));
        let text = text.replacen(
            "\"line\": 184 }",
            "\"line\": 184 } }, \"2025-01-01\": { \"fr\": \"x\", \"en\": \"x\", \"located\": { \"document\": \"d\", \"line\": 1 }",
            1,
        );
        assert!(
            refused(&text).contains("no decision for the version that takes effect on 2025-01-01")
        );
    }

    #[test]
    fn missing_and_misspelt_keys_are_refused() {
        assert!(refused(&edited("\"advance_rate\"", "\"advance_rates\""))
            .contains("not a field of `Parameters`"));
        let text = edited("\"unit\": \"month\"", "\"units\": \"month\"");
        assert!(refused(&text).contains("\"unit\" is missing"));
    }

    #[test]
    fn a_hypothetical_reference_is_refused_outside_test_data() {
        let text = edited(
            "\"located\": { \"document\": \"docs/booster-ia.txt\", \"line\": 184 }",
            "\"hypothetical\": true",
        );
        assert!(refused(&text).contains("hypothetical reference (test data) in the shipped"));
        assert!(source(&text, "test.json", true).is_ok());
    }
}
