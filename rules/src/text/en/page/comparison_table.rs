use crate::locale::{Lang, PluralForm};
use crate::text::page::comparison_table::ComparisonTableSentence;
use crate::text::page::{ComparisonTableWord, InEnglish, InEnglishSentence};
use crate::text::signed_money;

impl InEnglish for ComparisonTableWord {
    fn en(self) -> &'static str {
        use ComparisonTableWord::*;
        match self {
            Heading => "Scenario comparison",
            Intro => "Each row that differs is marked ≠; the last column names what explains the difference: the budget lines added, removed or changed, or the rule or parameter of the scheme, with the sentence quoted.",
            OnlyDifferences => "Only the differences",
            TableLabel => "Comparison table",
            Item => "Item",
            RuleBehindIt => "Rule behind it",
            Differs => "Differs: ",
        }
    }
}

impl InEnglishSentence for ComparisonTableSentence<'_> {
    fn en(&self) -> String {
        use ComparisonTableSentence::*;
        const L: Lang = Lang::En;
        match *self {
            Differences { count, names } => match L.plural_form(count) {
                PluralForm::One => format!("{count} difference between {names}"),
                PluralForm::Other => format!("{count} differences between {names}"),
            },
            EditingColumn { name } => format!("{name} (editing)"),
            ChangeFromFirst { change, first } => {
                format!("{} vs {first}", signed_money(change, L))
            }
            Gloss { gloss } => format!("In English: {gloss}"),
        }
    }
}
