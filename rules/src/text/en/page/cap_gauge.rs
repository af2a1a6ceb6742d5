use crate::text::page::{CapGaugeWord, InEnglish};

impl InEnglish for CapGaugeWord {
    fn en(self) -> &'static str {
        use CapGaugeWord::*;
        match self {
            PotentialGrant => "Potential grant",
            OutOfACapOf => "out of a cap of",
        }
    }
}
