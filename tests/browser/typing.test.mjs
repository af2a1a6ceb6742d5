// Typed as people type (issue 23, points 6 and 7): the page opens in the
// visitor's language and keeps a choice made; dates typed the usual ways are
// read, and kept as typed; typing or loading an example never moves the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, axe } from './harness.mjs';

let server; let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const lang = (page) => page.evaluate(() => document.documentElement.lang);

test('with nothing saved, a browser whose first language is French opens in French, any other in English', async () => {
  for (const [locale, expected] of [['en-US', 'en'], ['fr-CA', 'fr'], ['fr-FR', 'fr'], ['de-DE', 'en'], ['en-GB', 'en']]) {
    const { page, context, errors } = await openPage(browser, server.url, { locale });
    assert.deepEqual(await page.evaluate(() => navigator.languages[0]), locale, 'the context’s preferred language');
    await page.waitForFunction((l) => document.documentElement.lang === l, expected, { timeout: 3000 })
      .catch(() => {});
    assert.equal(await lang(page), expected, locale);
    assert.equal(await page.locator('h1').first().innerText(), expected === 'fr' ? 'Simulateur Booster IA' : 'Booster IA simulator', locale);
    // The browser's guess is not a choice: nothing saved.
    assert.equal(await page.evaluate(() => localStorage.getItem('booster-ia/lang')), null, locale);
    await context.close();
    assert.deepEqual(errors, [], locale);
  }
});

test('a language chosen on the page is kept after a reload, whatever the browser says; the URL’s wins', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { locale: 'en-US' });
  assert.equal(await lang(page), 'en');
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.reload();
  await page.waitForSelector('[data-testid="verdict"]');
  assert.equal(await lang(page), 'fr', 'the choice is kept');
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.reload();
  await page.waitForSelector('[data-testid="verdict"]');
  assert.equal(await lang(page), 'en', 'and the next choice too');
  await context.close();
  // A language in the URL wins over the browser's, and is not saved.
  const asked = await openPage(browser, server.url + '?lang=en', { locale: 'fr-FR' });
  assert.equal(await lang(asked.page), 'en');
  assert.equal(await asked.page.evaluate(() => localStorage.getItem('booster-ia/lang')), null);
  await asked.context.close();
  assert.deepEqual([...errors, ...asked.errors], []);
});

test('a stand opens in its browser’s language and saves none', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '?stand', { locale: 'en-US' });
  assert.equal(await lang(page), 'en');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await context.close();
  assert.deepEqual(errors, []);
});

/** The field's top in the document (not the viewport: scrolling is not moving). */
const topOf = (page, id) => page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top + window.scrollY, id);

for (const [name, viewport] of [['wide', { width: 1280, height: 900 }], ['phone', { width: 360, height: 740 }]]) {
  test(`typing the first letters or loading an example never moves the field being typed in (${name})`, async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport });
    const { page, errors } = await openPage(browser, server.url, { context });
    const title = page.locator('#project-title');
    const before = await topOf(page, 'project-title');
    await title.click();
    await title.pressSequentially('V');
    await page.waitForFunction(() => document.getElementById('project-title').value === 'V');
    // Let every render the keystroke causes land.
    await page.waitForTimeout(300);
    assert.equal(await topOf(page, 'project-title'), before, 'after the first letter');
    await title.pressSequentially('ision sur la ligne');
    await page.waitForTimeout(300);
    assert.equal(await topOf(page, 'project-title'), before, 'after a few words');
    assert.ok(await page.locator('#examples-heading').isVisible(), 'the examples card is still there');
    // An example over a draft that is not empty: asked first, then loaded in place.
    let asked = 0;
    page.on('dialog', (d) => { asked += 1; d.accept(); });
    const toggle = page.locator('.examples-toggle');
    if (await toggle.isVisible()) await toggle.click();
    const opened = await topOf(page, 'project-title');
    await page.getByTestId('example-0').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]').dataset.value === 'eligible');
    await page.waitForTimeout(300);
    assert.equal(asked, 1, 'asked before replacing the draft');
    assert.equal(await topOf(page, 'project-title'), opened, 'after loading an example');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'project-title');
    // Typing in the loaded draft moves nothing either.
    await title.press('End');
    await title.pressSequentially(' bis');
    await page.waitForTimeout(300);
    assert.equal(await topOf(page, 'project-title'), opened, 'typing in the example');
    await context.close();
    assert.deepEqual(errors, []);
  });
}

/** Types `text` key by key into the date field labelled `label`, then leaves it. */
async function typeDate(page, label, text) {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.fill('');
  await field.pressSequentially(text);
  // Kept as typed, key by key: never reformatted while typed.
  assert.equal(await field.inputValue(), text, `${label}: as typed`);
  await field.press('Tab');
  assert.equal(await field.inputValue(), text, `${label}: as typed, once left`);
  return field;
}

test('dates typed the usual ways are read day first in both languages, and kept as typed', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { locale: 'fr-FR' });
  // A text keyboard on a phone: a numeric one has no « / » on some, no letters for « mars ».
  assert.equal(await page.getAttribute('#date-start', 'inputmode'), null);
  // 1/3/27 is 1 March 2027: six months end on 31 August 2027 at the latest.
  await typeDate(page, 'Début des travaux', '1/3/27');
  await page.locator('#date-end-hint', { hasText: 'Fin au plus tard le 31/08/2027' }).waitFor({ timeout: 3000 });
  assert.equal(await page.getAttribute('#date-start', 'aria-invalid'), 'false');
  for (const [typed, end] of [
    ['01.03.2027', '31/08/2027'], ['1 mars 2027', '31/08/2027'], ['1er mars 2027', '31/08/2027'],
    ['15 March 2027', '14/09/2027'], ['March 15, 2027', '14/09/2027'], ['15 Mar 2027', '14/09/2027'],
    ['1 févr. 2027', '31/07/2027'], ['2027-03-01', '31/08/2027'],
  ]) {
    await typeDate(page, 'Début des travaux', typed);
    await page.locator('#date-end-hint', { hasText: `Fin au plus tard le ${end}` }).waitFor({ timeout: 3000 })
      .catch(async () => assert.fail(`${typed}: ${await page.locator('#date-end-hint').innerText()}`));
  }
  // What is no date of the calendar is refused, with its reason.
  for (const typed of ['31/02/27', '13/13/2027']) {
    await typeDate(page, 'Début des travaux', typed);
    assert.equal(await page.getAttribute('#date-start', 'aria-invalid'), 'true', typed);
    assert.match(await page.locator('#date-start-error').innerText(), /Date incomplète ou inexistante/, typed);
    assert.equal(await page.locator('#date-end-hint').count(), 0, `${typed}: no start, no last day`);
  }
  // The English page reads the same forms, slashed digits day first too.
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  for (const [typed, end] of [['1/3/27', '31 Aug 2027'], ['March 15, 2027', '14 Sep 2027'], ['1 mars 2027', '31 Aug 2027']]) {
    await typeDate(page, 'Work starts', typed);
    await page.locator('#date-end-hint', { hasText: `End by ${end}` }).waitFor({ timeout: 3000 })
      .catch(async () => assert.fail(`${typed}: ${await page.locator('#date-end-hint').innerText()}`));
  }
  await axe(page, 'dates typed (en)');
  await context.close();
  assert.deepEqual(errors, []);
});

test('counts are worded with real plurals: « 1 non conforme »', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { locale: 'fr-FR' });
  // The example that is not eligible fails one check or more: its heading agrees each count.
  await page.getByTestId('example-3').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]').dataset.value === 'not_eligible');
  const heading = await page.locator('h3', { hasText: 'Vérifications (' }).innerText();
  const count = (status) => page.locator(`.checks [data-status="${status}"]`).count();
  const [fail, missing, pass] = [await count('fail'), await count('missing'), await count('pass')];
  const word = (n, one, many) => (n <= 1 ? one : many);
  assert.equal(heading, `Vérifications (${fail} ${word(fail, 'non conforme', 'non conformes')}, ${missing} à compléter, ${pass} ${word(pass, 'conforme', 'conformes')})`);
  assert.doesNotMatch(heading, /\b[01] (non )?conformes/);
  await context.close();
  assert.deepEqual(errors, []);
});
