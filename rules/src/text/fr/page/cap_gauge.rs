use crate::text::page::{CapGaugeWord, InFrench};

impl InFrench for CapGaugeWord {
    fn fr(self) -> &'static str {
        use CapGaugeWord::*;
        match self {
            PotentialGrant => "Aide potentielle",
            OutOfACapOf => "sur un plafond de",
        }
    }
}
