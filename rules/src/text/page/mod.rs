//! The page's own words — headings, labels, hints, buttons, the sentences
//! the form says around the user's data — one enum per part of the page.
//! A sentence with figures or names in it is a function of `text`, worded
//! in each language's catalogue, not a page word.
//! Each language's catalogue says every variant in one exhaustive match
//! (`text::fr::page`, `text::en::page`), so a word missing in one language
//! does not compile; the pseudo-language is the English one, accented.
//!
//! A component writes `say(FundingWord::Heading, lang)`, never a word.
//!
//! A sentence of the page with figures, names or counts in it is a variant
//! of its part's sentence enum (`ToolbarSentence::Imported { name }`),
//! worded by each language's catalogue (`text::fr::page`, `text::en::page`,
//! one exhaustive match each) and written with `sentence(&…, lang)`.

pub mod app;
pub mod budget_chart;
pub mod budget_row;
pub mod budget_section;
pub mod cap_gauge;
pub mod check_item;
pub mod commitments_section;
pub mod comparison_table;
pub mod conflict_bar;
pub mod date_field;
pub mod dossier_panel;
pub mod examples_card;
pub mod funding;
pub mod notice_bar;
pub mod partner_row;
pub mod partners_section;
pub mod print_comparison;
pub mod print_summary;
pub mod project_section;
pub mod recovery;
pub mod results_panel;
pub mod scenario_bar;
pub mod scores_section;
pub mod send_panel;
pub mod sentence;
pub mod share_panel;
pub mod stand_countdown;
pub mod state;
pub mod storage;
pub mod team_panel;
pub mod timeline_chart;
pub mod timeline_section;
pub mod toolbar;

use super::pseudo;
use crate::locale::Lang;

pub use app::{AppSentence, AppWord};
pub use budget_chart::BudgetChartWord;
pub use budget_row::BudgetRowWord;
pub use budget_section::BudgetSectionWord;
pub use check_item::CheckItemWord;
pub use commitments_section::CommitmentsSectionWord;
pub use comparison_table::ComparisonTableWord;
pub use conflict_bar::ConflictBarWord;
pub use date_field::DateFieldWord;
pub use dossier_panel::{DossierPanelSentence, DossierPanelWord};
pub use examples_card::{ExamplesCardSentence, ExamplesCardWord};
pub use funding::FundingWord;
pub use notice_bar::NoticeBarWord;
pub use partner_row::PartnerRowWord;
pub use partners_section::PartnersSectionWord;
pub use print_comparison::PrintComparisonWord;
pub use print_summary::PrintSummaryWord;
pub use project_section::ProjectSectionWord;
pub use recovery::RecoveryWord;
pub use results_panel::ResultsPanelWord;
pub use scenario_bar::ScenarioBarWord;
pub use scores_section::ScoresSectionWord;
pub use send_panel::SendPanelWord;
pub use sentence::{tell, InEnglishSentence, InFrenchSentence};
pub use share_panel::SharePanelWord;
pub use stand_countdown::StandCountdownSentence;
pub use state::StateWord;
pub use storage::{StorageSentence, StorageWord};
pub use team_panel::TeamPanelWord;
pub use timeline_section::TimelineSectionWord;
pub use toolbar::{ToolbarSentence, ToolbarWord};

/// A word of the page, as the French catalogue says it.
pub trait InFrench {
    /// The French.
    fn fr(self) -> &'static str;
}

/// A word of the page, as the English catalogue says it.
pub trait InEnglish {
    /// The English.
    fn en(self) -> &'static str;
}

/// `word` in `lang`.
pub fn say<W: InFrench + InEnglish>(word: W, lang: Lang) -> &'static str {
    // The generic part only looks the word up; the rest is written once
    // (each part's enum would otherwise carry its own copy: measured).
    if lang == Lang::Fr {
        word.fr()
    } else {
        in_english_or_pseudo(word.en(), lang)
    }
}

/// `english` as said in `lang`, English or the pseudo-language.
fn in_english_or_pseudo(english: &'static str, lang: Lang) -> &'static str {
    if lang == Lang::Pseudo {
        pseudo::localise_static(english)
    } else {
        english
    }
}

/// `word` with the place `n` (from 1) of what it names in its list, as a
/// legend or a label says it: « Dépense 3 », "Cost 3".
pub fn numbered<W: InFrench + InEnglish>(word: W, n: usize, lang: Lang) -> String {
    let word = if lang == Lang::Fr {
        word.fr()
    } else {
        word.en()
    };
    said!(lang, page::numbered(word, n))
}

/// `word` about the thing `name` names, as a button's accessible name says
/// it: « Retirer Atelier Dupont », "Duplicate Annotation".
pub fn naming<W: InFrench + InEnglish>(word: W, name: &str, lang: Lang) -> String {
    let word = if lang == Lang::Fr {
        word.fr()
    } else {
        word.en()
    };
    said!(lang, page::naming(word, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_said_in_the_language_asked() {
        assert_eq!(say(FundingWord::Vat, Lang::Fr), "TVA");
        assert_eq!(say(FundingWord::Vat, Lang::En), "VAT");
        assert_eq!(say(FundingWord::Vat, Lang::Pseudo), "[ṼÀŢ]");
    }

    #[test]
    fn a_sentence_is_worded_in_the_language_asked_with_its_count() {
        let left = StandCountdownSentence::ClearedIn { seconds: 12 };
        assert!(tell(&left, Lang::Fr).contains("effacée dans 12 s"));
        assert!(tell(&left, Lang::En).contains("cleared in 12 s"));
        let pseudo = tell(&left, Lang::Pseudo);
        assert!(pseudo.starts_with('[') && pseudo.ends_with(']') && pseudo.contains("12"));
    }

    #[test]
    fn a_numbered_or_named_word_is_one_sentence_of_the_catalogue() {
        assert_eq!(numbered(FundingWord::Funding, 2, Lang::Fr), "Financement 2");
        assert_eq!(
            numbered(FundingWord::Funding, 2, Lang::Pseudo),
            "[Ƒûñðîñĝ 2]"
        );
        assert_eq!(
            naming(FundingWord::Remove, "Atelier", Lang::Fr),
            "Retirer Atelier"
        );
        assert_eq!(
            naming(FundingWord::Remove, "Atelier", Lang::En),
            "Remove Atelier"
        );
    }
}
