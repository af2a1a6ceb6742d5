use crate::text::page::{InFrench, InFrenchSentence, ToolbarSentence, ToolbarWord};

impl InFrench for ToolbarWord {
    fn fr(self) -> &'static str {
        use ToolbarWord::*;
        match self {
            DiscardDraftQuestion => {
                "Effacer le brouillon en cours et repartir de zéro ? Exportez-le d’abord pour le garder."
            }
            DraftActions => "Actions sur le brouillon",
            Menu => "Menu",
            NewDraft => "Nouveau brouillon",
            Export => "Exporter le brouillon (JSON)",
            Import => "Importer un brouillon…",
            OrDropHere => "ou déposez le fichier ici",
            WorkingTogether => "Travailler à plusieurs",
            Share => "Partager",
            Print => "Imprimer le résumé",
            OtherLanguage => "English",
            DownloadRefused => "Le navigateur a refusé le téléchargement.",
        }
    }
}

impl InFrenchSentence for ToolbarSentence<'_> {
    fn fr(&self) -> String {
        match self {
            ToolbarSentence::TooLarge { name, max_mb } => format!("« {name} » n’a pas été importé : fichier trop volumineux ({max_mb} Mo au plus). Le brouillon affiché n’a pas changé."),
            ToolbarSentence::Unreadable { name } => {
                format!("« {name} » n’a pas pu être lu. Le brouillon affiché n’a pas changé.")
            }
            ToolbarSentence::Imported { name } => {
                format!("« {name} » importé ; l’évaluation a été recalculée.")
            }
            ToolbarSentence::NotADraft { name, problem } => format!("« {name} » n’est pas un brouillon valide — {problem}. Le brouillon affiché n’a pas changé."),
        }
    }
}
