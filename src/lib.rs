//! The Booster IA simulator in the browser.
