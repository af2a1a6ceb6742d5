use crate::date::Date;
use crate::locale::Lang;
use crate::text::date;

/// "Project from 1 Feb 2027 → 31 Jul 2027; end by 31 Jul 2027".
pub(in crate::text) fn summary(start: Date, end: Date, last_allowed_end: Date) -> String {
    format!(
        "Project from {} → {}; end by {}",
        date(start, Lang::En),
        date(end, Lang::En),
        date(last_allowed_end, Lang::En)
    )
}
