// Every word of the page comes from the catalogue: the page in the test-only
// pseudo-language (`?lang=x-pseudo`, English accented and bracketed, « [Ŏţĥéŕ
// àîð] ») shows no text that is neither pseudo-localised, nor the draft's own
// data, nor a number, an amount, a date or a symbol. A word written in src/
// instead of the catalogue stays plain and is listed.
//
// What is read, at each step (a blank draft; an example loaded and typed in;
// every <details> opened; the working-together panel, a part's merge preview
// and a spreadsheet's preview; a second scenario and
// the comparison; the share panel; the print view; the confirmations the page
// asks in dialogs): every visible text node,
// the options of visible lists, the page's title, and the accessible texts
// (aria-label, aria-description, aria-roledescription, aria-valuetext, title,
// placeholder, alt, the value of input buttons).
//
// A text passes when, once the draft's data (every string the exported draft
// holds but its codes, ids and dates, and the names of the files it picked),
// scenarios' one-letter names (A, B), English-style dates (`31 Jan 2027`,
// which the pseudo-language writes as English does), URLs and e-mail addresses
// are taken out, what is left either has no letter at all, or has no
// unaccented ASCII letter and holds a `[`. Not read: text inside an element
// whose `lang` is not the page's — the scheme's own words quoted in French
// (`<blockquote lang="fr">`), a language's name in that language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, launch, openPage, OUTPUT, exportDraft, settled } from './harness.mjs';

let server; let browser;
before(async () => { mkdirSync(OUTPUT, { recursive: true }); server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** What the test types, besides the example: user data too. */
const TYPED = {
  title: 'Jumeau numérique de la ligne 3',
  partner: 'Atelier Dupont & Fils',
  line: 'Caméra thermique',
  milestone: 'Revue de mi-parcours',
  funder: 'Département du Calvados',
  unread: ['31/02/2027', 'douze', '99', '123'],
};

/** Keys of the draft format whose strings are codes, ids, amounts or dates, not what a person wrote. */
const CODE_KEYS = new Set(['format', 'id', 'kind', 'role', 'category', 'partner', 's3_domain', 'country',
  'status', 'amount', 'date', 'submission', 'start', 'end', 'granted_on', 'version', 'lang']);

/** Every string a person wrote in `draft` (at least two characters, with a letter or a digit). */
function userStrings(draft, key = null, out = new Set()) {
  if (typeof draft === 'string') {
    if (!CODE_KEYS.has(key) && draft.trim().length >= 2) out.add(draft.trim());
  } else if (Array.isArray(draft)) {
    for (const item of draft) userStrings(item, key, out);
  } else if (draft && typeof draft === 'object') {
    for (const [k, v] of Object.entries(draft)) userStrings(v, k, out);
  }
  return out;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const NOT_WORDS = [
  new RegExp(`\\b\\d{1,2} ${MONTH}\\.? \\d{4}\\b`, 'g'), // 31 Jan 2027
  new RegExp(`\\b${MONTH} \\d{4}\\b`, 'g'), // Jan 2027
  /(?<!\p{L})[A-Z](?!\p{L})/gu, // a scenario's name: A, B, C
  /\bhttps?:\/\/\S+/g,
  /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g,
];

/**
 * Why `text` is not a word of the catalogue, or null when it passes: the
 * user's strings (longest first), dates, URLs and addresses taken out, either
 * no letter is left, or no plain ASCII letter and a `[`.
 */
export function offence(text, user) {
  let rest = text.replace(/[\u00a0\u202f]/g, ' ');
  for (const s of user) rest = rest.split(s).join(' ');
  for (const re of NOT_WORDS) rest = rest.replace(re, ' ');
  rest = rest.trim();
  if (!/\p{L}/u.test(rest)) return null;
  if (!/[A-Za-z]/.test(rest) && rest.includes('[')) return null;
  return rest;
}

/** The texts a visitor sees or hears at this point, each with where it is. */
function readPage(page) {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const foreign = (el) => {
      const marked = el.closest('[lang]');
      return marked && marked !== document.documentElement && marked.lang !== pageLang;
    };
    const visible = (el) => el.checkVisibility({ checkVisibilityCSS: true });
    const where = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        const tag = e.tagName.toLowerCase();
        const mark = e.id ? `#${e.id}` : e.dataset?.testid ? `[data-testid=${e.dataset.testid}]` : e.classList?.[0] ? `.${e.classList[0]}` : '';
        parts.unshift(tag + mark);
      }
      return parts.join(' > ');
    };
    const found = [{ text: document.title, where: 'document title' }];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent.trim();
      if (!text || !el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName) || foreign(el)) continue;
      const shown = el.tagName === 'OPTION' ? visible(el.closest('select') ?? el) : visible(el);
      if (shown) found.push({ text, where: where(el) });
    }
    const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];
    for (const el of document.body.querySelectorAll('*')) {
      if (foreign(el) || !visible(el)) continue;
      for (const name of ATTRIBUTES) {
        const text = el.getAttribute(name)?.trim();
        if (text) found.push({ text, where: `${where(el)} @${name}` });
      }
      if (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type) && el.value.trim()) {
        found.push({ text: el.value.trim(), where: `${where(el)} @value` });
      }
    }
    return found;
  });
}

/** Opens every closed <details> as a click on its summary would. */
async function openAllDetails(page) {
  await page.evaluate(() => { for (const d of document.querySelectorAll('details:not([open])')) d.open = true; });
  await settled(page);
}

test('the page, its panels and its print, in the pseudo-language, show no word outside the catalogue', async () => {
  const { page, errors, context } = await openPage(browser, `${server.url}?lang=x-pseudo`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'x-pseudo');
  const seen = [];
  const read = async (step) => {
    await settled(page);
    for (const t of await readPage(page)) seen.push({ ...t, step });
  };

  await read('blank draft');

  // A realistic draft: the page's first example, then typed in.
  await page.getByTestId('example-0').click();
  await page.waitForFunction(() => document.getElementById('project-title')?.value !== '');
  await page.locator('#project-title').fill(TYPED.title);
  await page.locator('[data-testid="partner-row"] input[id$="-name"]').first().fill(TYPED.partner);
  await page.locator('[data-testid="budget-row"] input[id$="-label"]').first().fill(TYPED.line);
  await page.locator('input[id^="milestone-"][id$="-label"]').first().fill(TYPED.milestone);
  // The form's other rows, and what it says of what it cannot read.
  await page.locator('#de-minimis-declared').check();
  await page.locator('#add-aid').click();
  await page.locator('#aid-0-funder').fill(TYPED.funder);
  await page.locator('#aid-0-date').fill('31/02/2027');
  await page.locator('#aid-0-amount').fill('douze');
  await page.locator('#add-funding').click();
  await page.locator('#funding-0-funder').fill(TYPED.funder);
  await page.locator('#add-indicator').click();
  await page.locator('input[id^="score-"]').first().fill('99');
  await page.locator('input[id$="-siret"]').first().fill('123');
  await read('an example, typed in');
  await openAllDetails(page);
  await read('every details opened');

  // Working together: the panel; a partner's part exported and imported back
  // (the merge preview); a spreadsheet of lines with an unreadable amount (its preview).
  await page.getByTestId('team').click();
  await page.getByTestId('team-panel').waitFor();
  await read('working-together panel');
  const [part] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-part').click()]);
  const partPath = join(OUTPUT, 'pseudo-part.json');
  await part.saveAs(partPath);
  await page.getByTestId('import-parts').setInputFiles(partPath);
  await page.getByTestId('merge-preview').waitFor();
  await read('merge preview');
  await page.getByTestId('merge-cancel').click();
  const sheet = join(OUTPUT, 'pseudo-lines.csv');
  writeFileSync(sheet, `partner,category,label,amount\r\n${TYPED.partner},licences,${TYPED.line},twelve\r\n`);
  await page.getByTestId('import-lines-csv').setInputFiles(sheet);
  await page.getByTestId('csv-preview').waitFor();
  await read('spreadsheet preview');
  await page.getByTestId('csv-cancel').click();
  await page.getByTestId('team').click();

  // A second scenario with another amount: the comparison and its causes.
  await page.getByTestId('duplicate-scenario').click();
  await page.getByTestId('comparison').waitFor();
  await page.locator('[data-testid="budget-row"] input[id$="-amount"]').first().fill('6000');
  await openAllDetails(page);
  await read('second scenario and comparison');

  // Sharing.
  await page.getByTestId('share').click();
  await page.getByTestId('share-panel').waitFor();
  await read('share panel');
  await page.getByTestId('share').click();

  // The print view, rendered as printing does, read with print styles.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForSelector('.print-summary', { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  await read('print view');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  // What the page asks in a dialog, answered « cancel » so nothing changes:
  // removing the second scenario, clearing the de minimis aids.
  page.on('dialog', (dialog) => {
    seen.push({ text: dialog.message(), where: `${dialog.type()} dialog`, step: 'dialogs' });
    dialog.dismiss().catch(() => {});
  });
  await page.getByTestId('remove-scenario').click();
  await page.locator('#de-minimis-declared').uncheck().catch(() => {});
  await settled(page);
  assert.equal(seen.filter((t) => t.step === 'dialogs').length, 2, 'the page asked before each removal');

  // The user's data: every string the draft holds but its codes, and what was typed.
  const draft = JSON.parse(readFileSync(await exportDraft(page, 'pseudo-draft.json'), 'utf8'));
  const user = [...userStrings(draft), ...Object.values(TYPED).flat(), 'twelve', 'pseudo-part.json', 'pseudo-lines.csv'].sort((a, b) => b.length - a.length);
  assert.ok(user.includes(TYPED.title), 'the typed title is in the exported draft');

  const offending = new Map();
  for (const { text, where, step } of seen) {
    const left = offence(text, user);
    if (left !== null && !offending.has(text)) offending.set(text, `${step}: ${where}`);
  }
  const list = [...offending].map(([text, at]) => `  ${JSON.stringify(text)}  (${at})`).join('\n');
  assert.equal(offending.size, 0, `${offending.size} texts not from the catalogue:\n${list}`);
  await context.close();
  assert.deepEqual(errors, []);
});

test('the rule the pseudo-language test applies: pseudo-localised, user data, numbers pass; a plain word does not', () => {
  const user = ['Atelier Dupont'];
  for (const passes of ['[Ŕéɱöṽé] Atelier Dupont', '[Šçéñàŕîô] B', 'B [(éðîţîñĝ)]', '[Ƒûñðîñĝ 2]', '7 750,00 €', '€7,750.00', '31 Jan 2027', '50 %', '—', 'Atelier Dupont', '62/100']) {
    assert.equal(offence(passes, user), null, passes);
  }
  for (const fails of ['Remove', 'Retirer Atelier Dupont', '[Ŕéɱöṽé] partner', 'Ŕéɱöṽé', 'TVA']) {
    assert.notEqual(offence(fails, user), null, fails);
  }
});
