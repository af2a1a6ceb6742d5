use crate::text::page::{ConflictBarWord, InFrench};

impl InFrench for ConflictBarWord {
    fn fr(self) -> &'static str {
        use ConflictBarWord::*;
        match self {
            ChangedInAnotherTab => "Ce brouillon a été modifié dans un autre onglet. Cet onglet n’enregistre plus rien tant que vous n’avez pas choisi.",
            LoadOther => "Charger la version de l’autre onglet",
            KeepThis => "Garder celle-ci",
        }
    }
}
