use crate::text::page::{InFrench, StorageWord};

impl InFrench for StorageWord {
    fn fr(self) -> &'static str {
        use StorageWord::*;
        match self {
            Symbol => " :",
        }
    }
}
