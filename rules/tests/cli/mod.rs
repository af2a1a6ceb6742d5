//! Running the `booster-ia` checker from a test: a fresh folder, the examples,
//! and a run's exit code and outputs. Shared by the command-line tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's root.
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
/// The checker built for this test run.
pub const BIN: &str = env!("CARGO_BIN_EXE_booster-ia");

/// A fresh folder for one test, named after the test file's `kind` and `name`.
pub fn folder(kind: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("booster-ia-{kind}-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The path of example `name`.
pub fn example(name: &str) -> String {
    format!("{ROOT}/examples/{name}")
}

/// A path as the command line takes it.
pub fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Exit code, standard output, standard error.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN)
        .args(args)
        .output()
        .expect("the checker runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
