#!/usr/bin/env node
// Counts the words written in src/: every word the page shows comes from the
// catalogue (rules/src/text), so a string literal in the app's code that a
// person could read is a word out of place. Run by `make test` (lint); prints
// the count and each literal as file:line, and fails when there is any.
//
// The rule. A string literal of src/**/*.rs (comments, `#[cfg(test)]` items
// and the files of `#[cfg(test)] mod x;` left out) is a word when, its format
// placeholders (`{}`, `{name}`, `{:?}`) and percent-escapes (`%2F`) taken out
// and trimmed, it holds a letter — unless it is one of:
//   1. a code: one token, no space, no capital letter, only a–z, digits and
//      - _ . : / # ? = & % + @ * ; (CSS classes, ids, data-testid values, JSON
//      keys, event and storage names, MIME types, URLs, file names); a
//      JavaScript name in camelCase (`writeText`); a one-letter name (a
//      scenario's A, B, C);
//   2. the value of an html! attribute no one reads — class, id, for, type,
//      role, name, autocomplete, inputmode, href, src, rel, target, lang,
//      cite, viewBox and the other drawing attributes, sizes and limits,
//      tabindex, data-* and aria-* but aria-label, aria-description,
//      aria-roledescription and aria-valuetext — written `name="…"` or
//      `name={…"…"` (an `if`, `format!(` or `classes!(` before it), the
//      attribute nearest before it on its line;
//   3. code in its own language: a CSS selector (`query_selector(`,
//      `closest(`, `matches(`), a tag name compared with `tag_name()`, an ABI
//      (`extern "C"`), JavaScript (`inline_js =`, `js_name =`);
//   4. a message for developers, never shown: the argument of `expect(`,
//      `debug_struct(`, `panic!(`, `unreachable!(`, `todo!(`, `assert!(`, `debug_assert!(`,
//      the console's `log`, `warn`, `error` (a `format!(` between allowed);
//   5. in scripts/words-in-src.allow (`path: literal`, one a line, each with
//      the reason it is not a word in a `#` comment above it).
//
// Usage: node scripts/words-in-src.mjs [--quiet | --explain]   (exit 1 when words
// are found; --explain also lists each literal let through, and why)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SRC = join(ROOT, 'src');
const ALLOW = join(ROOT, 'scripts', 'words-in-src.allow');

/** html! attributes whose value no one reads or hears (plus every data-* and aria-* but READ_ARIA). */
const UNREAD_ATTRIBUTES = new Set(['class', 'id', 'for', 'type', 'role', 'name', 'autocomplete', 'inputmode',
  'href', 'src', 'rel', 'target', 'lang', 'cite', 'viewBox', 'preserveAspectRatio', 'd', 'x', 'y', 'x1', 'x2',
  'y1', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'fill', 'stroke', 'transform', 'points', 'xmlns', 'rows',
  'cols', 'maxlength', 'minlength', 'min', 'max', 'step', 'pattern', 'accept', 'download', 'method', 'action',
  'tabindex', 'key', 'colspan', 'rowspan', 'scope', 'headers', 'datetime', 'form', 'enctype', 'open', 'hidden',
  'disabled', 'checked', 'selected', 'readonly', 'multiple', 'spellcheck', 'enterkeyhint', 'dir', 'translate']);
const READ_ARIA = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext']);
/** Code before a literal that makes it code in another language. */
const OTHER_CODE = [
  /(?:query_selector(?:_all)?|closest|matches)\(\s*$/,
  /tag_name\(\)\s*[!=]=\s*$/,
  /\bextern\s*$/,
  /\b(?:inline_js|js_name|js_namespace|module)\s*=\s*$/,
];
/** Calls whose string is a message for developers. */
const DEVELOPER_CALL = /(?:\bexpect|\bdebug_struct|\bpanic!|\bunreachable!|\btodo!|\bassert!|\bdebug_assert!|\blog(?:_\d)?|\bwarn(?:_\d)?|\berror(?:_\d)?)\(\s*&?(?:format!\(\s*)?$/;
const CODE = /^(?:[a-z0-9\-_.:/#?=&%+@*;]+|[a-z]+(?:[A-Z][a-z0-9]*)+|[A-Z])$/;

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

/**
 * The tokens of a Rust source that matter here: string literals (with their
 * line and the code before them on that line), braces, semicolons, and the
 * `#[cfg(test)]` attribute. Comments and char literals are skipped.
 */
function tokens(source) {
  const out = [];
  let line = 1; let lineStart = 0; let i = 0;
  const n = source.length;
  const before = (at) => source.slice(lineStart, at);
  while (i < n) {
    const c = source[i];
    if (c === '\n') { line += 1; i += 1; lineStart = i; continue; }
    if (c === '/' && source[i + 1] === '/') { while (i < n && source[i] !== '\n') i += 1; continue; }
    if (c === '/' && source[i + 1] === '*') {
      let depth = 1; i += 2;
      while (i < n && depth > 0) {
        if (source[i] === '\n') { line += 1; lineStart = i + 1; }
        if (source[i] === '/' && source[i + 1] === '*') { depth += 1; i += 2; continue; }
        if (source[i] === '*' && source[i + 1] === '/') { depth -= 1; i += 2; continue; }
        i += 1;
      }
      continue;
    }
    // Raw strings r"…", r#"…"#, br"…".
    const raw = /^b?r(#*)"/.exec(source.slice(i, i + 40));
    if (raw && !/[\w]/.test(source[i - 1] ?? '')) {
      const start = i; const startLine = line; const context = before(i);
      const close = `"${raw[1]}`;
      i += raw[0].length;
      const end = source.indexOf(close, i);
      const value = source.slice(i, end);
      for (const ch of value) if (ch === '\n') line += 1;
      i = end + close.length;
      if (value.includes('\n')) lineStart = source.lastIndexOf('\n', i) + 1;
      out.push({ kind: 'str', value, line: startLine, context, start });
      continue;
    }
    if (c === '"' || (c === 'b' && source[i + 1] === '"' && !/[\w]/.test(source[i - 1] ?? ''))) {
      const startLine = line; const context = before(i);
      i += c === 'b' ? 2 : 1;
      let value = '';
      while (i < n && source[i] !== '"') {
        if (source[i] === '\\') {
          const next = source[i + 1];
          if (next === '\n') { // line continuation: the newline and the next line's indent vanish
            i += 2; line += 1; lineStart = i;
            while (i < n && /\s/.test(source[i])) { if (source[i] === '\n') { line += 1; lineStart = i + 1; } i += 1; }
            continue;
          }
          const unicode = /^\\u\{([0-9a-fA-F]+)\}/.exec(source.slice(i, i + 12));
          if (unicode) { value += String.fromCodePoint(parseInt(unicode[1], 16)); i += unicode[0].length; continue; }
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i += 2;
          continue;
        }
        if (source[i] === '\n') { line += 1; lineStart = i + 1; }
        value += source[i];
        i += 1;
      }
      i += 1;
      out.push({ kind: 'str', value, line: startLine, context });
      continue;
    }
    if (c === '\'') {
      // A char literal ('a', '\n', '\u{a0}'); a lifetime ('a) is left alone.
      const m = /^'(?:\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'/u.exec(source.slice(i, i + 12));
      if (m) { i += m[0].length; continue; }
      i += 1;
      continue;
    }
    if (c === '#' && /^#\[cfg\(test\)\]/.test(source.slice(i, i + 12))) {
      const module = /^#\[cfg\(test\)\]\s*(?:pub(?:\([\w:]+\))?\s+)?mod\s+(\w+)\s*;/.exec(source.slice(i, i + 120));
      out.push({ kind: 'cfg-test', line, module: module?.[1] }); i += 12; continue;
    }
    if (c === '{' || c === '}' || c === ';') out.push({ kind: c, line });
    i += 1;
  }
  return out;
}

/**
 * The string tokens outside `#[cfg(test)]` items, and the names of the
 * modules declared `#[cfg(test)] mod x;` (whose files are tests too).
 */
function literalsOutsideTests(source) {
  const all = tokens(source);
  const kept = [];
  const testModules = [];
  for (let k = 0; k < all.length; k += 1) {
    const t = all[k];
    if (t.kind === 'cfg-test') {
      if (t.module) testModules.push(t.module);
      // Skip the item: up to its `;`, or its braces balanced.
      let depth = 0;
      for (k += 1; k < all.length; k += 1) {
        if (all[k].kind === '{') depth += 1;
        else if (all[k].kind === '}') { depth -= 1; if (depth === 0) break; }
        else if (all[k].kind === ';' && depth === 0) break;
      }
      continue;
    }
    if (t.kind === 'str') kept.push(t);
  }
  return { kept, testModules };
}

/** The files a `#[cfg(test)] mod name;` in `path` stands for. */
function moduleFiles(path, name) {
  const dir = dirname(path);
  const own = /(?:^|\/)(?:mod|lib|main)\.rs$/.test(path) ? dir : join(dir, basename(path, '.rs'));
  return [join(own, `${name}.rs`), join(own, name)];
}

/**
 * The html! attribute whose value the code before a literal on its line is
 * writing (`class="`, or `class={` with its brace still open), or null.
 */
function attributeOf(context) {
  const found = [...context.matchAll(/\b([a-zA-Z][\w-]*)=(\{|$)/g)];
  for (const m of found.reverse()) {
    if (m[2] === '') return m[1];
    // Its brace must still be open: once closed, the attribute has ended.
    let depth = 0; let closed = false;
    const rest = context.slice(m.index + m[0].length - 1).replace(/"(?:[^"\\]|\\.)*"/g, '""');
    for (const c of rest) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      if (depth === 0) { closed = true; break; }
    }
    if (!closed) return m[1];
  }
  return null;
}

/** Why `literal` is not a word, or null when it is one. */
function notAWord(literal) {
  const text = literal.value.replace(/\{\{|\}\}/g, '').replace(/\{[^{}]*\}/g, '').replace(/%[0-9A-F]{2}/g, '').trim();
  if (!/\p{L}/u.test(text)) return 'no letter';
  if (CODE.test(text)) return 'code';
  const name = attributeOf(literal.context);
  if (name) {
    if (UNREAD_ATTRIBUTES.has(name) || name.startsWith('data-') || (name.startsWith('aria-') && !READ_ARIA.has(name))) {
      return `attribute ${name}`;
    }
  }
  if (OTHER_CODE.some((re) => re.test(literal.context))) return 'code in another language';
  if (DEVELOPER_CALL.test(literal.context)) return 'developer message';
  return null;
}

function allowList() {
  if (!existsSync(ALLOW)) return new Set();
  return new Set(readFileSync(ALLOW, 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

const allowed = allowList();
const files = rustFiles(SRC).sort();
const read = new Map(files.map((path) => [path, literalsOutsideTests(readFileSync(path, 'utf8'))]));
const testFiles = [...read].flatMap(([path, { testModules }]) => testModules.flatMap((m) => moduleFiles(path, m)));
const isTest = (path) => testFiles.some((t) => path === t || path.startsWith(`${t}/`));
const words = [];
for (const path of files.filter((p) => !isTest(p))) {
  const file = relative(ROOT, path);
  for (const literal of read.get(path).kept) {
    const why = allowed.has(`${file}: ${literal.value}`) ? 'allowed' : notAWord(literal);
    if (why !== null) {
      if (process.argv.includes('--explain') && why !== 'no letter') console.log(`  ${file}:${literal.line}: ${JSON.stringify(literal.value)} — ${why}`);
      continue;
    }
    words.push(`${file}:${literal.line}: ${JSON.stringify(literal.value)}`);
  }
}
if (!process.argv.includes('--quiet')) for (const w of words) console.log(w);
console.log(`${words.length} word${words.length === 1 ? '' : 's'} written in src/ (they belong in rules/src/text)`);
process.exit(words.length === 0 ? 0 : 1);
