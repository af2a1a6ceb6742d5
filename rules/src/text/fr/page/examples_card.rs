use crate::locale::{Lang, PluralForm};
use crate::text::page::{ExamplesCardSentence, ExamplesCardWord, InFrench, InFrenchSentence};

impl InFrench for ExamplesCardWord {
    fn fr(self) -> &'static str {
        use ExamplesCardWord::*;
        match self {
            Heading => "Partir d’un exemple",
            Hide => "Masquer les exemples",
            ReplaceDraftQuestion => "Remplacer le brouillon en cours par cet exemple ? Exportez-le d’abord pour le garder.",
            SmeAndLaboratory => "Une PME et un laboratoire public",
            AssociationAndAuthorities => "Une association et une communauté urbaine",
            AboveTheCap => "Un projet au-delà du plafond",
            NotEligible => "Un projet non éligible, et pourquoi",
        }
    }
}

impl InFrenchSentence for ExamplesCardSentence<'_> {
    fn fr(&self) -> String {
        match self {
            ExamplesCardSentence::Show { count } => match Lang::Fr.plural_form(*count) {
                PluralForm::One => format!("Voir {count} exemple"),
                PluralForm::Other => format!("Voir les {count} exemples"),
            },
            ExamplesCardSentence::Example {
                shows,
                verdict,
                grant,
            } => format!(
                "{} ({} — aide : {grant})",
                shows.fr(),
                crate::text::verdict_label(*verdict, Lang::Fr)
            ),
            ExamplesCardSentence::Unreadable { problem } => {
                format!("Exemple illisible : {problem}")
            }
        }
    }
}
