use crate::text::page::{InFrench, RecoveryWord};

impl InFrench for RecoveryWord {
    fn fr(self) -> &'static str {
        use RecoveryWord::*;
        match self {
            Stopped => "Le simulateur s’est arrêté sur une erreur. Votre brouillon enregistré est intact : téléchargez-le ou rechargez la page.",
            DownloadDraft => "Télécharger mon brouillon",
            DraftFileName => "booster-ia-brouillon-recupere.json",
            Reload => "Recharger",
        }
    }
}
