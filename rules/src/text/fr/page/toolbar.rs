use crate::text::page::{InFrench, ToolbarWord};

impl InFrench for ToolbarWord {
    fn fr(self) -> &'static str {
        use ToolbarWord::*;
        match self {
            DiscardTheCurrentDraftAnd => "Effacer le brouillon en cours et repartir de zéro ? Exportez-le d’abord pour le garder.",
            DraftActions => "Actions sur le brouillon",
            NewDraft => "Nouveau brouillon",
            ExportTheDraftJSON => "Exporter le brouillon (JSON)",
            ImportADraft => "Importer un brouillon…",
            OrDropTheFileHere => "ou déposez le fichier ici",
            WorkingTogether => "Travailler à plusieurs",
            Share => "Partager",
            PrintTheSummary => "Imprimer le résumé",
        }
    }
}
