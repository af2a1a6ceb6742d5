use crate::locale::Lang;
use crate::text::page::{ExamplesCardSentence, ExamplesCardWord, InEnglish, InEnglishSentence};
use crate::text::plural;

impl InEnglish for ExamplesCardWord {
    fn en(self) -> &'static str {
        use ExamplesCardWord::*;
        match self {
            Heading => "Start from an example",
            Hide => "Hide the examples",
            ReplaceDraftQuestion => {
                "Replace the current draft with this example? Export it first to keep it."
            }
            SmeAndLaboratory => "An SME and a public laboratory",
            AssociationAndAuthorities => "An association and a group of local authorities",
            AboveTheCap => "A project above the cap",
            NotEligible => "A project that is not eligible, and why",
        }
    }
}

impl InEnglishSentence for ExamplesCardSentence<'_> {
    fn en(&self) -> String {
        match self {
            ExamplesCardSentence::Show { count } => format!(
                "Show the {count} {}",
                plural(Lang::En, *count, "example", "examples")
            ),
            ExamplesCardSentence::Example {
                shows,
                verdict,
                grant,
            } => format!(
                "{} ({} — grant: {grant})",
                shows.en(),
                crate::text::verdict_label(*verdict, Lang::En)
            ),
            ExamplesCardSentence::Unreadable { problem } => {
                format!("Unreadable example: {problem}")
            }
        }
    }
}
