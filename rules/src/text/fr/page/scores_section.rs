use crate::text::page::{InFrench, ScoresSectionWord};

impl InFrench for ScoresSectionWord {
    fn fr(self) -> &'static str {
        use ScoresSectionWord::*;
        match self {
            Heading => "Auto-évaluation (estimation)",
        }
    }
}

/// « La Région note le projet ; … inférieure à 50/100 rend l’opération inéligible. »
pub(in crate::text) fn purpose(minimum: u32, out_of: u32) -> String {
    format!("La Région note le projet ; cette estimation vous aide à repérer vos points faibles. Toute note inférieure à {minimum}/{out_of} rend l’opération inéligible.")
}

/// « Note entière de 0 à 20 ».
pub(in crate::text) fn whole_mark(max: u32) -> String {
    format!("Note entière de 0 à {max}")
}

/// « Total estimé : 62/100 — minimum 50/100 ».
pub(in crate::text) fn total(total: u32, minimum: u32, out_of: u32) -> String {
    format!("Total estimé : {total}/{out_of} — minimum {minimum}/{out_of}")
}
