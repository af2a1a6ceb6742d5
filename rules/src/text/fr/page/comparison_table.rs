use crate::text::page::{ComparisonTableWord, InFrench};

impl InFrench for ComparisonTableWord {
    fn fr(self) -> &'static str {
        use ComparisonTableWord::*;
        match self {
            ScenarioComparison => "Comparaison des scénarios",
            EachRowThatDiffersIs => "Chaque ligne qui diffère est marquée ≠ ; la dernière colonne nomme ce qui explique l’écart : les lignes du budget ajoutées, retirées ou modifiées, ou la règle ou le paramètre du dispositif, avec la phrase citée.",
            OnlyTheDifferences => "Seulement les différences",
            ComparisonTable => "Tableau de comparaison",
            Item => "Élément",
            Editing => "(en cours)",
            RuleBehindIt => "Règle en cause",
            Differs => "Diffère : ",
            Vs => "par rapport à",
        }
    }
}
