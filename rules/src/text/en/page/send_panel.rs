use crate::text::page::{InEnglish, SendPanelWord};

impl InEnglish for SendPanelWord {
    fn en(self) -> &'static str {
        use SendPanelWord::*;
        match self {
            Symbol => ": ",
            SendToThisSite => "Send to this site",
            NothingToSendYetGive => "Nothing to send yet: give the project a title, a partner or a budget line, then you can send your simulation to this site.",
            AddTheDetailsLinesPartners => "Add the details (lines, partners, checks)",
            SeeTheExactDataSent => "See the exact data sent (JSON)",
            DataSent => "Data sent",
            Send => "Send",
            Cancel => "Cancel",
            SendMySimulationToThis => "Send my simulation to this site",
        }
    }
}
