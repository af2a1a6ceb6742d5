//! The page's sentences: what a part of the page says with counts, names or
//! figures in it. Each part declares its sentences as an enum of facts
//! (`TeamPanelSentence::PartsMerged { count }`); each language's catalogue
//! words every variant in one exhaustive match (`text::fr::page`,
//! `text::en::page`), choosing the plural form with `Lang::plural_form`.
//! A component writes `tell(&TeamPanelSentence::PartsMerged { count }, lang)`.

use crate::locale::Lang;
use crate::text::pseudo;

/// A sentence of the page, as the French catalogue words it.
pub trait InFrenchSentence {
    /// The French.
    fn fr(&self) -> String;
}

/// A sentence of the page, as the English catalogue words it.
pub trait InEnglishSentence {
    /// The English.
    fn en(&self) -> String;
}

/// `sentence` in `lang` (the pseudo-language accents the English).
pub fn tell<S: InFrenchSentence + InEnglishSentence>(sentence: &S, lang: Lang) -> String {
    // The generic part only words it; the rest is written once.
    if lang == Lang::Fr {
        sentence.fr()
    } else {
        in_english_or_pseudo(sentence.en(), lang)
    }
}

/// `english` as told in `lang`, English or the pseudo-language.
fn in_english_or_pseudo(english: String, lang: Lang) -> String {
    if lang == Lang::Pseudo {
        pseudo::localise(&english)
    } else {
        english
    }
}
