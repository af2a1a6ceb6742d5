// A real client of the npm package, as a web developer builds one
// (js/tests/client/): the packed tarball of dist-js/ (`npm pack`) installed
// beside Vite, webpack and TypeScript (their versions locked in package-lock.json,
// installed by scripts/setup.sh), a TypeScript file type-checked with
// --strict, built by Vite and shown in Debian's Chromium under a strict
// CSP, the README's webpack form likewise, and the README's browser form
// (`await init()`) run by Node. The grant
// shown must be the `booster-ia` checker's.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { createServer as createNetServer } from "node:net";
import { createServer } from "node:http";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const client = join(root, "js/tests/client");
const bin = (name) => join(client, "node_modules/.bin", name);
const example = join(root, "examples/eligible.json");
const checked = JSON.parse(execFileSync(join(root, "target/release/booster-ia"), ["check", example, "--lang", "en"], {
  encoding: "utf8",
}));
const scratch = mkdtempSync(join(tmpdir(), "booster-ia-client-"));
let tarball;

/** `cmd args` in the client's folder; its output, or a failure with what it printed. */
function run(cmd, args, cwd = client) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    assert.fail(`${cmd} ${args.join(" ")}:\n${e.stdout}\n${e.stderr}`);
  }
}

before(() => {
  assert.ok(existsSync(bin("vite")) && existsSync(bin("tsc")), "js/tests/client: run scripts/setup.sh (npm ci)");
  // The tarball a registry would serve, installed as a developer does (not saved: the lock stays Vite's and TypeScript's).
  const name = run("npm", ["pack", join(root, "dist-js"), "--pack-destination", scratch, "--silent"]).trim();
  tarball = join(scratch, name);
  const lock = readFileSync(join(client, "package-lock.json"), "utf8");
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", tarball]);
  assert.equal(readFileSync(join(client, "package-lock.json"), "utf8"), lock, "the lock is left as committed");
  copyFileSync(example, join(client, "src/eligible.json"));
});

test("the tarball holds the README, the LICENSE, one wasm and the declarations", () => {
  const files = run("tar", ["-tzf", tarball]).split("\n").filter(Boolean).sort();
  for (const f of ["README.md", "LICENSE", "package.json", "web/index_bg.wasm", "web/index.d.ts", "node/index.d.mts"]) {
    assert.ok(files.includes(`package/${f}`), f);
  }
  assert.deepEqual(files.filter((f) => f.endsWith(".wasm")), ["package/web/index_bg.wasm"]);
  const installed = createRequire(join(client, "x.js"))("booster-ia/package.json");
  assert.equal(installed.version, JSON.parse(readFileSync(join(root, "dist-js/package.json"), "utf8")).version);
});

test("Node runs the README's browser form, compiled by tsc --strict (module nodenext, ES module and CommonJS)", () => {
  run(bin("tsc"), ["-p", "tsconfig.node.json"]);
  const out = JSON.parse(run(process.execPath, [join(client, "out/node-form.mjs"), example]));
  assert.deepEqual(out, { grant: checked.grant, rules: checked.rules_version, path: "" });
  assert.equal(run(process.execPath, [join(client, "out/cjs-form.cjs"), example]).trim(), checked.grant);
  // And pasted as it is, in an ES module and in CommonJS.
  const esm = `import init, { assess } from "booster-ia"; await init();
    console.log(assess(${JSON.stringify(readFileSync(example, "utf8"))}, "en").grant);`;
  assert.equal(run(process.execPath, ["--input-type=module", "-e", esm]).trim(), checked.grant);
  const cjs = `const { default: init, initSync, assess } = require("booster-ia");
    init().then(() => { initSync(); console.log(assess(require(${JSON.stringify(example)})).grant); });`;
  assert.equal(run(process.execPath, ["-e", cjs]).trim(), checked.grant);
});

test("the package README's Node example runs as pasted, and says what it prints", () => {
  const readme = readFileSync(join(client, "node_modules/booster-ia/README.md"), "utf8");
  const blocks = [...readme.matchAll(/```(\w+)\n(.*?)```/gs)].map((m) => m[2]);
  const example = blocks.find((b) => b.startsWith("// check.mjs"));
  mkdirSync(join(client, "out"), { recursive: true });
  writeFileSync(join(client, "out/check.mjs"), example);
  const printed = run(process.execPath, [join(client, "out/check.mjs")]).trim().split("\n");
  assert.equal(printed[0], "incomplete 0.00");
  assert.equal(printed.length, 5, printed.join("\n"));
  assert.equal(printed[4], "budget[0].partner | budget[0].partner: required field missing");
  // What the comments say it prints, it prints.
  for (const [, said] of example.matchAll(/\/\/ (incomplete 0\.00|budget\[0\].+)$/gm)) assert.ok(printed.includes(said), said);
  // And the CommonJS line.
  const cjs = blocks.find((b) => b.includes('require("booster-ia")'));
  run(process.execPath, ["-e", `${cjs}; if (typeof rulesVersion() !== "string") process.exit(1)`]);
});

test("Vite: a TypeScript client type-checks with --strict, builds, and shows the checker's grant under a strict CSP", async () => {
  run(bin("tsc"), ["-p", "tsconfig.json"]);
  run(bin("vite"), ["build", "--logLevel", "warn"]);
  const dist = join(client, "dist");
  assert.equal(readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".wasm")).length, 1);
  await assertShowsGrant(dist, async (page) => {
    assert.equal(await page.textContent("#rules"), checked.rules_version);
    assert.match(await page.textContent("#error"), /^budget\[0\]\.partner \| budget\[0\]\.partner: .+ \| 0$/);
  });
});

test("Vite's dev server, with the README's optimizeDeps line, shows the checker's grant", async () => {
  const port = await freePort();
  const vite = spawn(bin("vite"), ["--port", String(port), "--strictPort", "--host", "127.0.0.1"], {
    cwd: client,
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    let said = "";
    await new Promise((ready, fail) => {
      vite.stdout.on("data", (d) => (said += d) && /ready in/.test(said) && ready());
      vite.on("exit", (code) => fail(new Error(`vite exited ${code}: ${said}`)));
    });
    const { browser } = await open(null);
    try {
      const page = await browser.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(String(e)));
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => document.getElementById("grant")?.textContent !== "…", null, { timeout: 30000 });
      assert.equal(await page.textContent("#grant"), checked.grant);
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  } finally {
    vite.kill();
  }
});

test("webpack 5, with no loader and no configuration of the wasm, builds a page that shows the checker's grant", async () => {
  run(bin("webpack"), ["--no-stats"]);
  const dist = join(client, "webpack-dist");
  assert.equal(readdirSync(dist).filter((f) => f.endsWith(".wasm")).length, 1);
  copyFileSync(join(client, "webpack.html"), join(dist, "index.html"));
  await assertShowsGrant(dist);
});

/**
 * Opens the page built in `dist` under its strict CSP: it shows the
 * checker's grant and verdict with no error (then `more(page)`); the same
 * page without 'wasm-unsafe-eval' cannot compile the engine.
 */
async function assertShowsGrant(dist, more = async () => {}) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  assert.match(html, /content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"/);
  const { browser, server, url } = await open(dist);
  try {
    const page = await browser.newPage();
    const problems = [];
    // Every console error but the 404 of the favicon Chromium asks for (and the page has none).
    page.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource") && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico") && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById("grant")?.textContent !== "…", null, { timeout: 20000 });
    assert.equal(await page.textContent("#grant"), checked.grant);
    assert.equal(await page.textContent("#verdict"), checked.verdict);
    await more(page);
    assert.deepEqual(problems, []);
    // The policy holds: without 'wasm-unsafe-eval' the same page cannot compile the engine.
    const strict = await browser.newPage();
    const refused = [];
    strict.on("pageerror", (e) => refused.push(String(e)));
    await strict.route("**/index.html", async (route) => {
      const body = html.replace(" 'wasm-unsafe-eval'", "");
      await route.fulfill({ status: 200, contentType: "text/html", body });
    });
    await strict.goto(`${url}index.html`);
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(await strict.textContent("#grant"), "…");
    assert.ok(refused.some((e) => /WebAssembly|wasm|Content Security Policy/i.test(e)), refused.join("\n"));
  } finally {
    await browser.close();
    server.close();
  }
}

/** A TCP port free on 127.0.0.1 just now. */
async function freePort() {
  const probe = createNetServer();
  await new Promise((r) => probe.listen(0, "127.0.0.1", r));
  const { port } = probe.address();
  await new Promise((r) => probe.close(r));
  return port;
}

/**
 * Launches Debian's Chromium as tests/browser/harness.mjs does and serves
 * `dir` on a free port (`url`); with `dir` null, the browser alone.
 */
async function open(dir) {
  const { chromium } = createRequire(join(root, "tests/browser/package.json"))("playwright-core");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  if (dir === null) return { browser };
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { browser, server, url: `http://127.0.0.1:${server.address().port}/` };
}

