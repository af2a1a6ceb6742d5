use crate::locale::{Lang, PluralForm};
use crate::text::page::print_comparison::PrintComparisonSentence;
use crate::text::page::{InFrench, InFrenchSentence, PrintComparisonWord};

impl InFrench for PrintComparisonWord {
    fn fr(self) -> &'static str {
        use PrintComparisonWord::*;
        match self {
            Item => "Élément",
            RuleBehindIt => "Règle ou paramètre en cause",
            Colon => " :",
        }
    }
}

impl InFrenchSentence for PrintComparisonSentence<'_> {
    fn fr(&self) -> String {
        use PrintComparisonSentence::*;
        match *self {
            Heading { names, editing } => format!(
                "Comparaison des scénarios {names} (le résumé ci-dessus est celui du scénario {editing})"
            ),
            SameRows { count } => match Lang::Fr.plural_form(count) {
                PluralForm::One => format!("{count} ligne identique dans tous les scénarios."),
                PluralForm::Other => format!("{count} lignes identiques dans tous les scénarios."),
            },
            Gloss { gloss } => format!(" (en anglais : {gloss})"),
        }
    }
}
