use crate::text::page::send_panel::SendPanelSentence;
use crate::text::page::InFrenchSentence;
use crate::text::page::{InFrench, SendPanelWord};

impl InFrench for SendPanelWord {
    fn fr(self) -> &'static str {
        use SendPanelWord::*;
        match self {
            Colon => " : ",
            Heading => "Transmettre au site",
            NothingToSend => "Rien à envoyer pour l’instant : donnez un titre au projet, un partenaire ou une ligne de budget, puis vous pourrez envoyer votre simulation à ce site.",
            AddDetails => "Ajouter le détail (lignes, partenaires, vérifications)",
            SeeExactData => "Voir les données exactes envoyées (JSON)",
            DataSent => "Données envoyées",
            Send => "Envoyer",
            Cancel => "Annuler",
            SendMySimulation => "Envoyer ma simulation à ce site",
        }
    }
}

impl InFrenchSentence for SendPanelSentence<'_> {
    fn fr(&self) -> String {
        match *self {
            SendPanelSentence::WillReceive { origin } => {
                format!("Le site {origin} recevra exactement ceci, et rien d’autre ensuite :")
            }
            SendPanelSentence::Sent { origin } => format!("Simulation envoyée à {origin}."),
        }
    }
}
