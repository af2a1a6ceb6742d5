// The first load's size: what index.html makes the browser fetch (html, js,
// wasm, css, wasm-bindgen's snippets; not the service worker, embed.js or the
// 404 page), raw, gzip -9 and brotli 11. Read by the benchmark
// (bench/firstload.mjs) and by the budget test (tests/browser/budget.test.mjs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The budget the first load must stay within (bench/budget.json). */
export function firstLoadBudget() {
  return JSON.parse(readFileSync(join(root, 'bench/budget.json'), 'utf8'));
}

/** gzip -9 and brotli 11 sizes of what index.html loads (the service worker aside). */
export function firstLoadSizes(dir = join(root, 'dist')) {
  const sum = { raw: 0, gzip: 0, brotli: 0, wasmGzip: 0 };
  // wasm-bindgen's snippets/ (imported by the glue) count; nothing else nested is fetched.
  const names = readdirSync(dir, { recursive: true }).filter((n) => !n.includes('/') || n.startsWith('snippets/'));
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory() || !/\.(html|js|wasm|css)$/.test(name)) continue;
    // Not fetched by the page: the worker, the embedding script, the 404 page.
    if (['sw.js', 'embed.js', '404.html'].includes(name)) continue;
    const body = readFileSync(path);
    const gz = gzipSync(body, { level: 9 }).length;
    sum.raw += body.length;
    sum.gzip += gz;
    sum.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    if (name.endsWith('.wasm')) sum.wasmGzip += gz;
  }
  return sum;
}

