// The release served as a production server serves it: Debian's nginx with
// deploy/nginx.conf on the site scripts/prod.mjs lays out from dist/ (files
// precompressed at build time). Headers on every kind of file, compressed
// bodies equal to the files, a release picked up at the next reload with the
// draft kept, and a second visit that downloads no file again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest, createServer } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { prepare, startNginx, precompress } from '../../scripts/prod.mjs';
import { headerPolicy } from '../../scripts/csp.mjs';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';
import { launch, OUTPUT } from './harness.mjs';

const PREFIX = resolve(OUTPUT, 'prod');
let nginx; let browser; let base; let site;

/** A free port on loopback. */
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** GET `path` with the given Accept-Encoding: status, headers and the raw body. */
function get(path, encoding, headers = {}) {
  return new Promise((ok, fail) => {
    const req = httpRequest(base + path, { headers: { ...(encoding ? { 'accept-encoding': encoding } : {}), ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

before(async () => {
  mkdirSync(PREFIX, { recursive: true });
  const port = await freePort();
  site = prepare(PREFIX, port);
  nginx = startNginx(PREFIX);
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i += 1) {
    try { await get('/', null); break; } catch { await new Promise((ok) => setTimeout(ok, 100)); }
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
  nginx?.kill('SIGQUIT');
});

const TYPES = {
  '.html': /^text\/html; charset=utf-8$/,
  '.js': /^application\/javascript; charset=utf-8$/,
  '.css': /^text\/css; charset=utf-8$/,
  '.wasm': /^application\/wasm$/,
  '.webmanifest': /^application\/manifest\+json; charset=utf-8$/,
  '.svg': /^image\/svg\+xml; charset=utf-8$/,
  '.png': /^image\/png$/,
};
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

test('every kind of file is served with its type, its compression, its caching and the security headers', async () => {
  // wasm-bindgen's snippets/ included: every file the site serves.
  const files = readdirSync(site, { recursive: true }).filter((f) => !/\.(br|gz)$/.test(f) && !statSync(join(site, f)).isDirectory());
  assert.ok(files.some((f) => f.endsWith('.wasm')) && files.includes('404.html') && files.includes('sw.js'));
  const policy = headerPolicy(readFileSync(join(site, 'index.html'), 'utf8').match(/Content-Security-Policy" content="([^"]+)"/)[1]);
  assert.match(policy, /frame-ancestors 'self'$/);
  for (const name of files) {
    if (name === '404.html') continue;
    const path = name === 'index.html' ? '/' : `/${name}`;
    const onDisk = readFileSync(join(site, name));
    const compressible = existsSync(join(site, `${name}.br`));
    for (const [accept, expected] of [['br, gzip', 'br'], ['gzip, deflate', 'gzip'], [null, undefined], ['identity', undefined]]) {
      const res = await get(path, accept);
      const what = `${name} (Accept-Encoding: ${accept})`;
      assert.equal(res.status, 200, what);
      assert.match(res.headers['content-type'], TYPES[extname(name)], what);
      const encoding = compressible ? expected : undefined;
      assert.equal(res.headers['content-encoding'], encoding, what);
      const body = encoding === 'br' ? brotliDecompressSync(res.body) : encoding === 'gzip' ? gunzipSync(res.body) : res.body;
      assert.ok(body.equals(onDisk), `${what}: the body is the file`);
      if (compressible) assert.match(res.headers.vary ?? '', /Accept-Encoding/, what);
      assert.equal(res.headers['cache-control'], HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache', what);
      assert.equal(res.headers['content-security-policy'], policy, what);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', what);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', what);
      assert.match(res.headers['permissions-policy'], /camera=\(\).*geolocation=\(\).*microphone=\(\)/, what);
    }
  }
  // Compressed at build time, at the highest levels: brotli smaller than gzip for the wasm.
  const wasm = files.find((f) => f.endsWith('.wasm'));
  assert.ok(readFileSync(join(site, `${wasm}.br`)).length < readFileSync(join(site, `${wasm}.gz`)).length);
  // A real 404, with its page and the same headers; no directory listing.
  const missing = await get('/no-such-page', 'gzip');
  assert.equal(missing.status, 404);
  assert.match(gunzipSync(missing.body).toString(), /Page introuvable/);
  assert.equal(missing.headers['x-content-type-options'], 'nosniff');
  mkdirSync(join(site, 'folder'), { recursive: true });
  writeFileSync(join(site, 'folder', 'secret.json'), '{}');
  const folder = await get('/folder/', null);
  assert.notEqual(folder.status, 200);
  assert.doesNotMatch(folder.body.toString(), /secret\.json/);
  rmSync(join(site, 'folder'), { recursive: true });
});

/** Waits until the page is controlled by a service worker whose cache holds this build. */
async function controlled(page) {
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    return (await caches.keys()).some((k) => k.startsWith('booster-ia-'));
  }, null, { timeout: 15000 });
}

test('a second visit downloads no file again: only the page is revalidated', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(base + '/');
  await page.waitForSelector('[data-testid="verdict"]');
  await controlled(page);
  await page.close();
  const log = join(PREFIX, 'logs', 'access.log');
  const before = readFileSync(log, 'utf8').length;
  const again = await context.newPage();
  const errors = [];
  again.on('pageerror', (e) => errors.push(String(e)));
  await again.goto(base + '/');
  await again.waitForSelector('[data-testid="verdict"]');
  await again.waitForTimeout(500);
  const lines = readFileSync(log, 'utf8').slice(before).trim().split('\n').filter(Boolean);
  const requests = lines.map((l) => l.match(/"GET (\S+) HTTP\/[\d.]+" (\d+)/)).filter(Boolean).map(([, path, status]) => `${path} ${status}`);
  // The page (304: unchanged) and the browser's check of the service worker; nothing else.
  assert.ok(requests.includes('/ 304'), requests.join(', '));
  assert.deepEqual(requests.filter((r) => !['/ 304', '/sw.js 304'].includes(r)), [], 'files downloaded again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new release is running after one reload, and the draft typed before is still there', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + '/');
  await page.waitForSelector('[data-testid="verdict"]');
  await controlled(page);
  await page.getByLabel('Titre').fill('Avant la mise à jour');
  await page.waitForTimeout(600); // saved once typing pauses
  const oldCaches = await page.evaluate(() => caches.keys());

  // Redeploy: a changed build (its page marked), its worker and compressed copies rewritten.
  const index = join(site, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  <meta name="booster-ia-release" content="next">'));
  writeServiceWorker(site);
  precompress(site);

  await page.reload();
  await page.waitForSelector('[data-testid="verdict"]');
  assert.equal(await page.locator('meta[name="booster-ia-release"]').count(), 1, 'the new release runs');
  assert.equal(await page.getByLabel('Titre').inputValue(), 'Avant la mise à jour', 'the draft is kept');
  // The new worker takes over and drops the old build's files.
  await page.waitForFunction(async (old) => {
    const keys = (await caches.keys()).filter((k) => k.startsWith('booster-ia-'));
    return keys.length === 1 && !old.includes(keys[0]);
  }, oldCaches, { timeout: 15000 });
  assert.deepEqual(errors, []);
  await context.close();
});
