use crate::text::page::{InEnglish, StorageWord};

impl InEnglish for StorageWord {
    fn en(self) -> &'static str {
        use StorageWord::*;
        match self {
            Symbol => ":",
        }
    }
}
