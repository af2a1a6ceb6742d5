use crate::text::page::{DateFieldWord, InFrench};

impl InFrench for DateFieldWord {
    fn fr(self) -> &'static str {
        use DateFieldWord::*;
        match self {
            FormatHint => "Jour/mois/année, par exemple 31/03/2027, 31/3/27 ou 31 mars 2027.",
            ImpossibleDate => "Date incomplète ou inexistante : jour/mois/année attendus (31/03/2027 ou 31 mars 2027).",
        }
    }
}

/// Les mois, janvier d'abord.
pub(in crate::text) const MONTH_NAMES: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// « 1er ».
pub(in crate::text) const ORDINAL_ENDINGS: &[&str] = &["er"];
