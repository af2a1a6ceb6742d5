//! The words of the page's `state` part.

/// A word of the page's `state` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateWord {
    /// “ (copy)”
    Copy,
}
