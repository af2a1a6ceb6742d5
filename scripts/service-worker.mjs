// Writes sw.js into a built site: the service worker that keeps every file of
// the build for offline use, versioned by the hash of their contents (so any
// change to any file is a new version that browsers pick up).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files of the site that the worker keeps: everything but itself and precompressed copies. */
function siteFiles(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== 'sw.js' && !/\.(br|gz)$/.test(name)) files.push('/' + relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** Writes `dir`/sw.js; returns how many files it keeps. */
export function writeServiceWorker(dir) {
  const files = siteFiles(dir);
  const version = createHash('sha256');
  for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
  const sw = readFileSync(new URL('../assets/sw.template.js', import.meta.url), 'utf8')
    .replace('__VERSION__', version.digest('hex').slice(0, 16))
    .replace('__FILES__', JSON.stringify(files.map((f) => (f === '/index.html' ? '/' : f))));
  writeFileSync(join(dir, 'sw.js'), sw);
  return files.length;
}
