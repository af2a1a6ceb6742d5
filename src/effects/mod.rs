//! The page's effects: the only places that touch the browser beyond
//! rendering. Each is a hook the page's layout (`app`) calls once:
//!
//! - [`saving`]: the draft and the scenarios kept in this browser, and
//!   another tab's saves;
//! - [`share_link`]: a share link in the URL, and the recovery self-check;
//! - [`embedding`]: the messages to and from a host page that embeds the simulator;
//! - [`document`]: the document's language and title, focus, scrolling, the
//!   static first view, the fields left;
//! - [`printing`]: the printable summary, built only while printing;
//! - [`stages`]: the first render in stages.

pub mod document;
pub mod embedding;
pub mod printing;
pub mod saving;
pub mod share_link;
pub mod stages;
