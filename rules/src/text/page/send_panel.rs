//! The words of the page's `send_panel` part.

/// A word of the page's `send_panel` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendPanelWord {
    /// “: ”
    Symbol,
    /// “Send to this site”
    SendToThisSite,
    /// “Nothing to send yet: give the project a title, a partner or a budget line, then you can…”
    NothingToSendYetGive,
    /// “Add the details (lines, partners, checks)”
    AddTheDetailsLinesPartners,
    /// “See the exact data sent (JSON)”
    SeeTheExactDataSent,
    /// “Data sent”
    DataSent,
    /// “Send”
    Send,
    /// “Cancel”
    Cancel,
    /// “Send my simulation to this site”
    SendMySimulationToThis,
}
