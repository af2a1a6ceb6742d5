//! The words of the page's `storage` part: why what this browser saved
//! could not be read back, and where it was set aside.

/// A word of storage: what is wrong with the saved scenarios.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageWord {
    /// The saved text is not JSON.
    NotJson,
    /// Its `editing` is not a scenario's name.
    EditingNotAName,
    /// Its `others` is not an object.
    OthersNotAnObject,
}

/// A sentence of storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageSentence<'a> {
    /// A key of `others` is not a scenario's name.
    NotScenarioName {
        /// The key.
        name: &'a str,
    },
    /// A value of `others` is not a text.
    NotDraft {
        /// Its key.
        name: &'a str,
    },
    /// A scenario's draft is invalid.
    InvalidDraft {
        /// Its key.
        name: &'a str,
        /// What is wrong, already in the page's language.
        problem: &'a str,
    },
    /// The saved scenarios could not be read back; set aside under `key`.
    ScenariosSetAside {
        /// What is wrong, already in the page's language.
        problem: &'a str,
        /// The storage key they were set aside under.
        key: &'a str,
    },
    /// The saved draft could not be read back; set aside under `key`.
    DraftSetAside {
        /// What is wrong, already in the page's language.
        problem: &'a str,
        /// The storage key it was set aside under.
        key: &'a str,
    },
}
