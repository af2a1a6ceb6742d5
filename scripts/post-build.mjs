// Trunk post-build hook (see Trunk.toml), run on the staging dir before it
// becomes dist/:
// 1. writes a Content-Security-Policy into index.html, with the hash of the
//    loader script Trunk inlines (it changes with every build);
// 2. writes sw.js, the service worker that keeps every file of this build
//    for offline use, versioned by the hash of their contents.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run through trunk build');
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
if (!html.includes('http-equiv="Content-Security-Policy"')) {
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
writeFileSync(indexPath, html);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'sw.js') files.push('/' + relative(staging, path).split('\\').join('/'));
  }
};
walk(staging);
files.sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(staging, f)));
const sw = readFileSync(new URL('../assets/sw.template.js', import.meta.url), 'utf8')
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(files.map((f) => (f === '/index.html' ? '/' : f))));
writeFileSync(join(staging, 'sw.js'), sw);
console.log(`post-build: CSP with ${hashes.length} script hash(es); sw.js caching ${files.length} files`);
