use crate::locale::{Lang, PluralForm};
use crate::text::page::print_comparison::PrintComparisonSentence;
use crate::text::page::{InEnglish, InEnglishSentence, PrintComparisonWord};

impl InEnglish for PrintComparisonWord {
    fn en(self) -> &'static str {
        use PrintComparisonWord::*;
        match self {
            Item => "Item",
            RuleBehindIt => "Rule or parameter behind it",
            Colon => ":",
        }
    }
}

impl InEnglishSentence for PrintComparisonSentence<'_> {
    fn en(&self) -> String {
        use PrintComparisonSentence::*;
        match *self {
            Heading { names, editing } => {
                format!("Comparison of scenarios {names} (the summary above is scenario {editing})")
            }
            SameRows { count } => match Lang::En.plural_form(count) {
                PluralForm::One => format!("{count} row the same in every scenario."),
                PluralForm::Other => format!("{count} rows the same in every scenario."),
            },
            Gloss { gloss } => format!(" ({gloss})"),
        }
    }
}
