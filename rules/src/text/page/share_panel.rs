//! The words of the page's `share_panel` part.

/// A word of the page's `share_panel` part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharePanelWord {
    /// “Share this simulation”
    ShareThisSimulation,
    /// “This browser cannot compress the share link: export the JSON file.”
    ThisBrowserCannotCompressThe,
    /// “Export the JSON file”
    ExportTheJSONFile,
    /// “Preparing the link…”
    PreparingTheLink,
    /// “The link holds the whole draft, in the part after “#”, which the browser sends to no se…”
    TheLinkHoldsTheWhole,
    /// “Link”
    Link,
    /// “Copy the link”
    CopyTheLink,
    /// “Link copied.”
    LinkCopied,
    /// “The browser did not allow copying: select the link and copy it.”
    TheBrowserDidNotAllow,
    /// “Close”
    Close,
    /// “QR code of the share link”
    QRCodeOfTheShare,
}
