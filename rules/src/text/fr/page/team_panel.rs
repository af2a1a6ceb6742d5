use crate::locale::{Lang, PluralForm};
use crate::text::page::team_panel::TeamPanelSentence;
use crate::text::page::{InFrench, InFrenchSentence, TeamPanelWord};

impl InFrench for TeamPanelWord {
    fn fr(self) -> &'static str {
        use TeamPanelWord::*;
        match self {
            PartFileName => "partie",
            LinesFileName => "lignes",
            AssessmentFileName => "analyse",
            ConfirmStartPart => "Remplacer le brouillon en cours par une partie vide, pour un seul partenaire ? Exportez-le d’abord pour le garder.",
            ConfirmUndoAfterEdits => "Le brouillon a été modifié depuis l’import : l’annuler efface aussi ces modifications. Continuer ?",
            PartStarted => "Décrivez votre structure et vos lignes de budget, puis « Exporter la partie » : envoyez le fichier au porteur du projet.",
            ImportUndone => "Le brouillon est revenu à son état d’avant l’import.",
            DownloadRefused => "Le navigateur a refusé le téléchargement.",
            BeforeMerging => "Avant de fusionner",
            BeforeAfter => "avant → après",
            Merge => "Fusionner",
            MergeDespiteConflicts => "Fusionner malgré les conflits",
            Cancel => "Annuler",
            ReplaceLines => "Remplacer les lignes du budget",
            AppendLines => "Ajouter aux lignes du budget",
            Heading => "Travailler à plusieurs",
            Intro => "Chaque partenaire envoie sa partie (son identité et ses lignes de budget) ; le porteur les importe et voit ce qui change avant de fusionner. Les fichiers restent sur vos appareils : rien n’est envoyé par le simulateur.",
            DraftUnchanged => "Le brouillon n’a pas changé.",
            UndoLastImport => "Annuler le dernier import",
            SendPartHeading => "Envoyer une partie",
            AddPartnerFirst => "Ajoutez d’abord le partenaire dans « Partenaires ».",
            Partner => "Partenaire",
            ExportPart => "Exporter sa partie (JSON)",
            StartPart => "Je suis partenaire d’un projet : préparer ma partie",
            ImportPartsHeading => "Importer des parties",
            ChooseParts => "Choisir les parties…",
            OrDropFiles => "ou déposez les fichiers ici",
            SpreadsheetHeading => "Lignes du budget dans un tableur (CSV)",
            ExportLines => "Exporter les lignes",
            ExportAssessment => "Exporter l’analyse, ligne par ligne",
            ImportLines => "Importer des lignes…",
            SpreadsheetColumns => "Colonnes : partenaire, catégorie, libellé, montant HT, personnel permanent (oui/non). Séparateur « ; » et virgule décimale en français, « , » et point en anglais : les deux sont lus.",
            Close => "Fermer",
        }
    }
}

impl InFrenchSentence for TeamPanelSentence<'_> {
    fn fr(&self) -> String {
        use TeamPanelSentence::*;
        const L: Lang = Lang::Fr;
        match *self {
            UnreadablePart { file } => {
                format!("« {file} » n’a pas pu être lu (5 Mo au plus, texte UTF-8).")
            }
            InvalidPart { file, error } => format!(
                "« {file} » n’est pas une partie valide — {}.",
                error.message(L)
            ),
            UnreadableSheet { file } => format!("« {file} » n’a pas pu être lu (5 Mo au plus)."),
            PartsMerged { count } => match L.plural_form(count) {
                PluralForm::One => format!("{count} partie fusionnée ; « Annuler le dernier import » remet le brouillon d’avant."),
                PluralForm::Other => format!("{count} parties fusionnées ; « Annuler le dernier import » remet le brouillon d’avant."),
            },
            LinesAppended { count } => match L.plural_form(count) {
                PluralForm::One => format!("{count} ligne ajoutée depuis le tableur."),
                PluralForm::Other => format!("{count} lignes ajoutées depuis le tableur."),
            },
            LinesReplaced { count } => {
                format!("Les lignes du budget sont remplacées par celles du tableur ({count}).")
            }
            LinesRead { file, count } => match L.plural_form(count) {
                PluralForm::One => format!("« {file} » : {count} ligne lue"),
                PluralForm::Other => format!("« {file} » : {count} lignes lues"),
            },
            Conflicts { count } => match L.plural_form(count) {
                PluralForm::One => {
                    format!("{count} conflit : la fusion ne le résout pas, vérifiez-le.")
                }
                PluralForm::Other => {
                    format!("{count} conflits : la fusion ne les résout pas, vérifiez-les.")
                }
            },
            UnreadableRows { count } => match L.plural_form(count) {
                PluralForm::One => format!(
                    "{count} ligne n’a pas pu être lue, elle ne sera pas importée :"
                ),
                PluralForm::Other => format!(
                    "{count} lignes n’ont pas pu être lues, elles ne seront pas importées :"
                ),
            },
            MoreProblems { count } => match L.plural_form(count) {
                PluralForm::One => format!("… et {count} autre."),
                PluralForm::Other => format!("… et {count} autres."),
            },
            TooManyLines { max } => format!("Ajoutées, ces lignes dépasseraient les {max} lignes qu’un brouillon peut compter : remplacez plutôt les lignes du budget."),
        }
    }
}
