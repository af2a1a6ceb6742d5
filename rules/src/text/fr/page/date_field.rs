use crate::text::page::{DateFieldWord, InFrench};

impl InFrench for DateFieldWord {
    fn fr(self) -> &'static str {
        use DateFieldWord::*;
        match self {
            DayFirstForExample31 => "Jour/mois/année, par exemple 31/03/2027, 31/3/27 ou 31 mars 2027.",
            IncompleteOrImpossibleDateDay => "Date incomplète ou inexistante : jour/mois/année attendus (31/03/2027 ou 31 mars 2027).",
        }
    }
}
