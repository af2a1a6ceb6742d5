use crate::date::Date;
use crate::locale::Lang;
use crate::text::date;

/// « Projet du 01/02/2027 → 31/07/2027 ; fin au plus tard le 31/07/2027 ».
pub(in crate::text) fn summary(start: Date, end: Date, last_allowed_end: Date) -> String {
    format!(
        "Projet du {} → {} ; fin au plus tard le {}",
        date(start, Lang::Fr),
        date(end, Lang::Fr),
        date(last_allowed_end, Lang::Fr)
    )
}
