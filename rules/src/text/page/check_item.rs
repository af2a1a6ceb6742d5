//! The words of the page's `check_item` part.

/// A word of the page's `check_item` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckItemWord {
    /// “Our reading:”
    OurReading,
    /// “Rule”
    Rule,
}
