//! The words of the page's `cap_gauge` part.

/// A word of the page's `cap_gauge` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapGaugeWord {
    /// “Potential grant”
    PotentialGrant,
    /// “out of a cap of”
    OutOfACapOf,
}
