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
    match lang {
        Lang::Fr => sentence.fr(),
        Lang::En => sentence.en(),
        Lang::Pseudo => pseudo::localise(&sentence.en()),
    }
}

/// A sentence told earlier in both languages and kept (a notice that must
/// survive a change of language), shown in `lang`.
pub fn retell<'a>(fr: &'a str, en: &'a str, lang: Lang) -> std::borrow::Cow<'a, str> {
    match lang {
        Lang::Fr => fr.into(),
        Lang::En => en.into(),
        Lang::Pseudo => pseudo::localise(en).into(),
    }
}
