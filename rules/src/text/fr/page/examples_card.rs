use crate::text::page::{ExamplesCardWord, InFrench};

impl InFrench for ExamplesCardWord {
    fn fr(self) -> &'static str {
        use ExamplesCardWord::*;
        match self {
            Grant => "aide :",
            StartFromAnExample => "Partir d’un exemple",
            HideTheExamples => "Masquer les exemples",
            ReplaceTheCurrentDraftWith => "Remplacer le brouillon en cours par cet exemple ? Exportez-le d’abord pour le garder.",
        }
    }
}
