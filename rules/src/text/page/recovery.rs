//! The words of the message shown if the app ever stops on an error.

/// A word of the message shown if the app stops on an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoveryWord {
    /// “The simulator stopped on an error. Your saved draft is intact: …”
    Stopped,
    /// “Download my draft”
    DownloadDraft,
    /// The name of the draft's file downloaded from the message.
    DraftFileName,
    /// “Reload”
    Reload,
}
