// Trust: nothing leaves the browser, the page is locked down, hostile input
// is shown as text or refused with a message, nothing is lost, offline works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serveDist, launch, openPage, OUTPUT, EXAMPLES, value, waitFor, figures, settled } from './harness.mjs';
import { largeCases } from '../hostile/make-corpus.mjs';

const HOSTILE = new URL('../hostile/', import.meta.url).pathname;
let server; let browser;
before(async () => { mkdirSync(OUTPUT, { recursive: true }); server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const waitVerdict = (page, v) => waitFor(page, 'verdict', v);
/** Waits until the service worker controls the page (so later loads can be offline). */
async function swReady(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 }).catch(async () => {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  });
}

test('no request leaves the app: every request is one of its own files, and none after load', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const all = [];
  context.on('request', (r) => all.push(r.url()));
  const { page, errors } = await openPage(browser, server.url, { context });
  await swReady(page);
  await page.waitForLoadState('networkidle');
  const afterLoad = all.length;
  // A full session: import, type, switch language, export.
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitVerdict(page, 'eligible');
  await page.getByLabel('Titre').fill('Another title');
  await page.getByRole('button', { name: '+ Ajouter une dépense' }).click();
  await page.getByTestId('budget-row').last().getByLabel('Montant HT (€)').pressSequentially('1234,56');
  await page.getByRole('button', { name: 'English' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  await download.path();
  const sessionRequests = all.slice(afterLoad).filter((u) => !u.startsWith('blob:'));
  assert.deepEqual(sessionRequests, [], 'requests after load');
  const foreign = all.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'requests to another origin');
  await context.close();
  assert.deepEqual(errors, []);
});

test('a strict Content-Security-Policy holds, with subresource integrity and no violation', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const { page, errors } = await openPage(browser, server.url, { context });
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\s\*/);
  assert.match(csp, /object-src 'none'/);
  for (const selector of ['link[rel="stylesheet"]', 'link[rel="modulepreload"]', 'link[rel="preload"]']) {
    assert.match(await page.getAttribute(selector, 'integrity'), /^sha384-/, selector);
  }
  const inlineHandlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)));
  assert.deepEqual(inlineHandlers, []);
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitVerdict(page, 'eligible');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
  assert.deepEqual(errors, []);
});

test('hostile text is shown as text, in the page and in the export', async () => {
  const draft = JSON.parse(readFileSync(join(EXAMPLES, 'eligible.json'), 'utf8'));
  const nasty = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', 'Ünïcødé 🚀🧪', 'شركة البيانات', '\u202Eevil\u202C'];
  draft.project.title = nasty[0];
  draft.partners[0].name = nasty[1];
  draft.partners[1].name = nasty[2];
  draft.budget[0].label = nasty[3];
  draft.budget[1].label = nasty[4];
  const path = join(OUTPUT, 'hostile-text.json');
  writeFileSync(path, JSON.stringify(draft));
  const { page, errors, context } = await openPage(browser, server.url);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await page.getByTestId('import-file').setInputFiles(path);
  await waitVerdict(page, 'eligible');
  assert.equal(await page.getByLabel('Titre').inputValue(), nasty[0]);
  assert.equal(await page.getByTestId('partner-row').nth(0).getByLabel('Nom').inputValue(), nasty[1]);
  const body = await page.locator('body').innerText();
  assert.ok(body.includes(nasty[1]), 'the partner name appears as text in the checks');
  assert.ok(body.includes(nasty[2]));
  assert.equal(await page.locator('img').count(), 0, 'no element injected');
  assert.equal(await page.locator('main script, aside script').count(), 0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.project.title, nasty[0]);
  assert.equal(exported.budget[1].label, nasty[4]);
  // Printed (the summary exists only while printing), the same text is still text.
  const pdf = join(OUTPUT, 'hostile-text.pdf');
  await settled(page);
  await page.pdf({ path: pdf, format: 'A4' });
  const printed = execFileSync('pdftotext', [pdf, '-']).toString();
  assert.ok(printed.includes('Booster IA — <script>alert(1)</script>'), 'the title is printed as typed');
  assert.ok(printed.includes('"><img src=x onerror=alert(2)>'), 'the partner name is printed as typed');
  // While the printed summary is in the page (between beforeprint and afterprint), it holds no injected element.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForSelector('.print-summary', { state: 'attached' });
  assert.ok((await page.locator('.print-summary').textContent()).includes('<script>alert(1)</script>'));
  assert.equal(await page.locator('.print-summary img, .print-summary script').count(), 0, 'no element injected in the printed summary');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForSelector('.print-summary', { state: 'detached' });
  assert.equal(dialogs, 0);
  await context.close();
  assert.deepEqual(errors, []);
});

test('every hostile draft gets a clear message and leaves the draft on screen untouched', async () => {
  const expected = JSON.parse(readFileSync(join(HOSTILE, 'expected.json'), 'utf8'));
  const large = largeCases();
  for (const [name, [text]] of Object.entries(large)) writeFileSync(join(OUTPUT, name), text);
  const cases = [
    ...Object.entries(expected).map(([name, path]) => [join(HOSTILE, name), path]),
    ...Object.entries(large).map(([name, [, path]]) => [join(OUTPUT, name), path]),
  ];
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'cap-binds.json'));
  await waitVerdict(page, 'eligible');
  await page.getByRole('button', { name: 'Fermer' }).click();
  const before = await figures(page);
  const timings = [];
  for (const [file, path] of cases) {
    const started = Date.now();
    await page.getByTestId('import-file').setInputFiles(file);
    const notice = page.locator('[data-testid="notice"][role="alert"]');
    await notice.waitFor({ timeout: 20000 });
    timings.push([file.split('/').pop(), Date.now() - started]);
    const text = await notice.innerText();
    assert.match(text, /n’est pas un brouillon valide|trop volumineux/, file);
    if (path) assert.ok(text.includes(`${path} :`), `${file}: should name ${path}: ${text}`);
    assert.deepEqual(await figures(page), before, `${file} changed the draft`);
    await page.getByRole('button', { name: 'Fermer' }).click();
  }
  // The page still responds.
  await page.getByLabel('Titre').fill('Still alive');
  assert.equal(await page.getByLabel('Titre').inputValue(), 'Still alive');
  writeFileSync(join(OUTPUT, 'hostile-import-timings.json'), JSON.stringify(timings, null, 2));
  await context.close();
  assert.deepEqual(errors, []);
});

test('an unreadable saved draft is set aside with a message, never deleted', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('booster-ia/draft/v1', '{"format": "booster-ia-draft", "version": 0, "broken');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const { page, errors } = await openPage(browser, server.url, { context });
  await page.waitForSelector('[data-testid="notice"][role="alert"]');
  assert.match(await page.getByTestId('notice').innerText(), /n’a pas pu être relu/);
  assert.equal(await page.evaluate(() => localStorage.getItem('booster-ia/draft/unreadable')), '{"format": "booster-ia-draft", "version": 0, "broken');
  assert.equal(await value(page, 'verdict'), 'incomplete');
  await context.close();
  assert.deepEqual(errors, []);
});

test('unreadable saved scenarios are set aside with a message; the draft being edited stays', async () => {
  const context = await browser.newContext();
  const eligible = readFileSync(join(EXAMPLES, 'eligible.json'), 'utf8');
  await context.addInitScript((draft) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('booster-ia/draft/v1', draft);
      localStorage.setItem('booster-ia/scenarios/v1', '{"editing": "B", "others": {"A": "{broken"}}');
      sessionStorage.setItem('seeded', '1');
    }
  }, eligible);
  const { page, errors } = await openPage(browser, server.url, { context });
  await page.waitForSelector('[data-testid="notice"][role="alert"]');
  // Said in the page's language, path and all: no English reader's message inside.
  assert.match(await page.getByTestId('notice').innerText(), /autres scénarios enregistrés n’ont pas pu être relus \(others\.A : ce n’est pas du JSON valide \(ligne 1, colonne 2\)\)/);
  assert.equal(await page.evaluate(() => localStorage.getItem('booster-ia/scenarios/unreadable')), '{"editing": "B", "others": {"A": "{broken"}}');
  assert.equal(await page.evaluate(() => localStorage.getItem('booster-ia/scenarios/v1')), null);
  assert.equal(await value(page, 'verdict'), 'eligible', 'the saved draft is still read');
  assert.equal(await page.getByTestId('comparison').count(), 0);
  await context.close();
  assert.deepEqual(errors, []);
});

test('storage that refuses to save is said, and what was typed stays', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const { page, errors } = await openPage(browser, server.url, { context });
  await page.getByLabel('Titre').fill('Not saved');
  await page.waitForSelector('[data-testid="notice"][role="alert"]');
  assert.match(await page.getByTestId('notice').innerText(), /refuse d’enregistrer/);
  assert.equal(await page.getByLabel('Titre').inputValue(), 'Not saved');
  await context.close();
  assert.deepEqual(errors, []);
});

test('a browser that forbids storage altogether still simulates, and says nothing is kept', async () => {
  const context = await browser.newContext();
  // As with cookies blocked: reading window.localStorage itself throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const { page, errors } = await openPage(browser, server.url, { context });
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitFor(page, 'verdict', 'eligible');
  assert.equal(await value(page, 'grant'), '7750.00');
  await page.getByLabel('Titre').fill('Kept on screen only');
  await page.waitForSelector('[data-testid="notice"][role="alert"]');
  assert.match(await page.getByTestId('notice').innerText(), /refuse d’enregistrer/);
  // Scenarios work too, within the page.
  await page.getByTestId('duplicate-scenario').click();
  await page.getByTestId('comparison').waitFor();
  assert.equal(await page.getByTestId('scenario-tab-B').getAttribute('aria-current'), 'true');
  assert.equal(await value(page, 'grant'), '7750.00', 'scenario B is the copy of A');
  // And a reload, with nothing stored, starts empty: what the notice said.
  await page.reload();
  await page.waitForSelector('[data-testid="verdict"]');
  assert.equal(await value(page, 'verdict'), 'incomplete');
  assert.equal(await page.getByTestId('comparison').count(), 0);
  await context.close();
  assert.deepEqual(errors, []);
});

test('a panic shows a recovery message that offers the saved draft', async () => {
  const context = await browser.newContext();
  const { page } = await openPage(browser, server.url, { context });
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitVerdict(page, 'eligible');
  // The draft is saved by an effect just after the render: wait for it before leaving.
  await page.waitForFunction(() => (localStorage.getItem('booster-ia/draft/v1') || '').includes('Détection de défauts'));
  await page.goto(server.url + '?panic-test');
  await page.waitForSelector('#recovery[role="alert"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('recovery-download').click()]);
  const recovered = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(recovered.project.title, 'Détection de défauts par vision sur ligne de conditionnement');
  await context.close();
});

test('two tabs on one draft do not silently overwrite each other', async () => {
  const context = await browser.newContext();
  const a = await openPage(browser, server.url, { context });
  const b = await openPage(browser, server.url, { context });
  await a.page.getByLabel('Titre').fill('Written in tab A');
  await b.page.waitForSelector('[data-testid="conflict"]');
  // Tab B's edits are not saved over A's while the choice is pending.
  await b.page.getByLabel('Titre').fill('Written in tab B');
  assert.match(await a.page.evaluate(() => localStorage.getItem('booster-ia/draft/v1')), /Written in tab A/);
  await b.page.getByRole('button', { name: 'Charger la version de l’autre onglet' }).click();
  assert.equal(await b.page.getByLabel('Titre').inputValue(), 'Written in tab A');
  assert.equal(await b.page.locator('[data-testid="conflict"]').count(), 0);

  // Tab A copies its draft as scenario B: tab B is told, and changes no scenario meanwhile.
  await a.page.getByTestId('duplicate-scenario').click();
  await a.page.getByLabel('Titre').fill('Scenario B of tab A');
  await b.page.waitForSelector('[data-testid="conflict"]');
  assert.ok(await b.page.getByTestId('duplicate-scenario').isDisabled());
  const saved = await a.page.evaluate(() => localStorage.getItem('booster-ia/scenarios/v1'));
  assert.match(saved, /"editing":"B"/);
  // Tab A's typing is saved once it pauses.
  await a.page.waitForFunction(() => localStorage.getItem('booster-ia/draft/v1').includes('Scenario B of tab A'));
  // Loading the other tab's version brings its scenarios too, not only its draft.
  await b.page.getByRole('button', { name: 'Charger la version de l’autre onglet' }).click();
  await b.page.getByTestId('comparison').waitFor();
  assert.equal(await b.page.getByTestId('scenario-tab-B').getAttribute('aria-current'), 'true');
  assert.equal(await b.page.getByLabel('Titre').inputValue(), 'Scenario B of tab A');
  await b.page.getByTestId('scenario-tab-A').click();
  assert.equal(await b.page.getByLabel('Titre').inputValue(), 'Written in tab A');
  await context.close();
  assert.deepEqual([...a.errors, ...b.errors], []);

  // A tab with one scenario that keeps its version also puts back its (single) scenario.
  const other = await browser.newContext();
  const one = await openPage(browser, server.url, { context: other });
  const two = await openPage(browser, server.url, { context: other });
  await one.page.getByLabel('Titre').fill('Only one scenario here');
  await two.page.waitForSelector('[data-testid="conflict"]');
  await two.page.getByRole('button', { name: 'Charger la version de l’autre onglet' }).click();
  await two.page.getByTestId('duplicate-scenario').click();
  await one.page.waitForSelector('[data-testid="conflict"]');
  await one.page.getByRole('button', { name: 'Garder celle-ci' }).click();
  // The bar that held focus is gone: focus goes back to the draft, not to the page's body.
  await one.page.waitForFunction(() => document.activeElement?.id === 'project-title');
  await one.page.waitForFunction(() => localStorage.getItem('booster-ia/scenarios/v1') === null);
  await one.page.reload();
  await one.page.waitForSelector('[data-testid="verdict"]');
  assert.equal(await one.page.getByTestId('comparison').count(), 0);
  assert.equal(await one.page.getByLabel('Titre').inputValue(), 'Only one scenario here');
  await other.close();
  assert.deepEqual([...one.errors, ...two.errors], []);
});

test('after a first visit the app loads and works offline, and it can be installed', async () => {
  const context = await browser.newContext();
  const { page, errors } = await openPage(browser, server.url, { context });
  await swReady(page);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="manifest"]').href)).json());
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid="verdict"]');
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitVerdict(page, 'eligible');
  assert.equal(await value(page, 'grant'), '7750.00');
  await page.goto(server.url + '?stand');
  await page.waitForSelector('[data-testid="verdict"]');
  await context.setOffline(false);
  await context.close();
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
});
