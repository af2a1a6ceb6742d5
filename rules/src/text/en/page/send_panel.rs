use crate::text::page::send_panel::SendPanelSentence;
use crate::text::page::InEnglishSentence;
use crate::text::page::{InEnglish, SendPanelWord};

impl InEnglish for SendPanelWord {
    fn en(self) -> &'static str {
        use SendPanelWord::*;
        match self {
            Colon => ": ",
            Heading => "Send to this site",
            NothingToSend => "Nothing to send yet: give the project a title, a partner or a budget line, then you can send your simulation to this site.",
            AddDetails => "Add the details (lines, partners, checks)",
            SeeExactData => "See the exact data sent (JSON)",
            DataSent => "Data sent",
            Send => "Send",
            Cancel => "Cancel",
            SendMySimulation => "Send my simulation to this site",
        }
    }
}

impl InEnglishSentence for SendPanelSentence<'_> {
    fn en(&self) -> String {
        match *self {
            SendPanelSentence::WillReceive { origin } => {
                format!("The site {origin} will receive exactly this, and nothing more afterwards:")
            }
            SendPanelSentence::Sent { origin } => format!("Simulation sent to {origin}."),
        }
    }
}
