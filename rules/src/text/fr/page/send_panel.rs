use crate::text::page::{InFrench, SendPanelWord};

impl InFrench for SendPanelWord {
    fn fr(self) -> &'static str {
        use SendPanelWord::*;
        match self {
            Symbol => " : ",
            SendToThisSite => "Transmettre au site",
            NothingToSendYetGive => "Rien à envoyer pour l’instant : donnez un titre au projet, un partenaire ou une ligne de budget, puis vous pourrez envoyer votre simulation à ce site.",
            AddTheDetailsLinesPartners => "Ajouter le détail (lignes, partenaires, vérifications)",
            SeeTheExactDataSent => "Voir les données exactes envoyées (JSON)",
            DataSent => "Données envoyées",
            Send => "Envoyer",
            Cancel => "Annuler",
            SendMySimulationToThis => "Envoyer ma simulation à ce site",
        }
    }
}
