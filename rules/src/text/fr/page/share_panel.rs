use crate::text::page::{InFrench, SharePanelWord};

impl InFrench for SharePanelWord {
    fn fr(self) -> &'static str {
        use SharePanelWord::*;
        match self {
            ShareThisSimulation => "Partager cette simulation",
            ThisBrowserCannotCompressThe => "Ce navigateur ne sait pas compresser le lien de partage : exportez le fichier JSON.",
            ExportTheJSONFile => "Exporter le fichier JSON",
            PreparingTheLink => "Préparation du lien…",
            TheLinkHoldsTheWhole => "Le lien contient tout le brouillon, dans la partie après « # » que le navigateur n’envoie à aucun serveur.",
            Link => "Lien",
            CopyTheLink => "Copier le lien",
            LinkCopied => "Lien copié.",
            TheBrowserDidNotAllow => "Le navigateur n’a pas permis la copie : sélectionnez le lien et copiez-le.",
            Close => "Fermer",
            QRCodeOfTheShare => "QR code du lien de partage",
        }
    }
}
