// Shared by the browser tests: serves the release build (dist/) on loopback,
// launches Debian's Chromium through playwright-core, and records console
// errors and every request so tests can assert there were none unexpected.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';

const here = fileURLToPath(new URL('.', import.meta.url));
export const DIST = resolve(here, '../../dist');
export const EXAMPLES = resolve(here, '../../examples');
export const OUTPUT = resolve(here, '../output');
export const CHECKER = resolve(here, '../../target/release/booster-ia');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves dist/ on 127.0.0.1 at a free port; resolves to { url, close }. With
 * `gzip`, text and wasm are sent gzip-compressed when the client accepts it,
 * as a static host would (the benchmarks' Lighthouse runs use this).
 */
export async function serveDist({ gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(DIST, path));
      if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (gzip && extname(file) !== '.png' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Launches headless Chromium as the probe does here: no network chatter of its own.
 * Its contexts and pages are French-speaking unless a test asks for another
 * `locale`: the page opens in the browser's language (src/lang.rs), and the
 * tests read it in French by default.
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(process.env.EXTRA_CHROME_FLAGS ? process.env.EXTRA_CHROME_FLAGS.split(' ') : [])],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'fr-FR', ...options });
  browser.newPage = async (options = {}) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // As Playwright's own newPage: the context closes with its page.
    page.once('close', () => context.close().catch(() => {}));
    return page;
  };
  return browser;
}

/** A fresh page with console errors, page errors and requests recorded. */
export async function openPage(browser, url, { locale = 'fr-FR', context } = {}) {
  const ctx = context ?? await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('[data-testid="verdict"]');
  return { page, context: ctx, errors, requests };
}

// ---- Reading the results, shared by the tests ----

export const value = (page, id) => page.getAttribute(`[data-testid="${id}"]`, 'data-value');
export async function waitFor(page, id, expected) {
  await page.waitForFunction(([id, v]) => document.querySelector(`[data-testid="${id}"]`)?.dataset.value === v, [id, expected], { timeout: 5000 })
    .catch(async () => assert.fail(`${id}: expected ${expected}, got ${await value(page, id)}`));
}
export async function figures(page) {
  const out = {};
  for (const id of ['verdict', 'total-costs', 'eligible-costs', 'grant', 'advance']) out[id] = await value(page, id);
  return out;
}


// ---- Shared steps ----

/**
 * Resolves once the page has made no DOM change for `quiet` ms: Yew renders a
 * large change in slices of 16 ms with the browser in between, so a field can
 * hold its new value while the rest of the page is still being rendered.
 * Printing then would wait behind those slices (see print.test.mjs).
 */
export function settled(page, quiet = 150) {
  return page.evaluate((quiet) => new Promise((resolve) => {
    let timer;
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, quiet); });
    function done() { observer.disconnect(); resolve(); }
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(done, quiet);
  }), quiet);
}

/** Runs the checker on a file; returns its JSON whatever the exit status (0 or 1). */
export function check(path) {
  try {
    return JSON.parse(execFileSync(CHECKER, ['check', path]).toString());
  } catch (e) {
    if (e.status === 1) return JSON.parse(e.stdout.toString());
    throw e;
  }
}

/** Exports the draft through the toolbar; returns where the file was saved. */
export async function exportDraft(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  assert.match(download.suggestedFilename(), /^booster-ia-.*\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(OUTPUT, name);
  await download.saveAs(path);
  return path;
}

/** Asserts axe finds no WCAG 2.1 A/AA violation on the page as it is. */
export async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(found, [], `axe on ${label}`);
}
