// The npm package (dist-js/, built by `make js`) against the `booster-ia`
// checker (target/release/booster-ia): on every example and test draft,
// assess gives the object `check` prints and an invalid draft throws with
// the checker's path and message; compare gives what `compare` prints.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "dist-js");
const checker = join(root, "target/release/booster-ia");
const require = createRequire(import.meta.url);
const booster = require(join(dist, "node/index.js"));
const scratch = mkdtempSync(join(tmpdir(), "booster-ia-js-"));

/** Every draft the project tests with: the examples and the hostile corpus. */
const drafts = [
  ...readdirSync(join(root, "examples")).filter((f) => f.endsWith(".json")).map((f) => join(root, "examples", f)),
  ...readdirSync(join(root, "tests/hostile"))
    .filter((f) => f.endsWith(".json") && f !== "expected.json")
    .map((f) => join(root, "tests/hostile", f)),
];
const hostilePaths = JSON.parse(readFileSync(join(root, "tests/hostile/expected.json"), "utf8"));

/** `booster-ia ARGS`: its exit status, standard output and error. */
function run(...args) {
  const out = spawnSync(checker, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  assert.equal(out.error, undefined, `${checker} runs (make build first)`);
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

/** What the package does with the file `path` is what the checker does. */
function assertSameAsChecker(path, lang) {
  const text = readFileSync(path, "utf8");
  const out = run("check", path, "--lang", lang);
  if (out.status === 0 || out.status === 1) {
    const expected = JSON.parse(out.stdout);
    assert.deepEqual(booster.assess(text, { lang }), expected, `${path} as text`);
    assert.deepEqual(booster.assess(JSON.parse(text), { lang }), expected, `${path} as an object`);
    assert.equal(expected.verdict === "eligible", out.status === 0);
    return expected;
  }
  assert.equal(out.status, 2, out.stderr);
  // The checker prints `FILE: MESSAGE`; the package throws MESSAGE, with `path`.
  for (const call of [() => booster.parse(text, { lang }), () => booster.assess(text, { lang })]) {
    assert.throws(call, (e) => {
      assert.ok(e instanceof Error);
      assert.equal(`${path}: ${e.message}\n`, out.stderr, path);
      assert.equal(typeof e.path, "string");
      assert.ok(e.message.startsWith(e.path === "" ? e.problem : `${e.path}`), e.message);
      const name = path.split("/").pop();
      if (name in hostilePaths) assert.equal(e.path, hostilePaths[name], name);
      return true;
    });
  }
  return null;
}

test("assess gives the checker's JSON on every example and test draft, in French and English", () => {
  assert.ok(drafts.length >= 25, `${drafts.length} drafts`);
  let assessed = 0;
  for (const path of drafts) {
    for (const lang of ["fr", "en"]) if (assertSameAsChecker(path, lang)) assessed += 1;
  }
  assert.ok(assessed >= 10, "the five examples, twice");
});

test("an invalid draft throws with the path the checker names, in French by default", () => {
  const text = readFileSync(join(root, "tests/hostile/amount-nan.json"), "utf8");
  const fr = run("check", join(root, "tests/hostile/amount-nan.json")).stderr;
  assert.throws(() => booster.parse(text), (e) => e.path === "budget[0].amount" && fr.endsWith(`: ${e.message}\n`));
  assert.throws(() => booster.parse("{"), (e) => e.path === "" && e.message.length > 0);
  assert.throws(() => booster.assess(42), TypeError);
  assert.throws(() => booster.assess("{}", { lang: "de" }), RangeError);
});

test("the assessment a draft carries is compared, as the checker does", () => {
  const draft = JSON.parse(readFileSync(join(root, "examples/eligible.json"), "utf8"));
  const expected = booster.assess(draft);
  draft.assessment = { ...expected, grant: "1.00", verdict: "not_eligible" };
  delete draft.assessment.differences_from_draft;
  const path = join(scratch, "stated.json");
  writeFileSync(path, JSON.stringify(draft));
  const out = assertSameAsChecker(path, "fr");
  assert.deepEqual(out.differences_from_draft.map((d) => d.figure), ["verdict", "grant"]);
});

test("money stays strings", () => {
  const a = booster.assess(readFileSync(join(root, "examples/cap-binds.json"), "utf8"));
  for (const key of ["total_costs", "eligible_costs", "grant", "advance", "balance", "own_share"]) {
    assert.match(a[key], /^-?\d+\.\d\d$/, key);
  }
  assert.match(a.lines[0].amount, /^\d+\.\d\d$/);
  assert.match(a.financing.own_funds, /^-?\d+\.\d\d$/);
  const numbers = [];
  JSON.stringify(a, (k, v) => (typeof v === "number" && numbers.push(k), v));
  assert.deepEqual(numbers, []);
});

test("parse returns the draft as format v3, which assesses the same", () => {
  for (const name of ["eligible", "association", "incomplete"]) {
    const text = readFileSync(join(root, `examples/${name}.json`), "utf8");
    const draft = booster.parse(text);
    assert.equal(draft.format, "booster-ia-draft");
    assert.equal(draft.version, 3);
    assert.equal(typeof draft.budget[0].amount, "string");
    assert.deepEqual(booster.assess(draft), booster.assess(text));
  }
});

test("compare gives what booster-ia compare prints, for two and three drafts", () => {
  const ex = (n) => join(root, `examples/${n}.json`);
  const read = (p) => readFileSync(p, "utf8");
  for (const paths of [
    [ex("eligible"), ex("cap-binds")],
    [ex("eligible"), ex("eligible")],
    [ex("eligible"), ex("not-eligible"), ex("association")],
    [ex("incomplete"), ex("cap-binds"), ex("eligible")],
  ]) {
    const out = run("compare", ...paths);
    assert.ok(out.status === 0 || out.status === 1, out.stderr);
    const got = booster.compare(...paths.map(read));
    assert.deepEqual(got, JSON.parse(out.stdout), paths.join(" "));
    assert.equal(got.rows.some((r) => r.differs), out.status === 1);
  }
  const bad = read(join(root, "tests/hostile/dangling-partner.json"));
  assert.throws(
    () => booster.compare(read(ex("eligible")), bad, undefined, { lang: "en" }),
    (e) => e.scenario === "B" && e.path === "budget[0].partner",
  );
  assert.throws(() => booster.compare(read(ex("eligible"))), TypeError);
});

test("a 2 000-line draft is assessed, the same as by the checker", () => {
  const draft = JSON.parse(readFileSync(join(root, "examples/eligible.json"), "utf8"));
  const categories = ["personnel", "intellectual_services", "licences", "equipment", "travel"];
  draft.budget = Array.from({ length: 2000 }, (_, i) => ({
    id: `b${i}`,
    partner: `p${(i % 2) + 1}`,
    category: categories[i % categories.length],
    label: `Ligne ${i}`,
    amount: (100 + i * 0.37).toFixed(2),
    // Answered, and not: every third line unsaid (pending where a public body's personnel).
    permanent_staff: i % 3 === 0 ? null : i % 7 === 0,
  }));
  const path = join(scratch, "lines-2000.json");
  writeFileSync(path, JSON.stringify(draft, null, 2));
  const a = assertSameAsChecker(path, "fr");
  assert.equal(a.lines.length, 2000);
});

test("a public body's personnel line not said yet is pending, as the checker says; null before v3 is refused", () => {
  const draft = JSON.parse(readFileSync(join(root, "examples/eligible.json"), "utf8"));
  draft.budget.push({ id: "b9", partner: "p2", category: "personnel", label: "Ingénieur", amount: "6000.00", permanent_staff: null });
  const path = join(scratch, "pending.json");
  writeFileSync(path, JSON.stringify(draft));
  const a = assertSameAsChecker(path, "en");
  assert.equal(a.verdict, "incomplete");
  assert.equal(a.eligible_costs, "15500.00");
  assert.deepEqual(a.pending, { costs: "6000.00", grant_if_counted: "10750.00", lines: ["b9"] });
  // Answered « no », it counts; the v3 draft round-trips with its null.
  assert.equal(booster.parse(draft).budget[4].permanent_staff, null);
  draft.budget[4].permanent_staff = false;
  assert.equal(booster.assess(draft).eligible_costs, "21500.00");
  assert.equal(booster.assess(draft).pending.costs, "0.00");
  // A v2 file holding null is refused with its path, as by the checker.
  draft.version = 2;
  draft.budget[4].permanent_staff = null;
  const v2 = join(scratch, "pending-v2.json");
  writeFileSync(v2, JSON.stringify(draft));
  assertSameAsChecker(v2, "fr");
  assert.throws(() => booster.parse(draft), (e) => e.path === "budget[4].permanent_staff");
  // A v1 file reads as v3 with the same figures.
  const v1 = readFileSync(join(root, "tests/fixtures/v1/eligible.json"), "utf8");
  assert.equal(booster.parse(v1).version, 3);
  assert.equal(booster.assess(v1).grant, "7750.00");
});

test("rulesVersion is the version assess applies on that date", () => {
  const draft = JSON.parse(readFileSync(join(root, "examples/eligible.json"), "utf8"));
  for (const day of ["2024-06-23", "2024-06-24", "2031-12-31"]) {
    draft.timeline.submission = day;
    assert.equal(booster.rulesVersion(day), booster.assess(draft).rules_version, day);
  }
  assert.match(booster.rulesVersion(), /^\d{4}-\d\d-\d\d$/);
  assert.equal(booster.rulesVersion(new Date(2025, 0, 1)), booster.rulesVersion("2025-01-01"));
  assert.throws(() => booster.rulesVersion("2025-02-30"), RangeError);
  assert.throws(() => booster.rulesVersion(20250101), TypeError);
});

test("the package: its version is the crate's, its entries exist, ESM and the browser module work", async () => {
  const pkg = JSON.parse(readFileSync(join(dist, "package.json"), "utf8"));
  const cargo = readFileSync(join(root, "js/Cargo.toml"), "utf8").match(/^version = "(.+)"$/m)[1];
  assert.equal(pkg.name, "booster-ia");
  assert.equal(pkg.version, cargo);
  const targets = [];
  const walk = (v) => (typeof v === "string" ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  assert.ok(targets.length >= 10, targets.join(" "));
  for (const t of targets) readFileSync(join(dist, t));
  // Node's ESM import of the CommonJS entry sees the named exports.
  const esm = await import(join(dist, "node/index.js"));
  assert.equal(typeof esm.assess, "function");
  // The browser ES module, given its wasm as bytes instead of fetching it.
  const web = await import(join(dist, "web/index.js"));
  web.initSync({ module: readFileSync(join(dist, "web/index_bg.wasm")) });
  const text = readFileSync(join(root, "examples/eligible.json"), "utf8");
  assert.deepEqual(web.assess(text), booster.assess(text));
});
