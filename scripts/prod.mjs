// Prepares the release build (dist/) for a production web server and, with
// --serve, runs Debian's nginx on it in the foreground as the current user:
//   node scripts/prod.mjs [--prefix DIR] [--port N] [--serve]
// DIR (target/prod by default) receives site/ (dist/ plus 404.html, and a .br
// and a .gz copy of every text and wasm file, compressed at the highest
// levels), nginx.conf and headers.conf from deploy/, csp.conf (the page's
// policy as a header, plus frame-ancestors), and nginx's pid, logs and temp
// files. Nothing is written outside DIR.
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicy } from './csp.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COMPRESSED = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt)$/;

/** Writes a .br and a .gz copy beside every text and wasm file of `site`. */
export function precompress(site) {
  for (const name of readdirSync(site, { recursive: true })) {
    const path = join(site, name);
    if (!COMPRESSED.test(name) || statSync(path).isDirectory()) continue;
    const body = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
    writeFileSync(`${path}.gz`, gzipSync(body, { level: constants.Z_BEST_COMPRESSION }));
  }
}

/** The policy of the page's <meta>, as the build wrote it. */
function pageMetaPolicy(site) {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
  if (!meta) throw new Error('dist/index.html has no Content-Security-Policy: build with trunk first');
  return meta[1];
}

/** Lays out `prefix` for nginx from dist/; returns the site folder. */
export function prepare(prefix, port) {
  const site = join(prefix, 'site');
  rmSync(site, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  precompress(site);
  for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir), { recursive: true });
  const conf = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8').replace('listen 127.0.0.1:8081;', `listen 127.0.0.1:${port};`);
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  cpSync(join(ROOT, 'deploy/headers.conf'), join(prefix, 'headers.conf'));
  writeFileSync(join(prefix, 'csp.conf'),
    `# Written by scripts/prod.mjs from dist/index.html and scripts/csp.mjs.\nadd_header Content-Security-Policy "${headerPolicy(pageMetaPolicy(site))}" always;\n`);
  return site;
}

/** Starts nginx in the foreground on `prefix`; resolves to the child process. */
export function startNginx(prefix) {
  const nginx = spawn('/usr/sbin/nginx', ['-p', `${resolve(prefix)}/`, '-e', 'logs/error.log', '-c', 'nginx.conf', '-g', 'daemon off;'], { stdio: 'inherit' });
  return nginx;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const prefix = resolve(arg('--prefix', join(ROOT, 'target/prod')));
  const port = Number(arg('--port', '8081'));
  prepare(prefix, port);
  if (process.argv.includes('--serve')) {
    console.log(`serving ${prefix}/site on http://127.0.0.1:${port}/ (nginx, Ctrl-C to stop)`);
    const nginx = startNginx(prefix);
    const stop = () => nginx.kill('SIGQUIT');
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    nginx.on('exit', (code) => process.exit(code ?? 0));
  }
}
