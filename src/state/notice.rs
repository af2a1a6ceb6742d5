//! A message shown above the form until dismissed. It keeps how to say
//! itself, not its words: it is worded in whatever language the page is in
//! when it shows, so switching language rewords it, in any language the
//! catalogue has.

use booster_ia::locale::Lang;
use std::fmt;
use std::rc::Rc;

/// A message shown above the form until dismissed.
#[derive(Clone)]
pub struct Notice {
    /// Whether it reports a problem (role="alert") or a success.
    pub is_error: bool,
    /// Says it in a language (a word or a sentence of the catalogue).
    said: Rc<dyn Fn(Lang) -> String>,
}

impl Notice {
    /// A problem, said by `say` in the page's language.
    pub fn error(say: impl Fn(Lang) -> String + 'static) -> Notice {
        Notice {
            is_error: true,
            said: Rc::new(say),
        }
    }

    /// A success, said by `say` in the page's language.
    pub fn success(say: impl Fn(Lang) -> String + 'static) -> Notice {
        Notice {
            is_error: false,
            said: Rc::new(say),
        }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        (self.said)(lang)
    }
}

impl PartialEq for Notice {
    /// The same notice: the one set, not another one with the same words.
    fn eq(&self, other: &Notice) -> bool {
        self.is_error == other.is_error && Rc::ptr_eq(&self.said, &other.said)
    }
}

impl fmt::Debug for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Notice")
            .field("is_error", &self.is_error)
            .field("en", &self.text(Lang::En))
            .finish()
    }
}
