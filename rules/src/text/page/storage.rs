//! The words of the page's `storage` part.

/// A word of the page's `storage` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageWord {
    /// “:”
    Symbol,
}
