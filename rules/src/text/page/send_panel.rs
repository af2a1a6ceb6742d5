//! The words and sentences of the page's panel that sends the simulation to the host site.

/// A word of the page's panel that sends the simulation to the host site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendPanelWord {
    /// The colon between a key and the keys inside it (« : » in French).
    Colon,
    /// “Send to this site”
    Heading,
    /// “Nothing to send yet: give the project a title, a partner or a budget line, then you can…”
    NothingToSend,
    /// “Add the details (lines, partners, checks)”
    AddDetails,
    /// “See the exact data sent (JSON)”
    SeeExactData,
    /// “Data sent”
    DataSent,
    /// “Send”
    Send,
    /// “Cancel”
    Cancel,
    /// “Send my simulation to this site”
    SendMySimulation,
}

/// A sentence of the panel that sends the simulation, with the host's origin.
#[derive(Clone, Copy, Debug)]
pub enum SendPanelSentence<'a> {
    /// What the host will receive, before the list.
    WillReceive {
        /// The host page's origin.
        origin: &'a str,
    },
    /// The simulation was sent.
    Sent {
        /// The host page's origin.
        origin: &'a str,
    },
}
