use crate::locale::Lang;
use crate::text::money;
use rust_decimal::Decimal;

/// « Aide potentielle 6 000,00 € sur un plafond de 12 500,00 € ».
pub(in crate::text) fn summary(grant: Decimal, cap: Decimal) -> String {
    format!(
        "Aide potentielle {} sur un plafond de {}",
        money(grant, Lang::Fr),
        money(cap, Lang::Fr)
    )
}
