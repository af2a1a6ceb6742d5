//! The page's words in English, one file per part of the page.

mod funding;
