use crate::locale::{Lang, PluralForm};
use crate::text::page::comparison_table::ComparisonTableSentence;
use crate::text::page::{ComparisonTableWord, InFrench, InFrenchSentence};
use crate::text::signed_money;

impl InFrench for ComparisonTableWord {
    fn fr(self) -> &'static str {
        use ComparisonTableWord::*;
        match self {
            Heading => "Comparaison des scénarios",
            Intro => "Chaque ligne qui diffère est marquée ≠ ; la dernière colonne nomme ce qui explique l’écart : les lignes du budget ajoutées, retirées ou modifiées, ou la règle ou le paramètre du dispositif, avec la phrase citée.",
            OnlyDifferences => "Seulement les différences",
            TableLabel => "Tableau de comparaison",
            Item => "Élément",
            RuleBehindIt => "Règle en cause",
            Differs => "Diffère : ",
        }
    }
}

impl InFrenchSentence for ComparisonTableSentence<'_> {
    fn fr(&self) -> String {
        use ComparisonTableSentence::*;
        const L: Lang = Lang::Fr;
        match *self {
            Differences { count, names } => match L.plural_form(count) {
                PluralForm::One => format!("{count} différence entre {names}"),
                PluralForm::Other => format!("{count} différences entre {names}"),
            },
            EditingColumn { name } => format!("{name} (en cours)"),
            ChangeFromFirst { change, first } => {
                format!("{} par rapport à {first}", signed_money(change, L))
            }
            Gloss { gloss } => format!("En anglais : {gloss}"),
        }
    }
}
