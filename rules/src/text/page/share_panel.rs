//! The words and sentences of the page's share panel, and of the share links it makes.

/// A word of the page's share panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharePanelWord {
    /// “Share this simulation”
    Heading,
    /// “This browser cannot compress the share link: export the JSON file.”
    CannotCompress,
    /// “Export the JSON file”
    ExportJson,
    /// “Preparing the link…”
    Preparing,
    /// “The link holds the whole draft, in the part after “#”, which the browser sends to no se…”
    Intro,
    /// “Link”
    Link,
    /// “Copy the link”
    CopyLink,
    /// “Link copied.”
    LinkCopied,
    /// “The browser did not allow copying: select the link and copy it.”
    CopyRefused,
    /// “Close”
    Close,
    /// “QR code of the share link”
    QrCodeLabel,
}

/// A sentence of the share panel, or about a share link.
#[derive(Clone, Copy, Debug)]
pub enum SharePanelSentence<'a> {
    /// The link is too long for a QR code.
    TooLargeForQr {
        /// The link's length in bytes.
        bytes: usize,
        /// The longest a QR code carries here.
        max: usize,
    },
    /// A share link of a version this simulator does not know.
    UnknownLinkVersion {
        /// The link's version.
        version: &'a str,
    },
    /// A share link cut or altered.
    DamagedLink,
    /// A share link that does not hold a valid draft.
    InvalidLink {
        /// Why the draft is not valid.
        error: &'a crate::format::DraftError,
    },
}
