// The release build loads in Chromium and renders the app shell.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage } from './harness.mjs';

let server; let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the release build renders the simulator with a verdict and no console error', async () => {
  const { page, errors } = await openPage(browser, server.url);
  assert.equal(await page.getAttribute('[data-testid="verdict"]', 'data-value'), 'incomplete');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.deepEqual(errors, []);
});
