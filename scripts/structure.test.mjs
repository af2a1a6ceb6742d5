// The structure's rules (scripts/structure.mjs) on small trees made for the
// purpose: what passes, what breaks each rule, and what must not be taken
// for code (comments, strings, braces in char literals, test modules).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'structure.mjs');

/** Runs the script on a tree of `files` (path → text): its exit status and output. */
function measure(files) {
  const root = mkdtempSync(join(tmpdir(), 'structure-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const run = spawnSync(process.execPath, [SCRIPT, '--root', root], { encoding: 'utf8' });
    return { status: run.status, out: run.stdout + run.stderr };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A function of `lines` lines in all, its body holding what would fool a naive reader. */
function longFn(name, lines) {
  const body = [
    "    let brace = '{';",
    "    let quotes = ['\\'','}'];",
    '    let text = "} fn fake() {";',
    '    let raw = r#"}"#;',
    '    // a comment with a } brace',
  ];
  while (body.length < lines - 2) body.push('    let _ = 1;');
  return `fn ${name}() {\n${body.join('\n')}\n}\n`;
}

const LIB = 'rules/src/lib.rs';

test('a tree that reads one way passes, and says what it measured', () => {
  const { status, out } = measure({
    [LIB]: 'mod low;\nmod high;\npub use low::Thing;\n',
    'rules/src/low.rs': '//! Names crate::high in a comment only.\npub struct Thing;\nconst S: &str = "crate::high";\n',
    'rules/src/high.rs': 'use crate::low::Thing;\nuse crate::Thing as Again;\n' + longFn('long_enough', 150),
  });
  assert.equal(status, 0, out);
  assert.match(out, /3 Rust files/);
  assert.match(out, /longest function long_enough at rules\/src\/high\.rs:3 \(150 lines\)/);
});

test('a function of 151 lines is reported with its place and length', () => {
  const { status, out } = measure({
    [LIB]: 'mod a;\n',
    'rules/src/a.rs': 'struct S;\nimpl S {\n' + longFn('too_long', 151) + '}\n',
  });
  assert.equal(status, 1);
  assert.match(out, /function over 150 lines: too_long at rules\/src\/a\.rs:3 \(151 lines\)/);
});

test('a component whose html! runs long is a long function', () => {
  const rows = Array.from({ length: 160 }, (_, i) => `            <li>{"row ${i} }"}</li>`).join('\n');
  const { status, out } = measure({
    'src/lib.rs': 'mod components;\n',
    'src/components/mod.rs': 'mod panel;\n',
    'src/components/panel.rs': `#[function_component]\nfn panel() -> Html {\n    html! {\n        <ul>\n${rows}\n        </ul>\n    }\n}\n`,
  });
  assert.equal(status, 1);
  assert.match(out, /function over 150 lines: panel at src\/components\/panel\.rs:2 \(166 lines\)/);
});

test('a file over 800 lines is reported', () => {
  const { status, out } = measure({
    [LIB]: 'mod big;\n',
    'rules/src/big.rs': 'const A: u8 = 1;\n'.repeat(801),
  });
  assert.equal(status, 1);
  assert.match(out, /file over 800 lines: rules\/src\/big\.rs \(801 lines\)/);
});

test('a cycle between top-level modules is named, with the line of each import', () => {
  const { status, out } = measure({
    [LIB]: 'mod format;\nmod part;\n',
    'rules/src/format/mod.rs': 'mod read;\n',
    'rules/src/format/read.rs': 'fn f() {\n    let _ = crate::part::FORMAT;\n}\n',
    'rules/src/part.rs': 'use crate::{date, format::read};\npub const FORMAT: &str = "";\n',
  });
  assert.equal(status, 1);
  assert.match(out, /import cycle in rules \(lib booster_ia\) among format, part: format → part → format/);
  assert.match(out, /format → part {2}\(rules\/src\/format\/read\.rs:2\)/);
  assert.match(out, /part → format {2}\(rules\/src\/part\.rs:1\)/);
});

test('a name the root re-exports, super:: from under the root and the crate\'s own name are imports', () => {
  for (const naming of ['use crate::Draft;', 'use super::draft::Draft;', 'use booster_ia::draft;']) {
    const { status, out } = measure({
      [LIB]: 'mod draft;\nmod rules;\npub use draft::Draft;\n',
      'rules/src/draft.rs': 'use crate::rules::Check;\npub struct Draft;\n',
      'rules/src/rules.rs': `${naming}\npub struct Check;\n`,
    });
    assert.equal(status, 1, naming);
    assert.match(out, /import cycle .* among draft, rules/, naming);
  }
});

test('test modules and a submodule\'s super:: are not imports between top-level modules', () => {
  const { status, out } = measure({
    [LIB]: 'mod draft;\nmod rules;\n',
    'rules/src/draft.rs': '#[path = "draft_tests.rs"]\n#[cfg(test)]\nmod tests;\n#[cfg(test)]\nmod more {\n    use super::*;\n    use crate::rules::Check;\n}\n',
    'rules/src/draft_tests.rs': 'use crate::rules::Check;\n',
    'rules/src/rules/mod.rs': 'mod costs;\npub struct Check;\n',
    'rules/src/rules/costs.rs': 'use super::Check;\nuse crate::draft;\n',
  });
  assert.equal(status, 0, out);
});
