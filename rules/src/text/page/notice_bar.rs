//! The words of the page's `notice_bar` part.

/// A word of the page's `notice_bar` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeBarWord {
    /// “Dismiss”
    Dismiss,
}
