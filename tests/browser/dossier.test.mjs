// The rest of the dossier through the page (VAT, de minimis, other funding,
// format v2) and the examples in the page's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, launch, openPage, OUTPUT, EXAMPLES, value, waitFor, figures, check, exportDraft, axe, CHECKER } from './harness.mjs';

let server; let browser;
before(async () => { mkdirSync(OUTPUT, { recursive: true }); server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const dataValue = (page, id) => page.getAttribute(`[data-testid="${id}"]`, 'data-value');

test('each example loads in the page’s language with the same figures, and focus goes to its first field', async () => {
  const fr = {};
  for (const lang of ['fr', 'en']) {
    const { page, errors, context } = await openPage(browser, server.url);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    }
    for (let i = 0; i < 4; i += 1) {
      if (i > 0) {
        page.once('dialog', (d) => d.accept());
        await page.getByRole('button', { name: lang === 'fr' ? 'Nouveau brouillon' : 'New draft' }).click();
      }
      await page.getByTestId(`example-${i}`).click();
      await page.waitForFunction(() => document.getElementById('project-title')?.value !== '');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'project-title', 'focus on the draft’s first field');
      const name = ['eligible', 'association', 'cap-binds', 'not-eligible'][i];
      const file = JSON.parse(readFileSync(join(EXAMPLES, ...(lang === 'en' ? ['en', `${name}.json`] : [`${name}.json`])), 'utf8'));
      assert.equal(await page.getByLabel(lang === 'fr' ? 'Titre' : 'Title').inputValue(), file.project.title);
      const shown = await figures(page);
      if (lang === 'fr') fr[i] = shown; else assert.deepEqual(shown, fr[i], `${name}: the same figures in English`);
    }
    await context.close();
    assert.deepEqual(errors, []);
  }
});

test('VAT, de minimis and other funding change the figures; a v1 file imports and exports as v3; an invalid v2 file changes nothing', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  // The example as first written, in format v1.
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, '../tests/fixtures/v1/eligible.json'));
  await waitFor(page, 'verdict', 'eligible');
  const grant = await value(page, 'grant');
  // The plan: costs 17 500, Booster IA 7 750, own funds the rest.
  assert.equal(await dataValue(page, 'plan-uses'), '17500.00');
  assert.equal(await dataValue(page, 'plan-booster-ia'), grant);
  assert.equal(await dataValue(page, 'plan-own-funds'), '9750.00');
  // Other public funding beyond the costs: over-funded, shown in place; the verdict stays.
  await page.getByRole('button', { name: '+ Ajouter un financement' }).click();
  await page.getByLabel('Financeur').fill('Département du Calvados');
  await page.locator('#funding-0-amount').pressSequentially('9 750,01');
  await page.waitForFunction(() => document.querySelector('[data-testid="plan-over"]')?.dataset.value === '0.01');
  assert.equal(await dataValue(page, 'plan-own-funds'), '0.00');
  assert.equal(await page.locator('[data-check="financing-plan"]').getAttribute('data-status'), 'warning');
  assert.equal(await value(page, 'verdict'), 'eligible');
  // De minimis: declared, one aid; its amount moves the headroom.
  await page.getByLabel(/La liste est complète/).check();
  await page.getByRole('button', { name: '+ Ajouter une aide de minimis' }).click();
  await page.locator('#aid-0-funder').fill('Bpifrance');
  await page.locator('#aid-0-date').fill('01/03/2026');
  await page.locator('#aid-0-amount').fill('292250');
  await page.waitForFunction(() => document.querySelector('[data-testid="de-minimis"]')?.dataset.value === '0.00');
  assert.equal(await page.getAttribute('[data-testid="de-minimis"]', 'data-fits'), 'true');
  await page.locator('#aid-0-amount').fill('292250,01');
  await page.waitForFunction(() => document.querySelector('[data-testid="de-minimis"]')?.dataset.fits === 'false');
  // A partner that does not recover VAT: the alternative shows, for information.
  assert.equal(await page.getByTestId('vat-alternative').count(), 0);
  await page.locator('#vat-p1').selectOption('no');
  await page.getByTestId('vat-alternative').waitFor();
  await axe(page, 'the dossier filled in');
  // Exported as v2, the checker agrees on every new figure.
  const path = await exportDraft(page, 'dossier-v2.json');
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(exported.version, 3);
  assert.equal(exported.partners[0].vat_recoverable, false);
  assert.deepEqual(exported.de_minimis, { declared: true, aids: [{ funder: 'Bpifrance', granted_on: '2026-03-01', amount: '292250.01' }] });
  assert.deepEqual(exported.other_funding, [{ funder: 'Département du Calvados', amount: '9750.01', status: 'requested' }]);
  const checked = check(path);
  for (const key of ['de_minimis', 'financing', 'vat_alternative']) assert.deepEqual(exported.assessment[key], checked[key], key);
  assert.equal(checked.de_minimis.fits, false);
  // An invalid v2 file (aids listed, the list not declared) leaves the draft as it was.
  const before = await figures(page);
  const bad = { ...exported, de_minimis: { declared: false, aids: exported.de_minimis.aids } };
  const badPath = join(OUTPUT, 'dossier-invalid.json');
  writeFileSync(badPath, JSON.stringify(bad));
  await page.getByTestId('import-file').setInputFiles(badPath);
  await page.locator('.notice-error').waitFor();
  assert.match(await page.locator('.notice-error').innerText(), /de_minimis\.aids/);
  assert.deepEqual(await figures(page), before);
  assert.equal(await page.locator('#aid-0-funder').inputValue(), 'Bpifrance');
  await context.close();
  assert.deepEqual(errors, []);
});

test('dates are typed and shown the page’s way whatever the browser’s locale; what is not a date yet is kept with a message', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const { page, errors } = await openPage(browser, server.url, { context });
  // An English browser opens the page in English.
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const filed = page.getByLabel('Application filed');
  await filed.pressSequentially('10/01/2027');
  let path = await exportDraft(page, 'date-en.json');
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).timeline.submission, '2027-01-10', 'day first, not the US month first');
  await filed.fill('10 Jan 2027');
  path = await exportDraft(page, 'date-en-named.json');
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).timeline.submission, '2027-01-10');
  // Not a date yet: the text stays, an English message says why, the draft has no date.
  await filed.fill('31/02/2027');
  assert.equal(await filed.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#date-submission-error').innerText(), /Incomplete or impossible date/);
  assert.equal(await filed.inputValue(), '31/02/2027');
  path = await exportDraft(page, 'date-invalid.json');
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).timeline.submission, null);
  // The same date on the French page, the French way.
  await filed.fill('2027-01-10');
  await page.getByRole('button', { name: 'Français' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal(await page.getByLabel('Dépôt de la demande').inputValue(), '10/01/2027');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await filed.inputValue(), '10 Jan 2027');
  await context.close();
  assert.deepEqual(errors, []);
});
