// Trunk post-build hook (see Trunk.toml), run on the staging dir before it
// becomes dist/:
// 1. writes the Content-Security-Policy (scripts/csp.mjs) into index.html,
//    with the hash of the loader script Trunk inlines (it changes with every build);
// 2. writes sw.js, the service worker that keeps every file of this build
//    for offline use (scripts/service-worker.mjs).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagePolicy } from './csp.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run through trunk build');
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (!html.includes('http-equiv="Content-Security-Policy"')) {
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${pagePolicy(hashes)}">`);
}
writeFileSync(indexPath, html);
const kept = writeServiceWorker(staging);
console.log(`post-build: CSP with ${hashes.length} script hash(es); sw.js caching ${kept} files`);
