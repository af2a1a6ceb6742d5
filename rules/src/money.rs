//! Euro amounts: the draft format's strict spelling, how people type them,
//! and how each language writes them. Always `Decimal`, never `f64`.

use crate::locale::{EuroSign, Formats, Lang};
use rust_decimal::{Decimal, RoundingStrategy};

/// Why an amount could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    /// Nothing that reads as a number.
    Malformed,
    /// Below zero.
    Negative,
    /// More than two decimals (cents are the smallest unit).
    TooManyDecimals,
    /// Larger than can be computed with.
    TooLarge,
}

/// Largest amount accepted on one line: 10^15 €, far above any real budget,
/// low enough that 10 000 lines still add up without overflowing `Decimal`.
pub fn max_line_amount() -> Decimal {
    Decimal::from(1_000_000_000_000_000u64)
}

/// Reads the draft format's spelling: ASCII digits, optionally `.` and one or
/// two decimals (`"4000"`, `"4000.5"`, `"4000.00"`). No sign, exponent or separator.
pub fn parse_amount(text: &str) -> Result<Decimal, AmountError> {
    if let Some(rest) = text.strip_prefix('-') {
        // No sign is allowed; a number after it is reported as negative.
        return match parse_amount(rest) {
            Ok(_) => Err(AmountError::Negative),
            Err(_) => Err(AmountError::Malformed),
        };
    }
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
        return Err(AmountError::Malformed);
    }
    if fraction.is_some_and(|f| f.len() > 2) {
        return Err(AmountError::TooManyDecimals);
    }
    let digits = whole.trim_start_matches('0');
    if digits.len() > 16 {
        return Err(AmountError::TooLarge);
    }
    let value: Decimal = text.parse().map_err(|_| AmountError::TooLarge)?;
    if value > max_line_amount() {
        return Err(AmountError::TooLarge);
    }
    Ok(value)
}

/// Reads an amount as a person types it in `lang`: French `12 500,50`,
/// `12500,50`, `12 500 €`; English `12,500.50`, `12500.50`, `€12,500`.
/// Returns `Ok(None)` for a blank field.
pub fn parse_typed_amount(text: &str, lang: Lang) -> Result<Option<Decimal>, AmountError> {
    parse_amount_as(text, lang.formats())
}

/// Reads an amount typed with the separators of `formats` (see
/// [`parse_typed_amount`]).
pub fn parse_amount_as(text: &str, formats: Formats) -> Result<Option<Decimal>, AmountError> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '€'))
        .collect();
    let cleaned = cleaned
        .strip_suffix("EUR")
        .or_else(|| cleaned.strip_suffix("eur"))
        .unwrap_or(&cleaned)
        .to_string();
    if cleaned.is_empty() {
        return Ok(None);
    }
    let (group, decimal) = (formats.typed_thousands, formats.decimal);
    // In French a dot is taken as a decimal point when it cannot be a thousands
    // separator (`12.5`), since many people type amounts that way.
    let groups_ok = |whole: &str, sep: char| {
        let parts: Vec<&str> = whole.split(sep).collect();
        parts.len() == 1
            || (!parts[0].is_empty()
                && !parts[0].starts_with('0')
                && parts[0].len() <= 3
                && parts[1..].iter().all(|p| p.len() == 3))
    };
    let (whole, fraction) = match cleaned.rsplit_once(decimal) {
        Some((w, f)) => (w.to_string(), Some(f.to_string())),
        None if formats.reads_lone_dot && cleaned.matches('.').count() == 1 => {
            let (w, f) = cleaned.split_once('.').expect("one dot");
            if f.len() == 3 && (1..=3).contains(&w.len()) && !w.starts_with('0') {
                (format!("{w}{f}"), None)
            } else {
                (w.to_string(), Some(f.to_string()))
            }
        }
        None => (cleaned.clone(), None),
    };
    if whole.contains(decimal) || fraction.as_deref().is_some_and(|f| f.contains(group)) {
        return Err(AmountError::Malformed);
    }
    if !groups_ok(&whole, group) {
        return Err(AmountError::Malformed);
    }
    let whole: String = whole.chars().filter(|c| *c != group).collect();
    let canonical = match fraction {
        Some(f) => format!("{whole}.{f}"),
        None => whole,
    };
    parse_amount(&canonical).map(Some)
}

/// The draft format's spelling: exactly two decimals, `"4000.00"`.
pub fn format_amount(value: Decimal) -> String {
    let cents = value.round_dp_with_strategy(2, RoundingStrategy::ToZero);
    format!("{cents:.2}")
}

/// Money for a reader: `12 500,50 €` in French (narrow no-break space between
/// thousands, no-break space before €), `€12,500.50` in English.
pub fn format_money(value: Decimal, lang: Lang) -> String {
    let plain = format_amount(value.abs());
    let (whole, cents) = plain.split_once('.').expect("two decimals");
    let sign = if value.is_sign_negative() && !value.is_zero() {
        "−"
    } else {
        ""
    };
    let f = lang.formats();
    let number = format!(
        "{}{}{cents}",
        group_thousands(whole, f.thousands),
        f.decimal
    );
    match f.euro {
        EuroSign::After => format!("{sign}{number}\u{a0}€"),
        EuroSign::Before => format!("{sign}€{number}"),
    }
}

/// A rate for a reader: `50 %` in French, `50%` in English (up to two decimals).
pub fn format_percent(rate: Decimal, lang: Lang) -> String {
    let percent = (rate * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(2, RoundingStrategy::ToZero)
        .normalize();
    let f = lang.formats();
    let text = percent.to_string().replace('.', &f.decimal.to_string());
    format!("{text}{}%", f.before_percent)
}

/// An amount as a spreadsheet cell of `formats` writes it: two decimals, no
/// thousands separator, no sign (`1234,50` in French, `1234.50` in English).
pub fn format_decimal(value: Decimal, formats: Formats) -> String {
    format_amount(value).replace('.', &formats.decimal.to_string())
}

fn group_thousands(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn the_draft_spelling_is_strict() {
        assert_eq!(parse_amount("4000"), Ok(dec("4000")));
        assert_eq!(parse_amount("4000.5"), Ok(dec("4000.5")));
        assert_eq!(parse_amount("0.00"), Ok(dec("0")));
        assert_eq!(parse_amount("-5"), Err(AmountError::Negative));
        assert_eq!(parse_amount("-0"), Err(AmountError::Negative));
        assert_eq!(parse_amount("--5"), Err(AmountError::Malformed));
        assert_eq!(parse_amount("4000.001"), Err(AmountError::TooManyDecimals));
        for bad in [
            "", "1e30", "NaN", "12,5,5", "+5", "4 000", ".5", "5.", "0x10", "-",
        ] {
            assert_eq!(parse_amount(bad), Err(AmountError::Malformed), "{bad}");
        }
        assert_eq!(
            parse_amount("99999999999999999999999999999"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(parse_amount("1000000000000000.00"), Ok(max_line_amount()));
        assert_eq!(
            parse_amount("1000000000000000.01"),
            Err(AmountError::TooLarge)
        );
    }

    #[test]
    fn typed_amounts_read_as_people_write_them() {
        let fr = |t| parse_typed_amount(t, Lang::Fr);
        let en = |t| parse_typed_amount(t, Lang::En);
        assert_eq!(fr("12 500,50"), Ok(Some(dec("12500.50"))));
        assert_eq!(fr("12\u{202f}500,50\u{a0}€"), Ok(Some(dec("12500.50"))));
        assert_eq!(fr("12500,50"), Ok(Some(dec("12500.50"))));
        assert_eq!(fr("12 500 €"), Ok(Some(dec("12500"))));
        assert_eq!(fr("12.500"), Ok(Some(dec("12500"))));
        assert_eq!(fr("12.5"), Ok(Some(dec("12.5"))));
        // A dot is a thousands separator only where it can be one.
        assert_eq!(fr("0.500"), Err(AmountError::TooManyDecimals));
        assert_eq!(fr("1234.567"), Err(AmountError::TooManyDecimals));
        assert_eq!(en("0,500"), Err(AmountError::Malformed));
        assert_eq!(fr("1 234"), Ok(Some(dec("1234"))));
        assert_eq!(fr("  "), Ok(None));
        assert_eq!(fr("12,5,5"), Err(AmountError::Malformed));
        assert_eq!(fr("douze"), Err(AmountError::Malformed));
        assert_eq!(fr("-5"), Err(AmountError::Negative));
        assert_eq!(en("12,500.50"), Ok(Some(dec("12500.50"))));
        assert_eq!(en("12500.50"), Ok(Some(dec("12500.50"))));
        assert_eq!(en("€12,500"), Ok(Some(dec("12500"))));
        assert_eq!(en("1,25"), Err(AmountError::Malformed));
        assert_eq!(en("12.5.5"), Err(AmountError::Malformed));
        assert_eq!(en("12.505"), Err(AmountError::TooManyDecimals));
    }

    #[test]
    fn money_is_written_in_each_language() {
        assert_eq!(
            format_money(dec("12500"), Lang::Fr),
            "12\u{202f}500,00\u{a0}€"
        );
        assert_eq!(format_money(dec("7750.5"), Lang::En), "€7,750.50");
        assert_eq!(format_money(dec("999"), Lang::En), "€999.00");
        assert_eq!(format_money(dec("1234567.891"), Lang::En), "€1,234,567.89");
        assert_eq!(format_amount(dec("4000")), "4000.00");
        assert_eq!(format_percent(dec("0.5"), Lang::Fr), "50\u{a0}%");
        assert_eq!(format_percent(dec("0.40322"), Lang::En), "40.32%");
    }
}
