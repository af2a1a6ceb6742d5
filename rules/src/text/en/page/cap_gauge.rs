use crate::locale::Lang;
use crate::text::money;
use rust_decimal::Decimal;

/// "Potential grant €6,000.00 out of a cap of €12,500.00".
pub(in crate::text) fn summary(grant: Decimal, cap: Decimal) -> String {
    format!(
        "Potential grant {} out of a cap of {}",
        money(grant, Lang::En),
        money(cap, Lang::En)
    )
}
