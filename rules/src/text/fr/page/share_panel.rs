use crate::locale::Lang;
use crate::text::page::share_panel::SharePanelSentence;
use crate::text::page::InFrenchSentence;
use crate::text::page::{InFrench, SharePanelWord};

impl InFrench for SharePanelWord {
    fn fr(self) -> &'static str {
        use SharePanelWord::*;
        match self {
            Heading => "Partager cette simulation",
            CannotCompress => "Ce navigateur ne sait pas compresser le lien de partage : exportez le fichier JSON.",
            ExportJson => "Exporter le fichier JSON",
            Preparing => "Préparation du lien…",
            Intro => "Le lien contient tout le brouillon, dans la partie après « # » que le navigateur n’envoie à aucun serveur.",
            Link => "Lien",
            CopyLink => "Copier le lien",
            LinkCopied => "Lien copié.",
            CopyRefused => "Le navigateur n’a pas permis la copie : sélectionnez le lien et copiez-le.",
            Close => "Fermer",
            QrCodeLabel => "QR code du lien de partage",
        }
    }
}

impl InFrenchSentence for SharePanelSentence<'_> {
    fn fr(&self) -> String {
        use SharePanelSentence::*;
        match *self {
            TooLargeForQr { bytes, max } => format!("Ce brouillon est trop grand pour un QR code (lien de {bytes} octets, {max} au plus) : envoyez le lien ci-dessus, ou le fichier JSON."),
            UnknownLinkVersion { version } => format!("Ce lien de partage est d’une version inconnue ({version}) : ouvrez-le avec une version plus récente du simulateur. Rien n’a été modifié."),
            DamagedLink => "Ce lien de partage est abîmé (coupé ou modifié). Rien n’a été modifié.".into(),
            InvalidLink { error } => format!("Ce lien de partage ne contient pas un brouillon valide ({}). Rien n’a été modifié.", error.message(Lang::Fr)),
        }
    }
}
