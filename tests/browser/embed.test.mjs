// The simulator embedded in another site: embed.js on a host page served on
// another port. The frame takes its content's height, keeps its own storage,
// and the assessment reaches the host only after the user's consent, only
// at the origin the host declared; a third origin receives nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serveDist, launch, EXAMPLES } from './harness.mjs';

const CHECKER = new URL('../../target/release/booster-ia', import.meta.url).pathname;

let simulator; let hosts = []; let browser;

/** Serves one HTML page (built from its own origin) on loopback; resolves to its origin. */
async function host(html) {
  const server = createServer((req, res) => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html(origin));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  hosts.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

const RECORD = `<script>
  window.events = []; window.messages = [];
  document.addEventListener('booster-ia:assessment', (e) => events.push(e.detail));
  window.addEventListener('message', (e) => { if (e.data && e.data.type === 'booster-ia:assessment') messages.push(e.origin); });
</script>`;

before(async () => { simulator = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await simulator?.close(); for (const h of hosts) await new Promise((ok) => h.close(ok)); });

const nextFrames = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

test('embedded on a host page: the frame takes its content’s height, keeps its own storage, and sends the assessment only after consent, only to the declared origin', async () => {
  const origin = await host((self) => `<!DOCTYPE html><html lang="en"><head><title>Host</title></head><body>
    <main><h1>Our AI support</h1><div id="sim"></div></main>${RECORD}
    <script src="${simulator.url}embed.js" data-lang="en" data-target="#sim" data-parent-origin="${self}" async></script></body></html>`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/`);
  const iframe = page.locator('#sim iframe');
  await iframe.waitFor();
  const frame = page.frameLocator('#sim iframe');
  await frame.locator('[data-testid="verdict"]').waitFor();
  assert.equal(await frame.locator('html').getAttribute('lang'), 'en', 'in the host’s language');
  assert.equal(await page.locator('#sim a[target="_blank"]').getAttribute('href'), simulator.url, 'a link to the full page');
  assert.equal(await frame.locator('.lede').count(), 0, 'no page header of its own');
  const heights = () => page.evaluate(() => document.querySelector('#sim iframe').getBoundingClientRect().height);
  const inner = () => frame.locator('html').evaluate((html) => html.scrollHeight);
  await page.waitForFunction(() => document.querySelector('#sim iframe').getBoundingClientRect().height !== 600);
  assert.ok(Math.abs(await heights() - await inner()) <= 1, 'no inner scroll bar');
  // A section grows: the frame follows by the host's next frame.
  const before = await heights();
  await frame.getByRole('button', { name: '+ Add a partner' }).click();
  await nextFrames(page);
  const after = await heights();
  assert.ok(after > before, `${before} → ${after}`);
  assert.ok(Math.abs(after - await inner()) <= 1, 'the height follows the content');
  // Typing sends nothing.
  await frame.getByLabel('Name').fill('Bessin Cannery');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => [events.length, messages.length]), [0, 0], 'nothing before consent');
  // Its storage is its own.
  const keys = await frame.locator('html').evaluate(() => Object.keys(localStorage));
  assert.ok(keys.length > 0 && keys.every((k) => k.startsWith('booster-ia-embed/')), keys.join(', '));
  // Consent: what will be sent is said first, then sent to this origin only.
  await frame.getByTestId('send').click();
  assert.match(await frame.getByTestId('send-panel').innerText(), new RegExp(`${origin.replace(/\./g, '\\.')} will receive the project's title`));
  await new AxeBuilder({ page }).include('#sim').withTags(['wcag2a', 'wcag2aa']).analyze().then((r) => assert.deepEqual(r.violations.map((v) => v.id), []));
  assert.deepEqual(await page.evaluate(() => events.length), 0, 'not before confirming');
  await frame.getByTestId('send-confirm').click();
  await page.waitForFunction(() => events.length === 1);
  const received = await page.evaluate(() => events[0]);
  assert.equal(received.assessment.verdict, await frame.locator('[data-testid="verdict"]').getAttribute('data-value'));
  assert.equal(received.assessment.grant, await frame.locator('[data-testid="grant"]').getAttribute('data-value'));
  assert.ok(Array.isArray(received.assessment.checks) && received.assessment.financing);
  assert.deepEqual(await page.evaluate(() => messages), [new URL(simulator.url).origin]);
  // The same draft gives the same object through the page as through the checker.
  page.once('dialog', (d) => d.accept());
  await frame.getByRole('button', { name: 'New draft' }).click();
  await frame.getByTestId('example-0').click();
  await frame.locator('[data-testid="verdict"][data-value="eligible"]').waitFor();
  await frame.getByTestId('send').click();
  await frame.getByTestId('send-confirm').click();
  await page.waitForFunction(() => events.length === 2);
  const checker = JSON.parse(execFileSync(CHECKER, ['check', join(EXAMPLES, 'en', 'eligible.json')]).toString());
  const sent = await page.evaluate(() => events[1]);
  assert.deepEqual(sent.assessment, checker);
  assert.equal(sent.title, 'Vision-based defect detection on a packing line');
  await context.close();
  assert.deepEqual(errors, []);
});

test('a third origin framing the simulator with another site’s origin receives nothing', async () => {
  const declared = await host(() => '<!DOCTYPE html><title>declared</title><p>declared</p>');
  const third = await host(() => `<!DOCTYPE html><html lang="en"><head><title>Third</title></head><body>${RECORD}
    <script>window.heights = 0; window.addEventListener('message', (e) => { if (e.data && e.data.type === 'booster-ia:height') heights += 1; });</script>
    <iframe title="simulator" style="width:100%;height:900px" src="${simulator.url}?embed&lang=en&parent=${encodeURIComponent(declared)}&share"></iframe></body></html>`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${third}/`);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-testid="verdict"]').waitFor();
  await frame.getByTestId('send').click();
  await frame.getByTestId('send-confirm').click();
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => [messages.length, heights]), [0, 0], 'the browser delivers only to the declared origin');
  await context.close();
});
