// The structure's rules, measured (run by `make lint`, so by `make test`):
//
//   1. No Rust file of the code over 800 lines (src/, rules/src/, js/src/).
//   2. No function over 150 lines: every `fn` item with a body, wherever it
//      sits (free, in an `impl` or a trait, nested, a Yew component with its
//      `html!`), counted from the line of `fn` to that of its closing brace.
//   3. No import cycle between the top-level modules of a crate: module `a`
//      depends on `b` when code of `a` (any file under it) names `crate::b`,
//      `super::b` from a file right under the crate root, `crate::X` for an
//      item the root re-exports from `b` (`pub use b::X`), or, in the rules
//      library, `booster_ia::b`. Test code (a module under `#[cfg(test)]`) is
//      left out: a test may assemble anything. The crates: the rules library
//      (rules/src/lib.rs), the checker (rules/src/bin/booster-ia/main.rs), the
//      app (src/lib.rs) and the npm package (js/src/lib.rs).
//
// Comments, strings and character literals are blanked before anything is
// read, so a word in a doc comment or a sentence is never taken for code.
// It prints what it measured (files, lines, functions, the longest of each,
// the module graph's size), then every breach, and exits 1 on any.
//
// Usage: node scripts/structure.mjs [--verbose] [--root DIR]   (no dependency
// but Node; --verbose also lists every dependency between modules, where first
// named; --root measures another tree). Its tests: scripts/structure.test.mjs.

import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

// The repository measured: this script's, or the one after `--root` (the tests' fixtures).
const rootArg = process.argv.indexOf('--root');
const ROOT = rootArg > 0 ? process.argv[rootArg + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_FILE_LINES = 800;
const MAX_FN_LINES = 150;
const CODE_DIRS = ['src', 'rules/src', 'js/src'];
const CRATES = [
  { name: 'rules (lib booster_ia)', root: 'rules/src/lib.rs', selfName: 'booster_ia' },
  { name: 'booster-ia (checker)', root: 'rules/src/bin/booster-ia/main.rs' },
  { name: 'app', root: 'src/lib.rs' },
  { name: 'js', root: 'js/src/lib.rs' },
];
const verbose = process.argv.includes('--verbose');

/** Every .rs file under `dir`, recursively, relative to the repository. */
function rustFiles(dir) {
  const out = [];
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return out;
  for (const entry of readdirSync(abs).sort()) {
    const path = join(dir, entry);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...rustFiles(path));
    else if (entry.endsWith('.rs')) out.push(path);
  }
  return out;
}

/**
 * The source with comments, string and char literals replaced by spaces
 * (newlines kept), so positions and line numbers stay those of the file.
 */
function blank(src) {
  const out = src.split('');
  const wipe = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  const n = src.length;
  const identChar = (c) => c !== undefined && /[A-Za-z0-9_]/.test(c);
  while (i < n) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      wipe(i, stop);
      i = stop;
    } else if (c === '/' && src[i + 1] === '*') {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (src[j] === '/' && src[j + 1] === '*') { depth++; j += 2; }
        else if (src[j] === '*' && src[j + 1] === '/') { depth--; j += 2; }
        else j++;
      }
      wipe(i, j);
      i = j;
    } else if ((c === 'r' || (c === 'b' && src[i + 1] === 'r')) && !identChar(src[i - 1])
      && /^b?r#*"/.test(src.slice(i, i + 260))) {
      // raw string r"…", r#"…"#, br#"…"#
      const m = /^b?r(#*)"/.exec(src.slice(i, i + 260));
      const close = '"' + m[1];
      const end = src.indexOf(close, i + m[0].length);
      const stop = end < 0 ? n : end + close.length;
      wipe(i, stop);
      i = stop;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      wipe(i, j + 1);
      i = j + 1;
    } else if (c === '\'') {
      // a char literal ('a', '\n', '\u{…}', 'é') or a lifetime ('a, 'static)
      if (src[i + 1] === '\\') {
        let j = i + 3; // past the escaped character, which may be a quote
        while (j < n && src[j] !== '\'') j++;
        wipe(i, j + 1);
        i = j + 1;
      } else {
        const cp = src.codePointAt(i + 1);
        const width = cp > 0xffff ? 2 : 1;
        if (src[i + 1 + width] === '\'') {
          wipe(i, i + 2 + width);
          i += 2 + width;
        } else i++;
      }
    } else i++;
  }
  return out.join('');
}

/** Line number (1-based) of every offset, by a table of line starts. */
function lineIndex(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The offset of the brace closing the one at `open`, in blanked text. */
function closingBrace(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return i;
  }
  return code.length - 1;
}

/** Every `fn` item with a body: its name, first and last line. */
function functions(code, lineOf) {
  const found = [];
  const re = /\bfn\s+([A-Za-z_][A-Za-z0-9_]*)\s*[<(]/g;
  let m;
  while ((m = re.exec(code))) {
    // The signature ends at the first `{` or `;` outside brackets.
    let depth = 0;
    let i = m.index + m[0].length - 1;
    for (; i < code.length; i++) {
      const c = code[i];
      if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (depth === 0 && (c === '{' || c === ';')) break;
    }
    if (code[i] !== '{') continue; // a declaration without a body
    const first = lineOf(m.index);
    const last = lineOf(closingBrace(code, i));
    found.push({ name: m[1], first, last, lines: last - first + 1 });
  }
  return found;
}

/** The ranges (offsets) of inline modules `mod x { … }`, with whether under `#[cfg(test)]`. */
function inlineModules(code) {
  const ranges = [];
  const re = /\bmod\s+[A-Za-z_][A-Za-z0-9_]*\s*\{/g;
  let m;
  while ((m = re.exec(code))) {
    const open = m.index + m[0].length - 1;
    ranges.push({ from: open, to: closingBrace(code, open), test: underCfgTest(code, m.index) });
  }
  return ranges;
}

/** Whether the item starting at `at` carries `#[cfg(test)]` among its attributes. */
function underCfgTest(code, at) {
  // Walk back over the attributes (and `pub`, visibility) right before the item.
  const before = code.slice(Math.max(0, at - 400), at);
  const attrs = /((?:#\[[^\]]*\]\s*)*)(?:pub(?:\([^)]*\))?\s+)?$/.exec(before);
  return attrs !== null && /#\[cfg\(test\)\]/.test(attrs[1]);
}

/** The files of a crate, each with its top-level module, following `mod` declarations from the root. */
function crateModules(rootPath) {
  const files = []; // { path, top, depth, test }
  const visit = (path, top, depth, test) => {
    const src = readFileSync(join(ROOT, path), 'utf8');
    files.push({ path, top, depth, test });
    const code = blank(src);
    const isModRs = ['lib.rs', 'main.rs', 'mod.rs'].includes(basename(path));
    const dir = isModRs ? dirname(path) : join(dirname(path), basename(path, '.rs'));
    const inline = inlineModules(code);
    const re = /\bmod\s+([A-Za-z_][A-Za-z0-9_]*)\s*;/g;
    let m;
    while ((m = re.exec(code))) {
      if (inline.some((r) => r.from < m.index && m.index < r.to)) continue;
      const name = m[1];
      // `#[path = "…"]` is blanked in `code`: read it from the source.
      const attrText = src.slice(Math.max(0, m.index - 400), m.index);
      const attr = /#\[path\s*=\s*"([^"]+)"\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?$/.exec(attrText);
      let child;
      if (attr) child = join(dirname(path), attr[1]);
      else if (existsSync(join(ROOT, dir, `${name}.rs`))) child = join(dir, `${name}.rs`);
      else child = join(dir, name, 'mod.rs');
      if (!existsSync(join(ROOT, child))) continue;
      const childTest = test || underCfgTest(code, m.index);
      visit(child, depth === 0 ? name : top, depth + 1, childTest);
    }
  };
  visit(rootPath, null, 0, false);
  return files;
}

/** The names the crate root re-exports (`pub use a::X`, `pub use a::{X, Y}`) → their module. */
function rootReexports(rootCode) {
  const map = new Map();
  const re = /\bpub\s+use\s+(?:crate::|self::)?([A-Za-z_][A-Za-z0-9_]*)::([^;]*);/g;
  let m;
  while ((m = re.exec(rootCode))) {
    const names = m[2].replace(/[{}]/g, ' ').split(',').map((s) => s.trim().split('::').pop())
      .map((s) => (/\bas\s+(\w+)$/.exec(s)?.[1]) ?? s).filter((s) => /^\w+$/.test(s));
    for (const name of names) map.set(name, m[1]);
  }
  return map;
}

/** The first segments named after `prefix` at `at`: `a` in `crate::a::…`, each of `crate::{a::X, b}`. */
function firstSegments(code, at) {
  let i = at;
  while (/\s/.test(code[i])) i++;
  if (code[i] !== '{') {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(code.slice(i, i + 100));
    return m ? [m[0]] : [];
  }
  const close = closingBrace(code, i);
  const inner = code.slice(i + 1, close);
  const names = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k <= inner.length; k++) {
    const c = inner[k];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if ((c === ',' && depth === 0) || k === inner.length) {
      const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(inner.slice(start, k));
      if (m) names.push(m[1]);
      start = k + 1;
    }
  }
  return names;
}

/** The dependencies between a crate's top-level modules, each edge with where it is first named. */
function crateGraph(crate) {
  const files = crateModules(crate.root);
  const tops = new Set(files.filter((f) => f.depth === 1).map((f) => f.top));
  const reexports = rootReexports(blank(readFileSync(join(ROOT, crate.root), 'utf8')));
  const resolve = (name) => (tops.has(name) ? name : reexports.get(name));
  const edges = new Map(); // "a b" → "file:line"
  for (const file of files) {
    if (file.depth === 0 || file.test) continue;
    const code = blank(readFileSync(join(ROOT, file.path), 'utf8'));
    const lineOf = lineIndex(code);
    const inline = inlineModules(code);
    const inTest = (at) => inline.some((r) => r.test && r.from < at && at < r.to);
    const inlineDepth = (at) => inline.filter((r) => r.from < at && at < r.to).length;
    const prefixes = [/\bcrate::/g, /\bsuper::(?:super::)*/g];
    if (crate.selfName) prefixes.push(new RegExp(`\\b${crate.selfName}::`, 'g'));
    for (const re of prefixes) {
      let m;
      while ((m = re.exec(code))) {
        if (code[m.index - 1] === '$' || inTest(m.index)) continue;
        if (m[0].startsWith('super')) {
          // `super::` reaches the root only from a file right under it.
          const ups = m[0].split('super::').length - 1;
          if (file.depth + inlineDepth(m.index) - ups !== 0) continue;
        }
        for (const name of firstSegments(code, m.index + m[0].length)) {
          const target = resolve(name);
          if (!target || target === file.top) continue;
          const key = `${file.top} ${target}`;
          if (!edges.has(key)) edges.set(key, `${file.path}:${lineOf(m.index)}`);
        }
      }
    }
  }
  return { tops, edges };
}

/** The cycles of a graph: one per strongly connected component of two or more modules. */
function cycles(tops, edges) {
  const next = new Map([...tops].map((t) => [t, []]));
  for (const key of edges.keys()) {
    const [a, b] = key.split(' ');
    next.get(a)?.push(b);
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const connect = (v) => {
    idx.set(v, index); low.set(v, index); index++;
    stack.push(v); onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!idx.has(w)) { connect(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do { w = stack.pop(); onStack.delete(w); comp.push(w); } while (w !== v);
      if (comp.length > 1) components.push(comp.sort());
    }
  };
  for (const t of [...tops].sort()) if (!idx.has(t)) connect(t);
  // In each component, its shortest cycle: a breadth-first search from each module.
  const shortestThrough = (start, inComp) => {
    const from = new Map([[start, null]]);
    const queue = [start];
    while (queue.length) {
      const v = queue.shift();
      for (const w of next.get(v)) {
        if (!inComp.has(w)) continue;
        if (w === start) {
          const path = [];
          for (let u = v; u !== null; u = from.get(u)) path.unshift(u);
          return [...path, start];
        }
        if (!from.has(w)) { from.set(w, v); queue.push(w); }
      }
    }
    return [start, start];
  };
  return components.map((comp) => {
    const inComp = new Set(comp);
    const paths = comp.map((start) => shortestThrough(start, inComp));
    const path = paths.reduce((best, p) => (p.length < best.length ? p : best));
    return { modules: comp, path };
  });
}

// ── Measure ────────────────────────────────────────────────────────────────

const breaches = [];
let fileCount = 0;
let lineCount = 0;
let fnCount = 0;
let longestFile = { path: '', lines: 0 };
let longestFn = { where: '', name: '', lines: 0 };
const longFiles = [];
const longFns = [];

for (const dir of CODE_DIRS) {
  for (const path of rustFiles(dir)) {
    const src = readFileSync(join(ROOT, path), 'utf8');
    const lines = src.split('\n').length - (src.endsWith('\n') ? 1 : 0);
    fileCount++;
    lineCount += lines;
    if (lines > longestFile.lines) longestFile = { path, lines };
    if (lines > MAX_FILE_LINES) longFiles.push({ path, lines });
    const code = blank(src);
    for (const f of functions(code, lineIndex(code))) {
      fnCount++;
      const where = `${path}:${f.first}`;
      if (f.lines > longestFn.lines) longestFn = { where, name: f.name, lines: f.lines };
      if (f.lines > MAX_FN_LINES) longFns.push({ where, name: f.name, lines: f.lines });
    }
  }
}

let moduleCount = 0;
let edgeCount = 0;
const crateCycles = [];
for (const crate of CRATES) {
  if (!existsSync(join(ROOT, crate.root))) continue;
  const { tops, edges } = crateGraph(crate);
  moduleCount += tops.size;
  edgeCount += edges.size;
  if (verbose) {
    console.log(`${crate.name}:`);
    for (const [key, at] of [...edges].sort()) console.log(`  ${key.replace(' ', ' → ')}  (${at})`);
  }
  for (const cycle of cycles(tops, edges)) crateCycles.push({ crate, cycle, edges });
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
console.log(
  `structure: ${count(fileCount, 'Rust file', 'Rust files')}, ${lineCount} lines, ` +
  `${count(fnCount, 'function', 'functions')}; ` +
  `longest file ${longestFile.path} (${longestFile.lines} lines), ` +
  `longest function ${longestFn.name} at ${longestFn.where} (${longestFn.lines} lines); ` +
  `${count(moduleCount, 'top-level module', 'top-level modules')} in ${CRATES.length} crates, ` +
  `${count(edgeCount, 'dependency', 'dependencies')} between them.`,
);

for (const f of longFiles.sort((a, b) => b.lines - a.lines)) {
  breaches.push(`file over ${MAX_FILE_LINES} lines: ${f.path} (${f.lines} lines)`);
}
for (const f of longFns.sort((a, b) => b.lines - a.lines)) {
  breaches.push(`function over ${MAX_FN_LINES} lines: ${f.name} at ${f.where} (${f.lines} lines)`);
}
for (const { crate, cycle, edges } of crateCycles) {
  const steps = [];
  for (let k = 0; k + 1 < cycle.path.length; k++) {
    const [a, b] = [cycle.path[k], cycle.path[k + 1]];
    steps.push(`    ${a} → ${b}  (${edges.get(`${a} ${b}`)})`);
  }
  breaches.push(
    `import cycle in ${crate.name} among ${cycle.modules.join(', ')}: ` +
    `${cycle.path.join(' → ')}\n${steps.join('\n')}`,
  );
}

if (breaches.length) {
  console.error(`\nstructure: ${breaches.length} breach${breaches.length === 1 ? '' : 'es'} of the rules at the top of scripts/structure.mjs:`);
  for (const b of breaches) console.error(`  - ${b}`);
  console.error(
    '\nSplit a long file by what its parts hold, a long function into named stages; ' +
    'break a cycle by moving what the lower module needs below it (a lower module never names a higher one).',
  );
  process.exit(1);
}
