use crate::text::page::{InEnglish, SharePanelWord};

impl InEnglish for SharePanelWord {
    fn en(self) -> &'static str {
        use SharePanelWord::*;
        match self {
            ShareThisSimulation => "Share this simulation",
            ThisBrowserCannotCompressThe => "This browser cannot compress the share link: export the JSON file.",
            ExportTheJSONFile => "Export the JSON file",
            PreparingTheLink => "Preparing the link…",
            TheLinkHoldsTheWhole => "The link holds the whole draft, in the part after “#”, which the browser sends to no server.",
            Link => "Link",
            CopyTheLink => "Copy the link",
            LinkCopied => "Link copied.",
            TheBrowserDidNotAllow => "The browser did not allow copying: select the link and copy it.",
            Close => "Close",
            QRCodeOfTheShare => "QR code of the share link",
        }
    }
}
