use crate::text::page::{InFrench, StateWord};

impl InFrench for StateWord {
    fn fr(self) -> &'static str {
        use StateWord::*;
        match self {
            Copy => " (copie)",
        }
    }
}
