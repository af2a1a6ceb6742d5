// The simulator as its users meet it away from a laptop: a 360 × 740 phone
// (the figure people came for in the bar, nothing under the bar, postcodes as
// people type them, the first field on the first screen), a stand's tablet
// (the countdown in view, a reset that forgets everything) and the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, value, waitFor, figures, axe } from './harness.mjs';

let server; let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { width: 360, height: 740 };

async function phone(lang = 'fr-FR', path = '') {
  const context = await browser.newContext({ locale: lang, viewport: PHONE, isMobile: true, hasTouch: true });
  return openPage(browser, server.url + path, { context });
}

/** Opens the examples' disclosure (folded on a phone) and loads example `i`. */
async function loadExample(page, i) {
  const toggle = page.locator('.examples-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.getByTestId(`example-${i}`).click();
}

/** Types into a field key by key, as a person would. */
async function type(locator, text) {
  await locator.click();
  await locator.pressSequentially(text);
}

/** Whether the element that has focus is fully on screen and under no fixed element. */
function focusedPlacement() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect();
  const fixed = [...document.querySelectorAll('body *')].filter((e) => {
    const s = getComputedStyle(e);
    return s.position === 'fixed' && s.display !== 'none' && s.visibility !== 'hidden' && e.getBoundingClientRect().height > 0;
  });
  const inside = fixed.some((f) => f.contains(el));
  const covering = fixed.filter((f) => !f.contains(el)).map((f) => f.getBoundingClientRect())
    .filter((f) => r.left < f.right && r.right > f.left && r.top < f.bottom && r.bottom > f.top);
  const name = el.id || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40) || el.tagName;
  return {
    name, inside, tiny: r.width <= 1 || r.height <= 1,
    onScreen: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth,
    covered: covering.length > 0,
    outline: getComputedStyle(el).outlineStyle !== 'none' ? parseFloat(getComputedStyle(el).outlineWidth) : 0,
    radioOf: el.type === 'radio' ? [...document.querySelectorAll('[data-testid="partner-row"]')].findIndex((row) => row.contains(el)) : null,
  };
}

test('on a phone the bar gives the grant the project would get as soon as its budget is entered, one tap from what is missing', async () => {
  const { page, errors, context } = await phone();
  await page.getByRole('button', { name: '+ Ajouter un partenaire' }).click();
  let row = page.getByTestId('partner-row').nth(0);
  await type(row.getByLabel('Nom'), 'Bessin Cannery');
  await type(row.getByLabel('Code postal de l’établissement'), '14400');
  await page.getByRole('button', { name: '+ Ajouter un partenaire' }).click();
  row = page.getByTestId('partner-row').nth(1);
  await type(row.getByLabel('Nom'), 'Rouen Computer Lab');
  await row.getByLabel('Type de structure').selectOption('public_establishment');
  await type(row.getByLabel('Code postal de l’établissement'), '76 130');
  const lines = [
    ['Data science intern', 0, 'personnel', '4000'],
    ['Model design', 1, 'intellectual_services', '10000'],
    ['Annotation licence', 0, 'licences', '1500'],
    ['Industrial camera', 0, 'equipment', '2000'],
  ];
  for (const [i, [label, partner, category, amount]] of lines.entries()) {
    await page.getByRole('button', { name: '+ Ajouter une dépense' }).click();
    const line = page.getByTestId('budget-row').nth(i);
    await type(line.getByLabel('Libellé'), label);
    await line.getByLabel('Portée par').selectOption({ index: partner + 1 });
    await line.getByLabel('Nature').selectOption(category);
    await type(line.getByLabel('Montant HT (€)'), amount);
  }
  // Dates, commitments and marks are still to come: the verdict waits, the figure does not.
  await waitFor(page, 'verdict', 'incomplete');
  await waitFor(page, 'bar-potential', '7750.00');
  const bar = page.locator('.results-bar');
  assert.match(await bar.innerText(), /≈ 7\s750,00\s€ si le dossier est complété/);
  assert.ok(await page.getByTestId('bar-potential').isVisible(), 'in the bar, without opening the detail');
  const missing = Number(await value(page, 'to-complete'));
  assert.ok(missing > 0);
  assert.match(await page.getByTestId('to-complete').innerText(), new RegExp(`^${missing} éléments? à compléter`));
  // One tap: the first thing missing in the form's order (the project's description) gets focus, clear of the bar.
  await page.getByTestId('to-complete').click();
  const placed = await page.evaluate(focusedPlacement);
  assert.equal(placed.name, 'project-ai-use');
  assert.ok(placed.onScreen && !placed.covered, JSON.stringify(placed));
  await context.close();
  assert.deepEqual(errors, []);
});

test('on a phone the first screen holds the title, one line and the first field; menu and examples fold; axe is clean in every state', async () => {
  for (const [locale, lang] of [['fr-FR', 'fr'], ['en-GB', 'en']]) {
    const { page, errors, context } = await phone(locale);
    // The page opens in the browser's language.
    await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
    const first = await page.evaluate(() => {
      const bar = document.querySelector('.results').getBoundingClientRect();
      return { title: document.getElementById('project-title').getBoundingClientRect().bottom, bar: bar.top };
    });
    assert.ok(first.title <= first.bar, `the first field ends at ${first.title} px, above the bar at ${first.bar} px (${lang})`);
    assert.equal(await page.getByTestId('export').isVisible(), false, 'the actions are in the menu');
    assert.equal(await page.getByTestId('example-0').isVisible(), false, 'the examples are folded');
    await axe(page, `the empty page at 360 px (${lang})`);
    await page.getByRole('button', { name: 'Menu' }).click();
    assert.ok(await page.getByTestId('export').isVisible());
    await axe(page, `the menu open (${lang})`);
    await loadExample(page, 0);
    await waitFor(page, 'verdict', 'eligible');
    await axe(page, `an example loaded (${lang})`);
    await page.locator('.results-toggle').click();
    await axe(page, `the detail open (${lang})`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0, 'nothing overflows');
    // Still usable on the narrowest phones.
    await page.setViewportSize({ width: 320, height: 640 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0, 'nothing overflows at 320 px');
    await context.close();
    assert.deepEqual(errors, []);
  }
});

test('every Tab stop is fully on screen, under no fixed element, with a 3 px focus ring; each partner’s lead choice is reached', async () => {
  const { page, errors, context } = await phone();
  await loadExample(page, 0);
  await waitFor(page, 'verdict', 'eligible');
  await page.evaluate(() => { window.scrollTo(0, 0); document.activeElement?.blur(); });
  const stops = [];
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const placed = await page.evaluate(focusedPlacement);
    if (!placed) break;
    if (stops.length && placed.name === stops[0].name && i > 5) break;
    stops.push(placed);
  }
  assert.ok(stops.length > 60, `${stops.length} stops`);
  const hidden = stops.filter((s) => !s.inside && !s.tiny && (!s.onScreen || s.covered));
  assert.deepEqual(hidden.map((s) => s.name), [], 'focused controls hidden or cut');
  const faint = stops.filter((s) => !s.tiny && s.outline < 3);
  assert.deepEqual(faint.map((s) => s.name), [], 'stops without a 3 px focus ring');
  const leads = new Set(stops.filter((s) => s.radioOf !== null).map((s) => s.radioOf));
  assert.deepEqual([...leads].sort(), [0, 1], 'Tab reaches the lead choice of both partners');
  await context.close();
  assert.deepEqual(errors, []);
});

test('opening the detail on a phone leaves the field being edited in view', async () => {
  const { page, errors, context } = await phone();
  await loadExample(page, 0);
  await waitFor(page, 'verdict', 'eligible');
  for (const id of ['#score-security', '#project-title']) {
    await page.locator(id).click();
    await page.locator('.results-toggle').click();
    await page.waitForFunction(() => document.documentElement.classList.contains('sheet-open'));
    const where = await page.evaluate((id) => ({
      field: document.querySelector(id).getBoundingClientRect().toJSON(),
      sheet: document.querySelector('.results').getBoundingClientRect().top,
    }), id);
    assert.ok(where.field.top >= 0 && where.field.bottom <= where.sheet, `${id}: ${JSON.stringify(where)}`);
    await page.locator('.results-toggle').click();
  }
  await context.close();
  assert.deepEqual(errors, []);
});

test('a postcode typed « 76 130 » is 76130, and one still being typed is not abroad', async () => {
  const { page, errors, context } = await phone();
  await loadExample(page, 0);
  await waitFor(page, 'verdict', 'eligible');
  const postcode = page.getByTestId('partner-row').nth(1).getByLabel('Code postal de l’établissement');
  const badge = page.getByTestId('partner-row').nth(1).locator('.badge');
  const plain = await figures(page);
  await postcode.fill('76 130');
  await page.waitForTimeout(100);
  assert.deepEqual(await figures(page), plain, 'the same verdict and figures');
  assert.match(await badge.innerText(), /Seine-Maritime \(76\) — en Normandie/);
  // Typed key by key: never « hors Normandie », never « Non éligible ».
  await postcode.fill('');
  for (const key of '76130') {
    await postcode.press(key);
    assert.notEqual(await value(page, 'verdict'), 'not_eligible');
    if ((await postcode.inputValue()).length < 5) {
      assert.equal(await badge.innerText(), 'Code postal incomplet : 5 chiffres attendus');
      assert.doesNotMatch(await page.getByTestId('advice').innerText(), /Ajoutez/);
    }
  }
  assert.deepEqual(await figures(page), plain);
  // Abroad, whatever the code: outside Normandy.
  await page.getByTestId('partner-row').nth(1).getByLabel('Pays de l’établissement').selectOption('BE');
  assert.equal(await badge.innerText(), 'Belgique — hors Normandie');
  await waitFor(page, 'verdict', 'not_eligible');
  await context.close();
  assert.deepEqual(errors, []);
});

test('a duplicated line is named apart from its original', async () => {
  const { page, errors, context } = await phone();
  await loadExample(page, 0);
  await waitFor(page, 'verdict', 'eligible');
  const first = page.getByTestId('budget-row').nth(0);
  const label = await first.getByLabel('Libellé').inputValue();
  await first.getByRole('button', { name: `Dupliquer ${label}` }).click();
  assert.equal(await page.getByTestId('budget-row').nth(1).getByLabel('Libellé').inputValue(), `${label} (copie)`);
  assert.equal(await page.getByRole('button', { name: `Dupliquer ${label}`, exact: true }).count(), 1);
  assert.equal(await page.getByRole('button', { name: `Dupliquer ${label} (copie)`, exact: true }).count(), 1);
  await context.close();
  assert.deepEqual(errors, []);
});

test('on a stand the countdown stays in view with the share panel open, and the reset closes everything and returns to French at the top', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  const { page, errors } = await openPage(browser, server.url + '?stand&idle=6', { context });
  await page.getByTestId('example-0').click();
  await waitFor(page, 'verdict', 'eligible');
  await page.getByTestId('share').click();
  await page.getByTestId('share-panel').waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.getByTestId('stand-countdown').waitFor({ timeout: 8000 });
  const box = await page.getByTestId('stand-countdown').boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 800, `countdown at ${JSON.stringify(box)}`);
  await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]').dataset.value === 'incomplete', null, { timeout: 8000 });
  // The page's language and scroll follow the render (effects): give them that moment.
  await page.waitForFunction(() => document.documentElement.lang === 'fr' && window.scrollY === 0, null, { timeout: 2000 })
    .catch(() => {});
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.equal(await page.getByTestId('share-panel').count(), 0, 'the share panel is closed');
  assert.equal(await page.locator('.notice').count(), 0, 'no status left');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'back at the top');
  assert.ok(await page.getByRole('button', { name: 'English' }).isVisible());
  await axe(page, 'the stand after a reset');
  await context.close();
  assert.deepEqual(errors, []);
});

test('on a wide screen the filled page passes axe in both languages', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const { page, errors } = await openPage(browser, server.url, { context });
  await page.getByTestId('example-1').click();
  await waitFor(page, 'verdict', 'eligible');
  await axe(page, 'an example at 1280 px (fr)');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await axe(page, 'an example at 1280 px (en)');
  await context.close();
  assert.deepEqual(errors, []);
});
