//! The sentences of the page's `stand_countdown` part: the stand's warning
//! before it clears the page for the next visitor.

/// A sentence of the stand's countdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StandCountdownSentence {
    /// The page is cleared in `seconds` unless touched.
    ClearedIn {
        /// Seconds left.
        seconds: u32,
    },
}
