use crate::text::page::{InFrench, TeamPanelWord};

impl InFrench for TeamPanelWord {
    fn fr(self) -> &'static str {
        use TeamPanelWord::*;
        match self {
            Part => "partie",
            ReplaceTheCurrentDraftWith => "Remplacer le brouillon en cours par une partie vide, pour un seul partenaire ? Exportez-le d’abord pour le garder.",
            TheDraftWasEditedSince => "Le brouillon a été modifié depuis l’import : l’annuler efface aussi ces modifications. Continuer ?",
            Lines => "lignes",
            Assessment => "analyse",
            BeforeMerging => "Avant de fusionner",
            BeforeAfter => "avant → après",
            Merge => "Fusionner",
            MergeDespiteTheConflicts => "Fusionner malgré les conflits",
            Cancel => "Annuler",
            ReplaceTheBudgetLines => "Remplacer les lignes du budget",
            AddToTheBudgetLines => "Ajouter aux lignes du budget",
            WorkingTogether => "Travailler à plusieurs",
            EachPartnerSendsItsPart => "Chaque partenaire envoie sa partie (son identité et ses lignes de budget) ; le porteur les importe et voit ce qui change avant de fusionner. Les fichiers restent sur vos appareils : rien n’est envoyé par le simulateur.",
            TheDraftIsUnchanged => "Le brouillon n’a pas changé.",
            UndoTheLastImport => "Annuler le dernier import",
            SendAPart => "Envoyer une partie",
            FirstAddThePartnerUnder => "Ajoutez d’abord le partenaire dans « Partenaires ».",
            Partner => "Partenaire",
            ExportItsPartJSON => "Exporter sa partie (JSON)",
            IAmAPartnerOf => "Je suis partenaire d’un projet : préparer ma partie",
            ImportParts => "Importer des parties",
            ChooseTheParts => "Choisir les parties…",
            OrDropTheFilesHere => "ou déposez les fichiers ici",
            BudgetLinesInASpreadsheet => "Lignes du budget dans un tableur (CSV)",
            ExportTheLines => "Exporter les lignes",
            ExportTheAssessmentLineBy => "Exporter l’analyse, ligne par ligne",
            ImportLines => "Importer des lignes…",
            ColumnsPartnerCategoryLabelAmount => "Colonnes : partenaire, catégorie, libellé, montant HT, personnel permanent (oui/non). Séparateur « ; » et virgule décimale en français, « , » et point en anglais : les deux sont lus.",
            Close => "Fermer",
        }
    }
}
