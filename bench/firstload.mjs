// The first load in one command (`make bench-first-load`; `make bench` runs the
// same): sizes of what the page fetches, the startup trace (startup.mjs) and
// Lighthouse 12.2.3 mobile and desktop on the build served gzip-compressed, as
// a static host serves it. Prints one line per figure, writes
// bench/output/first-load.json. Used to measure the levers of the first load
// one by one (bench/NOTES.md).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serveDist } from '../tests/browser/harness.mjs';
import { startupTrace } from './startup.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'bench/output');
mkdirSync(out, { recursive: true });

export { firstLoadSizes } from './sizes.mjs';
import { firstLoadSizes } from './sizes.mjs';

/** Lighthouse on `url` with the mobile (default) or desktop preset. */
export async function lighthouse(url, preset) {
  const report = join(out, `lighthouse-${preset}.json`);
  const args = [join(root, 'bench/node_modules/lighthouse/cli/index.js'), url, '--output=json', `--output-path=${report}`,
    '--only-categories=performance,accessibility,best-practices', '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu'];
  if (preset === 'desktop') args.push('--preset=desktop');
  try {
    await promisify(execFile)('node', args, { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 300000 });
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const score = (k) => Math.round(r.categories[k].score * 100);
    const ms = (k) => Math.round(r.audits[k].numericValue);
    return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
      fcp: r.audits['first-contentful-paint'].displayValue, lcp: r.audits['largest-contentful-paint'].displayValue,
      tbt: r.audits['total-blocking-time'].displayValue, tbtMs: ms('total-blocking-time'), lcpMs: ms('largest-contentful-paint') };
  } catch (e) {
    return { error: e.message.split('\n')[0] };
  }
}

export async function firstLoad() {
  const sizes = firstLoadSizes();
  const startup = await startupTrace();
  const server = await serveDist({ gzip: true });
  try {
    const lh = { mobile: await lighthouse(server.url, 'mobile'), desktop: await lighthouse(server.url, 'desktop') };
    const result = { sizes, startup: startup.median, lighthouse: lh };
    writeFileSync(join(out, 'first-load.json'), JSON.stringify(result, null, 2));
    return result;
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await firstLoad();
  const kb = (n) => (n / 1000).toFixed(1);
  console.log(`first load: ${kb(r.sizes.raw)} KB raw, ${kb(r.sizes.gzip)} KB gzip (wasm ${kb(r.sizes.wasmGzip)}), ${kb(r.sizes.brotli)} KB brotli`);
  console.log(`startup (CPU ×4, medians, ms): ${Object.entries(r.startup).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  for (const [k, v] of Object.entries(r.lighthouse)) console.log(`lighthouse ${k}: ${JSON.stringify(v)}`);
}
