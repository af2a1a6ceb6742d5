//! The page's words in French, one file per part of the page.

mod funding;
