use crate::locale::Lang;
use crate::text::page::share_panel::SharePanelSentence;
use crate::text::page::InEnglishSentence;
use crate::text::page::{InEnglish, SharePanelWord};

impl InEnglish for SharePanelWord {
    fn en(self) -> &'static str {
        use SharePanelWord::*;
        match self {
            Heading => "Share this simulation",
            CannotCompress => "This browser cannot compress the share link: export the JSON file.",
            ExportJson => "Export the JSON file",
            Preparing => "Preparing the link…",
            Intro => "The link holds the whole draft, in the part after “#”, which the browser sends to no server.",
            Link => "Link",
            CopyLink => "Copy the link",
            LinkCopied => "Link copied.",
            CopyRefused => "The browser did not allow copying: select the link and copy it.",
            Close => "Close",
            QrCodeLabel => "QR code of the share link",
        }
    }
}

impl InEnglishSentence for SharePanelSentence<'_> {
    fn en(&self) -> String {
        use SharePanelSentence::*;
        match *self {
            TooLargeForQr { bytes, max } => format!("This draft is too large for a QR code (a {bytes}-byte link, {max} at most): send the link above, or the JSON file."),
            UnknownLinkVersion { version } => format!("This share link is of an unknown version ({version}): open it with a newer simulator. Nothing was changed."),
            DamagedLink => "This share link is damaged (cut or altered). Nothing was changed.".into(),
            InvalidLink { error } => format!("This share link does not hold a valid draft ({}). Nothing was changed.", error.message(Lang::En)),
        }
    }
}
