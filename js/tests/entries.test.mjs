// The package's entries and arguments (dist-js/, built by `make js`): the
// browser form `await init()` in Node (ESM and CommonJS, one engine), one
// wasm file reachable through `exports`, the language given alone or as
// compare's third argument, errors that name their argument, `isDraftError`,
// `rulesVersion(null)`, and the README and LICENSE in the package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "dist-js");
const require = createRequire(import.meta.url);
const cjs = require(join(dist, "node/index.js"));
const esm = await import(join(dist, "node/index.mjs"));
const example = (name) => readFileSync(join(root, `examples/${name}.json`), "utf8");
const pkg = JSON.parse(readFileSync(join(dist, "package.json"), "utf8"));

/** What `call` throws (it must throw). */
function caught(call) {
  try {
    call();
  } catch (e) {
    return e;
  }
  assert.fail("did not throw");
}

test("Node: the browser form works in ESM and CommonJS, one engine behind both", async () => {
  assert.equal(typeof esm.default, "function");
  assert.equal(esm.default, cjs.default);
  assert.equal(esm.assess, cjs.assess);
  assert.equal(typeof esm.initSync, "function");
  assert.equal(cjs.__esModule, true, "compiled `import init from` reads .default");
  // init resolves at once, whatever it is given; initSync returns at once.
  await esm.default();
  await esm.default({ module_or_path: "ignored.wasm" });
  cjs.initSync();
  cjs.initSync({ module: new Uint8Array() });
  assert.equal(esm.assess(example("eligible")).grant, "7750.00");
  // The ESM entry names every function the CommonJS one has.
  const named = Object.keys(cjs).filter((k) => k !== "default" && k !== "__esModule").sort();
  assert.deepEqual(Object.keys(esm).filter((k) => k !== "default").sort(), named);
  assert.deepEqual(named, ["assess", "compare", "initSync", "isDraftError", "parse", "rulesVersion"]);
});

test("one wasm file, in web/, exported; the Node glue reads it", async () => {
  const files = [];
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).forEach((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : files.push(join(dir, e.name).slice(dist.length + 1)));
  walk(dist);
  assert.deepEqual(files.filter((f) => f.endsWith(".wasm")), ["web/index_bg.wasm"]);
  assert.equal(pkg.exports["./index_bg.wasm"], "./web/index_bg.wasm");
  assert.equal(pkg.exports["./web/index_bg.wasm"], "./web/index_bg.wasm");
  assert.match(readFileSync(join(dist, "node/index.js"), "utf8"), /'web', 'index_bg\.wasm'/);
  // initSync(bytes) in the browser module, with the exported file's bytes.
  const web = await import(join(dist, "web/index.js"));
  web.initSync({ module: readFileSync(join(dist, pkg.exports["./index_bg.wasm"])) });
  assert.deepEqual(web.assess(example("cap-binds"), "en"), cjs.assess(example("cap-binds"), "en"));
  assert.equal(typeof web.isDraftError, "function");
});

test("the language alone is the options; anything else throws naming the argument", () => {
  const text = example("not-eligible");
  assert.deepEqual(cjs.assess(text, "en"), cjs.assess(text, { lang: "en" }));
  assert.deepEqual(cjs.parse(text, "fr"), cjs.parse(text));
  const bad = readFileSync(join(root, "tests/hostile/amount-nan.json"), "utf8");
  const message = caught;
  const en = message(() => cjs.parse(bad, "en"));
  assert.equal(en.message, message(() => cjs.parse(bad, { lang: "en" })).message);
  assert.notEqual(en.message, message(() => cjs.parse(bad)).message, "French by default");
  for (const [options, Type, start] of [
    ["de", RangeError, 'options.lang: "fr" or "en", not "de"'],
    [{ lang: "de" }, RangeError, 'options.lang: "fr" or "en", not "de"'],
    [{ lang: 1 }, TypeError, "options: "],
    [3, TypeError, "options: "],
    [() => {}, TypeError, "options: "],
  ]) {
    const e = message(() => cjs.assess(text, options));
    assert.ok(e instanceof Type, `${String(options)}: ${e}`);
    assert.ok(e.message.startsWith(start), e.message);
    assert.equal(cjs.isDraftError(e), false);
  }
  assert.match(message(() => cjs.assess(42)).message, /^draft: .*, not a number$/);
  assert.match(message(() => cjs.parse()).message, /^draft: .*, not undefined$/);
  assert.match(message(() => cjs.assess(text, 3)).message, /, not a number$/);
  assert.match(message(() => cjs.compare(text, true)).message, /^b: /);
});

test("compare(a, b, { lang }) takes the options; a third draft still comes third", () => {
  const [a, b, c] = [example("eligible"), example("cap-binds"), example("association")];
  const two = cjs.compare(a, b, undefined, { lang: "en" });
  assert.deepEqual(cjs.compare(a, b, { lang: "en" }), two);
  assert.deepEqual(cjs.compare(a, b, "en"), two);
  assert.deepEqual(cjs.compare(a, b).scenarios, ["A", "B"]);
  assert.deepEqual(cjs.compare(a, b, {}), cjs.compare(a, b));
  assert.deepEqual(cjs.compare(a, b, c).scenarios, ["A", "B", "C"]);
  assert.deepEqual(cjs.compare(a, b, JSON.parse(c), "en").scenarios, ["A", "B", "C"]);
  // The options third, in English: a bad second draft throws in English about B.
  const bad = readFileSync(join(root, "tests/hostile/dangling-partner.json"), "utf8");
  const en = caught(() => cjs.compare(a, bad, { lang: "en" }));
  assert.equal(en.scenario, "B");
  assert.ok(cjs.isDraftError(en));
  assert.equal(en.message, caught(() => cjs.parse(bad, "en")).message);
  // An object with other keys than `lang` is a draft: it throws as scenario C.
  assert.throws(() => cjs.compare(a, b, { lang: "en", title: "x" }), (e) => e.scenario === "C");
  assert.throws(() => cjs.compare(a, undefined, c), (e) => e instanceof TypeError);
});

test("isDraftError tells the package's errors apart", () => {
  for (const bad of ["{", "{}", readFileSync(join(root, "tests/hostile/amount-nan.json"), "utf8")]) {
    for (const call of [() => cjs.parse(bad), () => cjs.assess(bad, "en"), () => cjs.compare(bad, bad)]) {
      assert.throws(call, (e) => {
        assert.ok(cjs.isDraftError(e), String(e));
        assert.ok(esm.isDraftError(e));
        assert.equal(e.name, "DraftError");
        assert.ok(e instanceof Error);
        assert.equal(typeof e.path, "string");
        return true;
      });
    }
  }
  const lookalike = Object.assign(new Error("x"), { path: 3 });
  lookalike.name = "DraftError";
  for (const other of [new Error("x"), new TypeError("path"), lookalike, { name: "DraftError", path: "" }, null, undefined, "DraftError"]) {
    assert.equal(cjs.isDraftError(other), false, String(other));
  }
});

test("rulesVersion(null) is what assess applies to a draft without a submission date", () => {
  const draft = JSON.parse(example("eligible"));
  draft.timeline.submission = null;
  assert.equal(cjs.rulesVersion(draft.timeline.submission), cjs.assess(draft).rules_version);
  draft.timeline.submission = "2024-06-24";
  assert.equal(cjs.rulesVersion(draft.timeline.submission), cjs.assess(draft).rules_version);
  assert.throws(() => cjs.rulesVersion(true), (e) => e instanceof TypeError && e.message.startsWith("date: "));
  assert.throws(() => cjs.rulesVersion("2025-13-01"), (e) => e instanceof RangeError && e.message.startsWith("date: "));
});

test("the package holds its README and LICENSE, and the README says what the issue asks", () => {
  for (const f of ["README.md", "LICENSE", "draft-v3.schema.json"]) assert.ok(pkg.files.includes(f), f);
  const readme = readFileSync(join(dist, "README.md"), "utf8");
  for (const words of [
    "npm install booster-ia",
    'import init, { assess, isDraftError } from "booster-ia"',
    'require("booster-ia")',
    "optimizeDeps: { exclude: [\"booster-ia\"] }",
    'booster-ia/index_bg.wasm?url',
    "## webpack 5",
    "script-src 'self' 'wasm-unsafe-eval'",
    'name: "DraftError"',
    "draft-v3.schema.json",
  ]) {
    assert.ok(readme.includes(words), words);
  }
  assert.match(readFileSync(join(dist, "LICENSE"), "utf8"), /^MIT License/);
});
