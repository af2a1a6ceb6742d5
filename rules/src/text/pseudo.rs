//! The pseudo-language, for tests only: the English catalogue with every
//! ASCII letter swapped for an accented one and each text bracketed, as
//! Firefox and Android pseudo-localise. A word on the page that is not in
//! brackets did not come from the catalogue. Numbers, punctuation and the
//! user's data inside a sentence are kept as they are apart from letters.

use std::cell::RefCell;
use std::collections::HashMap;

/// `Other aid` → `[Ŏţĥéŕ àîð]`.
pub fn localise(english: &str) -> String {
    let mut out = String::with_capacity(english.len() * 2 + 2);
    out.push('[');
    out.extend(english.chars().map(accented));
    out.push(']');
    out
}

/// [`localise`] for a catalogue's `&'static str`: each distinct text is
/// rendered once and kept for the life of the program (the catalogue is
/// finite, so the memory is bounded).
pub fn localise_static(english: &'static str) -> &'static str {
    thread_local! {
        static RENDERED: RefCell<HashMap<&'static str, &'static str>> = RefCell::new(HashMap::new());
    }
    RENDERED.with(|rendered| {
        *rendered
            .borrow_mut()
            .entry(english)
            .or_insert_with(|| Box::leak(localise(english).into_boxed_str()))
    })
}

/// A catalogue's output, pseudo-localised.
pub trait Say {
    /// This text in the pseudo-language.
    fn say(self) -> Self;
}

impl Say for &'static str {
    fn say(self) -> Self {
        localise_static(self)
    }
}

impl Say for String {
    fn say(self) -> Self {
        localise(&self)
    }
}

impl<T: Say, U: Say> Say for (T, U) {
    fn say(self) -> Self {
        (self.0.say(), self.1.say())
    }
}

impl<T: Say> Say for Option<T> {
    fn say(self) -> Self {
        self.map(Say::say)
    }
}

/// Pseudo-localises a catalogue's output.
pub fn say<T: Say>(english: T) -> T {
    english.say()
}

fn accented(c: char) -> char {
    const LOWER: [char; 26] = [
        'à', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ô', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'À', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ŏ', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[(c as u8 - b'a') as usize],
        'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_is_accented_and_the_text_bracketed() {
        assert_eq!(localise("Other aid: 50%"), "[Ŏţĥéŕ àîð: 50%]");
        let all = localise("The quick brown fox jumps over the lazy dog");
        assert!(!all.chars().any(|c| c.is_ascii_alphabetic()), "{all}");
    }

    #[test]
    fn a_static_text_is_rendered_once() {
        let a = localise_static("Yes");
        let b = localise_static("Yes");
        assert_eq!(a, "[Ýéš]");
        assert!(std::ptr::eq(a, b));
    }
}
