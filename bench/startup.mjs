// The startup trace (`make bench-startup`, also part of `make bench`): where
// the first load's main-thread time goes on a phone-class CPU. Headless
// Chromium with the CPU slowed 4× (Lighthouse's mobile setting), the release
// build served gzip-compressed from loopback, a fresh profile per run. Each
// run records, from navigation start:
//   - wasm ready: fetch and compile of the wasm (instantiateStreaming resolved);
//   - first render: the app's results on screen (its `verdict` in the DOM),
//     i.e. `main`: Yew's first render with the first assessment inside it;
//   - long tasks (PerformanceObserver 'longtask'): their count, the longest,
//     and the blocking time (the part of each over 50 ms, as Lighthouse sums
//     it for TBT).
// Medians over the runs. Writes bench/output/startup.json; prints a table.
// EXTRA_CHROME_FLAGS="--js-flags=--no-wasm-lazy-compilation" shows what the
// browser's lazy compilation of wasm functions on first call costs.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch } from '../tests/browser/harness.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RUNS = Number(process.env.STARTUP_RUNS ?? 7);

// Injected before any page script: wraps the wasm entry points to time them,
// and records long tasks from the very start.
const PROBE = () => {
  window.__startup = { longTasks: [] };
  const mark = (k) => { window.__startup[k] ??= performance.now(); };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__startup.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (...args) => {
    const r = await streaming.apply(WebAssembly, args);
    mark('wasmReady');
    return r;
  };
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid="verdict"]')) { mark('firstRender'); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') mark('fcp');
  }).observe({ type: 'paint', buffered: true });
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

export async function startupTrace(runs = RUNS) {
  const server = await serveDist({ gzip: true });
  const browser = await launch();
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'fr-FR' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(PROBE);
      await page.goto(server.url);
      await page.waitForSelector('[data-testid="verdict"]');
      // Let the tasks that follow the first render (effects, storage) finish.
      await page.waitForTimeout(1500);
      const s = await page.evaluate(() => window.__startup);
      const blocking = s.longTasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
      samples.push({
        fcp: s.fcp, wasmReady: s.wasmReady, firstRender: s.firstRender,
        renderAfterWasm: s.firstRender - s.wasmReady,
        tasks: s.longTasks.map(([t, d]) => `${Math.round(t)}+${Math.round(d)}`).join(" "),
        longTasks: s.longTasks.length, longest: Math.max(0, ...s.longTasks.map(([, d]) => d)), blocking,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const keys = Object.keys(samples[0]).filter((k) => k !== "tasks");
  const result = { runs, cpuSlowdown: 4, median: Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))])), samples };
  mkdirSync(join(root, 'bench/output'), { recursive: true });
  writeFileSync(join(root, 'bench/output/startup.json'), JSON.stringify(result, null, 2));
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await startupTrace();
  for (const [k, v] of Object.entries(r.median)) console.log(`${k.padEnd(16)} ${v.toFixed(1)}`);
}
