// The simulator driven as a person would: typing and clicking in headless
// Chromium against the release build. Figures on screen are compared with
// the booster-ia checker's on the exported file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, launch, openPage, OUTPUT, EXAMPLES, value, waitFor, figures, check, exportDraft, axe, CHECKER, settled } from './harness.mjs';

const SCREENSHOT = new URL('../../docs/screenshot.png', import.meta.url).pathname;
let server; let browser;
before(async () => { mkdirSync(OUTPUT, { recursive: true }); server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Types into a field key by key, as a person would. */
async function type(locator, text) {
  await locator.click();
  await locator.pressSequentially(text);
}

/** Enters the eligible example of the docs through the form alone (French page). */
async function enterEligibleProject(page) {
  await type(page.getByLabel('Titre'), 'Vision defects on a packing line');
  await page.getByLabel('Résumé').fill('An SME and a public lab test a vision model on the packing line.');
  await type(page.getByLabel('Usage de l’intelligence artificielle'), 'Convolutional network');
  await type(page.getByLabel('Données valorisées'), '40000 labelled images');
  await page.getByLabel(/Domaine de la stratégie/).selectOption('industry');

  await page.getByRole('button', { name: '+ Ajouter un partenaire' }).click();
  let row = page.getByTestId('partner-row').nth(0);
  await type(row.getByLabel('Nom'), 'Bessin Cannery');
  await row.getByLabel('Type de structure').selectOption('company');
  await type(row.getByLabel('Code postal de l’établissement'), '14400');
  await type(row.getByLabel('SIRET (facultatif)'), '81234567800013');
  await page.getByRole('button', { name: '+ Ajouter un partenaire' }).click();
  row = page.getByTestId('partner-row').nth(1);
  await type(row.getByLabel('Nom'), 'Rouen Computer Lab');
  await row.getByLabel('Type de structure').selectOption('public_establishment');
  await type(row.getByLabel('Code postal de l’établissement'), '76130');

  const lines = [
    ['Data science intern', 0, 'personnel', '4 000'],
    ['Model design', 1, 'intellectual_services', '10000,00'],
    ['Annotation licence', 0, 'licences', '1 500 €'],
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

  await page.getByLabel('Dépôt de la demande').fill('2027-01-10');
  await page.getByLabel('Début des travaux').fill('2027-02-01');
  await page.getByLabel('Fin des travaux').fill('2027-07-31');
  await page.getByRole('button', { name: '+ Ajouter un jalon' }).click();
  await type(page.getByLabel('Jalon 1', { exact: true }), 'Labelled image set');
  await page.getByLabel('Date', { exact: true }).fill('2027-03-31');

  await page.getByRole('button', { name: '+ Ajouter un indicateur' }).click();
  await type(page.getByLabel('Indicateur 1', { exact: true }), 'Detection rate');
  await type(page.getByLabel('Cible', { exact: true }), '95 %');
  await page.getByLabel('Retour d’expérience sur le projet').check();
  await page.getByLabel('Faire remonter les indicateurs en fin de projet').check();
  await page.getByLabel(/Participer à la revue de projets collective/).check();
  await page.getByLabel('Demander une avance').check();
  await type(page.getByLabel('Pourquoi cette avance est nécessaire'), 'The SME pays the lab before the end.');
  const marks = { quality: '15', feasibility: '22', regional_interest: '15', responsible_digital: '7', security: '8', reproducibility: '7' };
  for (const [key, mark] of Object.entries(marks)) await type(page.locator(`#score-${key}`), mark);
}

/** Visible text and labels outside lang="fr" quotations, to look for French. */
async function textOutsideFrench(page) {
  return page.evaluate(() => {
    const out = [];
    const walk = (node) => {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node;
        if (el.getAttribute('lang') === 'fr' || ['SCRIPT', 'STYLE'].includes(el.tagName)) return;
        for (const attr of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(attr)) out.push(el.getAttribute(attr));
        if (el.tagName === 'OPTION' && el.parentElement?.selectedOptions && !el.selected) out.push(el.textContent);
      }
      if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) out.push(node.textContent.trim());
      node.childNodes.forEach(walk);
    };
    walk(document.body);
    out.push(document.title);
    return out;
  });
}

const FRENCH = /[éèêàçùôîœ«»]|\b(le|la|les|des|du|et|une|pour|avec|sans|aide|dépenses?|partenaires?|porteur|projet|ligne|conforme|compléter|montant)\b|\d{2}\/\d{2}\/\d{4}|\d,\d\d\s?€/i;

test('a whole eligible project entered through the form gives the engine’s figures, in both languages, accessibly', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await axe(page, 'the empty page (fr)');
  await enterEligibleProject(page);
  await waitFor(page, 'verdict', 'eligible');
  assert.deepEqual(await figures(page), {
    verdict: 'eligible', 'total-costs': '17500.00', 'eligible-costs': '15500.00', grant: '7750.00', advance: '3875.00',
  });
  // The excluded camera is marked in place with its reason.
  const camera = page.getByTestId('budget-row').nth(3);
  // Rows off screen are not rendered (content-visibility): look at it as a person would,
  // once the browser has painted it.
  await camera.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="budget-row"]')[3]
    ?.querySelector('[data-testid="exclusion"]')?.innerText.trim() !== '');
  assert.match(await camera.getByTestId('exclusion').innerText(), /Équipement : catégorie absente/);
  // Every figure opens to its derivation.
  await page.locator('.figure-main details summary').click();
  assert.match(await page.locator('.figure-main details p').innerText(), /7\u202f750,00\u00a0€/);

  const path = await exportDraft(page, 'entered.json');
  const engine = check(path);
  assert.deepEqual(await figures(page), {
    verdict: engine.verdict, 'total-costs': engine.total_costs, 'eligible-costs': engine.eligible_costs, grant: engine.grant, advance: engine.advance,
  });
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).assessment.grant, '7750.00');
  await axe(page, 'a filled page (fr)');
  await page.screenshot({ path: SCREENSHOT, fullPage: false });

  // English: every visible string changes.
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // Proper names stay as they are in English.
  const properNames = /Région Normandie|Région|DataLab Normandie/g;
  const leaks = (await textOutsideFrench(page)).filter((t) => FRENCH.test(t.replace(properNames, '')));
  assert.deepEqual(leaks, [], 'French on the English page');
  assert.equal(await page.locator('[data-testid="grant"]').innerText(), '€7,750.00');
  assert.equal(await page.getByLabel('Amount excl. VAT (€)').first().inputValue(), '4000');
  await axe(page, 'a filled page (en)');
  // With a second scenario compared, the table and its causes are in English too.
  await page.getByTestId('duplicate-scenario').click();
  await page.getByLabel('Amount excl. VAT (€)').nth(1).fill('12000');
  await page.getByLabel('Work ends').fill('2027-08-31');
  await page.waitForSelector('[data-testid="comparison"][data-differences]:not([data-differences="0"])');
  await page.locator('[data-testid="comparison"] [data-rule] summary').first().click();
  const comparisonLeaks = (await textOutsideFrench(page)).filter((t) => FRENCH.test(t.replace(properNames, '')));
  assert.deepEqual(comparisonLeaks, [], 'French on the English page with scenarios compared');
  await page.getByTestId('scenario-tab-A').click();
  // Back to French for the rest of the session.
  await page.getByRole('button', { name: 'Français' }).click();
  await context.close();
  assert.deepEqual(errors, []);
});

test('each verdict and the cap are reached through the UI, the failing check explained', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await waitFor(page, 'verdict', 'incomplete');
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitFor(page, 'verdict', 'eligible');

  // Not eligible: the lead moves to Paris.
  const lead = page.getByTestId('partner-row').nth(0).getByLabel('Code postal de l’établissement');
  await lead.fill('');
  await type(lead, '75011');
  await waitFor(page, 'verdict', 'not_eligible');
  const failing = page.locator('[data-check="lead-in-normandy"]');
  assert.equal(await failing.getAttribute('data-status'), 'fail');
  assert.match(await failing.innerText(), /n’est pas implanté en Normandie/);
  assert.match(await failing.locator('blockquote[lang="fr"]').innerText(), /Les bénéficiaires doivent être implantés en Normandie/);
  assert.equal(await value(page, 'grant'), '0.00');
  await axe(page, 'a page with a failing check (fr)');

  // Back in Normandy, then above the cap.
  await lead.fill('14000');
  await waitFor(page, 'verdict', 'eligible');
  const amount = page.getByTestId('budget-row').nth(1).getByLabel('Montant HT (€)');
  await amount.fill('');
  await type(amount, '30 000');
  await waitFor(page, 'grant', '12500.00');
  assert.equal(await value(page, 'cap'), 'true');
  assert.equal(await value(page, 'eligible-costs'), '35500.00');

  // An unreadable amount is flagged in place, keeping what was typed.
  await amount.fill('');
  await type(amount, '12,5,5');
  assert.equal(await amount.inputValue(), '12,5,5');
  assert.equal(await amount.getAttribute('aria-invalid'), 'true');
  assert.match(await page.getByTestId('budget-row').nth(1).locator('.error').innerText(), /montant illisible/);
  await waitFor(page, 'verdict', 'incomplete');
  await axe(page, 'a page with an input error (fr)');
  await page.getByRole('button', { name: 'English' }).click();
  await axe(page, 'a page with an input error (en)');
  await axe(page, 'the page in English');
  await context.close();
  assert.deepEqual(errors, []);
});

test('export then import in a fresh profile restores the draft; a reload keeps it; an invalid file changes nothing', async () => {
  const first = await openPage(browser, server.url);
  await first.page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'cap-binds.json'));
  await waitFor(first.page, 'verdict', 'eligible');
  const before = await figures(first.page);
  assert.equal(before.grant, '12500.00');
  const path = await exportDraft(first.page, 'cap-binds-export.json');

  // A reload keeps the draft (saved by an effect just after each render).
  await first.page.waitForFunction(() => (localStorage.getItem('booster-ia/draft/v1') || '').includes('Prévoir les besoins'));
  await first.page.reload();
  await first.page.waitForSelector('[data-testid="verdict"]');
  assert.deepEqual(await figures(first.page), before);
  assert.equal(await first.page.getByLabel('Titre').inputValue(), 'Prévoir les besoins d’aide alimentaire');

  // An invalid file: a clear message, the draft untouched.
  const bad = JSON.parse(readFileSync(path, 'utf8'));
  bad.budget[0].amount = '-5';
  const badPath = join(OUTPUT, 'invalid.json');
  writeFileSync(badPath, JSON.stringify(bad));
  await first.page.getByTestId('import-file').setInputFiles(badPath);
  await first.page.waitForSelector('[data-testid="notice"][role="alert"]');
  assert.match(await first.page.getByTestId('notice').innerText(), /budget\[0\]\.amount : un montant ne peut pas être négatif/);
  assert.deepEqual(await figures(first.page), before);
  await first.context.close();
  assert.deepEqual(first.errors, []);

  // A fresh profile imports the export and shows the same draft and figures.
  const second = await openPage(browser, server.url);
  await waitFor(second.page, 'verdict', 'incomplete');
  await second.page.getByTestId('import-file').setInputFiles(path);
  await waitFor(second.page, 'verdict', 'eligible');
  assert.deepEqual(await figures(second.page), before);
  const again = await exportDraft(second.page, 'cap-binds-again.json');
  assert.equal(readFileSync(again, 'utf8'), readFileSync(path, 'utf8'));
  await second.context.close();
  assert.deepEqual(second.errors, []);

  // Dropped on the import zone instead of picked: the same draft, and a bad drop changes nothing.
  const third = await openPage(browser, server.url);
  const drop = async (name, text) => {
    const dataTransfer = await third.page.evaluateHandle(([name, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    }, [name, text]);
    await third.page.dispatchEvent('.dropzone', 'dragover', { dataTransfer });
    assert.equal(await third.page.locator('.dropzone-active').count(), 1, 'the zone shows where to drop');
    await third.page.dispatchEvent('.dropzone', 'drop', { dataTransfer });
  };
  await drop('cap-binds-export.json', readFileSync(path, 'utf8'));
  await waitFor(third.page, 'verdict', 'eligible');
  assert.deepEqual(await figures(third.page), before);
  assert.equal(await third.page.locator('.dropzone-active').count(), 0);
  await drop('invalid.json', JSON.stringify(bad));
  await third.page.waitForSelector('[data-testid="notice"][role="alert"]');
  assert.match(await third.page.getByTestId('notice').innerText(), /« invalid\.json » n’est pas un brouillon valide/);
  assert.deepEqual(await figures(third.page), before);
  await third.context.close();
  assert.deepEqual(third.errors, []);
});

test('adding and removing rows sends focus somewhere sensible, and new draft asks first', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByRole('button', { name: '+ Ajouter un partenaire' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'partner-p1-name');
  await page.keyboard.type('Keyboard Only Ltd');
  await page.getByRole('button', { name: 'Retirer Keyboard Only Ltd' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'add-partner');
  await page.getByRole('button', { name: '+ Ajouter une dépense' }).click();
  assert.match(await page.evaluate(() => document.activeElement.id), /^line-b\d+-label$/);
  let asked = 0;
  page.on('dialog', (d) => { asked += 1; d.dismiss(); });
  await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
  assert.equal(asked, 1);
  assert.equal(await page.getByTestId('budget-row').count(), 1, 'dismissing keeps the draft');
  await context.close();
  assert.deepEqual(errors, []);
});

test('each example loads in one click from the empty page with the figures of the format document', async () => {
  const doc = readFileSync(new URL('../../docs/draft-format.md', import.meta.url), 'utf8');
  const table = doc.split('\n').filter((l) => l.startsWith('| ')).slice(doc.split('\n').filter((l) => l.startsWith('| ')).findIndex((l) => l.startsWith('| example | verdict')));
  const header = table[0].split('|').map((c) => c.trim()).filter(Boolean);
  const rows = Object.fromEntries(table.slice(1).map((l) => {
    const cells = l.split('|').map((c) => c.trim()).filter(Boolean);
    return [cells[0], Object.fromEntries(header.map((h, i) => [h, cells[i]]))];
  }));
  const files = ['eligible.json', 'association.json', 'cap-binds.json', 'not-eligible.json'];
  const { page, errors, context } = await openPage(browser, server.url);
  for (const [i, file] of files.entries()) {
    const expected = rows[file];
    assert.ok(expected, `${file} is in the document's table`);
    await page.getByTestId(`example-${i}`).click();
    await waitFor(page, 'verdict', expected.verdict);
    assert.deepEqual(await figures(page), {
      verdict: expected.verdict, 'total-costs': expected.total_costs, 'eligible-costs': expected.eligible_costs,
      grant: expected.grant, advance: expected.advance,
    }, file);
    if (expected.verdict === 'not_eligible') {
      assert.ok(await page.locator('[data-status="fail"]').count() > 0, 'the failing checks are listed');
    }
    // Back to the empty page, where the examples are offered.
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
    await waitFor(page, 'verdict', 'incomplete');
  }
  await context.close();
  assert.deepEqual(errors, []);
});

test('printing gives a one- or two-page summary with the figures, their derivations and the citations', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'cap-binds.json'));
  await waitFor(page, 'verdict', 'eligible');
  const pdf = join(OUTPUT, 'summary.pdf');
  await settled(page);
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/[\u00a0\u202f]/g, ' ');
  const pages = Number(execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)[1]);
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  for (const expected of [
    'Booster IA — Prévoir les besoins d’aide alimentaire',
    'Verdict : Éligible',
    '12 500,00 €',
    'Temps de l’agent SIG titulaire',
    'Personnel permanent d’une structure publique : exclu.',
    'au-delà du plafond',
    'La preuve de concept devra être réalisée, au maximum, en six (6) mois.',
    'règles du dispositif adopté le 24/06/2024',
  ]) assert.ok(text.replace(/\s+/g, ' ').includes(expected), `the PDF should hold: ${expected}`);
  // The form itself is not printed.
  assert.ok(!text.includes('Ajouter un partenaire'));
  await context.close();
  assert.deepEqual(errors, []);
});

test('each suggested change, applied through the form, turns its check to pass', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'not-eligible.json'));
  await waitFor(page, 'verdict', 'not_eligible');
  const advice = page.getByTestId('advice');
  const status = (id) => page.getAttribute(`[data-check="${id}"][data-status]`, 'data-status');

  assert.match(await advice.locator('[data-advice="duration"]').innerText(), /Terminez le projet le 14\/09\/2027 au plus tard\./);
  await page.getByLabel('Fin des travaux').fill('2027-09-14');
  await page.waitForFunction(() => document.querySelector('[data-check="duration"][data-status]').dataset.status === 'pass');

  assert.match(await advice.locator('[data-advice="lead-in-normandy"]').innerText(), /Désignez comme porteur Bureau d’études Caen Structures/);
  await page.getByTestId('partner-row').nth(1).getByLabel('Porteur du projet (dépose la demande)').check();
  await page.waitForFunction(() => document.querySelector('[data-check="lead-in-normandy"][data-status]').dataset.status === 'pass');

  assert.match(await advice.locator('[data-advice="two-normandy-structures"]').innerText(), /Ajoutez 1 structure implantée en Normandie/);
  await page.getByRole('button', { name: '+ Ajouter un partenaire' }).click();
  const row = page.getByTestId('partner-row').nth(2);
  await row.getByLabel('Nom').fill('Lab Cherbourg');
  await row.getByLabel('Code postal de l’établissement').fill('50100');
  await page.waitForFunction(() => document.querySelector('[data-check="two-normandy-structures"][data-status]').dataset.status === 'pass');

  await waitFor(page, 'verdict', 'eligible');
  assert.equal(await status('duration'), 'pass');
  assert.equal(await value(page, 'grant'), '3000.00');
  await context.close();
  assert.deepEqual(errors, []);
});

test('stand mode shows the examples up front, keeps nothing, and resets after the idle time unless touched', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const { page, errors } = await openPage(browser, server.url + '?stand&idle=4', { context });
  assert.ok(await page.locator('.layout.stand').count() === 1, 'larger type');
  await page.getByTestId('example-2').click();
  await waitFor(page, 'verdict', 'eligible');
  assert.ok(await page.getByTestId('example-0').isVisible(), 'the examples stay up front');
  // A visitor's variant, to be forgotten with the rest.
  await page.getByTestId('duplicate-scenario').click();
  await page.getByTestId('comparison').waitFor();
  // The countdown shows in the last seconds; a touch cancels it and keeps the draft.
  await page.getByTestId('stand-countdown').waitFor({ timeout: 6000 });
  assert.match(await page.getByTestId('stand-countdown').innerText(), /effacée dans \d s/);
  await page.mouse.click(5, 5);
  await page.getByTestId('stand-countdown').waitFor({ state: 'detached', timeout: 2000 });
  assert.equal(await value(page, 'verdict'), 'eligible');
  // Left alone, the page resets to an empty draft.
  await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]').dataset.value === 'incomplete', null, { timeout: 8000 });
  assert.equal(await value(page, 'grant'), '0.00');
  // Nothing was kept for the next visitor: no draft, no scenario.
  assert.equal(await page.getByTestId('comparison').count(), 0);
  assert.equal(await page.getByTestId('scenario-tab-B').count(), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'booster-ia/lang')), []);
  await context.close();
  assert.deepEqual(errors, []);
});

test('a share link restores the draft in a fresh profile, its QR code decodes to it, and a damaged link changes nothing', async () => {
  const { default: jsQR } = await import('jsqr');
  const { PNG } = await import('pngjs');
  const first = await openPage(browser, server.url);
  await first.page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitFor(first.page, 'verdict', 'eligible');
  const before = await figures(first.page);
  await first.page.getByTestId('share').click();
  const link = await first.page.getByTestId('share-link').inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#draft=1\.[A-Za-z0-9_-]+$/);
  // Decode the QR code as drawn on screen.
  const png = PNG.sync.read(await first.page.getByTestId('qr').screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.equal(decoded?.data, link);
  await first.context.close();
  assert.deepEqual(first.errors, []);

  // A fresh profile opens the link and shows the same figures; the fragment leaves the address bar.
  const second = await openPage(browser, link);
  await waitFor(second.page, 'verdict', 'eligible');
  assert.deepEqual(await figures(second.page), before);
  assert.equal(new URL(second.page.url()).hash, '');
  // Over a non-empty draft, the link asks first; refusing keeps the draft.
  await second.page.getByLabel('Titre').fill('Kept');
  let asked = 0;
  second.page.on('dialog', (d) => { asked += 1; d.dismiss(); });
  // Same document with a new fragment: the app reads the link when the fragment changes.
  await second.page.goto(link);
  await second.page.waitForFunction(() => location.hash === '');
  assert.equal(asked, 1);
  assert.equal(await second.page.getByLabel('Titre').inputValue(), 'Kept');
  await second.context.close();
  assert.deepEqual(second.errors, []);

  // Damaged and unknown-version links: a message, and the draft already there is kept.
  for (const [bad, message] of [[link.slice(0, link.length - 40), /abîmé/], [link.replace('#draft=1.', '#draft=9.'), /version inconnue/]]) {
    const third = await openPage(browser, server.url);
    await third.page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'cap-binds.json'));
    await waitFor(third.page, 'verdict', 'eligible');
    const kept = await figures(third.page);
    await third.page.waitForFunction(() => (localStorage.getItem('booster-ia/draft/v1') || '').includes('Prévoir les besoins'));
    await third.page.goto(bad);
    await third.page.waitForSelector('[data-testid="notice"][role="alert"]');
    assert.match(await third.page.getByTestId('notice').innerText(), message);
    assert.deepEqual(await figures(third.page), kept);
    await third.context.close();
    assert.deepEqual(third.errors, []);
  }
});

test('a share link made before the browser deflated links (by the wasm build of miniz_oxide) still opens, with the same figures', async () => {
  const old = readFileSync(join(EXAMPLES, '../tests/fixtures/share-link-v1.txt'), 'utf8').trim();
  const typed = await openPage(browser, server.url);
  await typed.page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'association.json'));
  await waitFor(typed.page, 'verdict', 'eligible');
  const expected = await figures(typed.page);
  await typed.context.close();
  const opened = await openPage(browser, server.url + old);
  await waitFor(opened.page, 'verdict', 'eligible');
  assert.deepEqual(await figures(opened.page), expected);
  assert.equal(await opened.page.getByLabel('Titre').inputValue(), JSON.parse(readFileSync(join(EXAMPLES, 'association.json'), 'utf8')).project.title);
  await opened.context.close();
  assert.deepEqual([...typed.errors, ...opened.errors], []);
});

test('a share link pasted into a tab already open on the simulator opens its draft, asking first over a non-empty one', async () => {
  const link = readFileSync(join(EXAMPLES, '../tests/fixtures/share-link-v1.txt'), 'utf8').trim();
  const title = JSON.parse(readFileSync(join(EXAMPLES, 'association.json'), 'utf8')).project.title;
  const { page, context, errors } = await openPage(browser, server.url);
  await page.getByLabel('Titre').fill('Brouillon en cours');
  const asked = [];
  page.on('dialog', (d) => { asked.push(d.type()); d.accept(); });
  // Only the fragment changes: no new page load, as when a link is pasted in the address bar.
  await page.evaluate((hash) => { location.hash = hash; }, link);
  await page.waitForFunction((t) => document.getElementById('project-title')?.value === t, title);
  assert.deepEqual(asked, ['confirm']);
  await waitFor(page, 'verdict', 'eligible');
  assert.equal(new URL(page.url()).hash, '');
  await context.close();
  assert.deepEqual(errors, []);
});

// The 360 px page (overflow, axe in both languages and every state) is tested in phone.test.mjs.

/** The comparison table as shown: each row's key, whether it differs, its values and the rules named. */
async function comparisonRows(page) {
  return page.$$eval('[data-testid="comparison"] tbody tr', (rows) => rows.map((tr) => ({
    kind: tr.dataset.kind,
    key: tr.dataset.row,
    differs: tr.dataset.differs === 'true',
    values: [...tr.querySelectorAll('td[data-scenario]')].map((td) => td.dataset.value),
    rules: [...tr.querySelectorAll('[data-rule]')].map((li) => li.dataset.rule),
  })));
}

/** Runs `booster-ia compare` on files; returns its JSON (exit 1 when they differ). */
function compareFiles(...paths) {
  try {
    return JSON.parse(execFileSync(CHECKER, ['compare', ...paths]).toString());
  } catch (e) {
    if (e.status === 1) return JSON.parse(e.stdout.toString());
    throw e;
  }
}

test('a scenario duplicated and changed is compared side by side, each difference naming the rule behind it', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitFor(page, 'verdict', 'eligible');
  const a = await figures(page);

  // A copy as scenario B: the same figures, nothing differs yet.
  await page.getByTestId('duplicate-scenario').click();
  assert.equal(await page.getByTestId('scenario-tab-B').getAttribute('aria-current'), 'true');
  await page.waitForSelector('[data-testid="comparison"][data-differences="0"]');
  assert.deepEqual(await figures(page), a);

  // In B: the project ends a month too late and the model costs twice as much.
  await page.getByLabel('Fin des travaux').fill('2027-08-31');
  await page.getByTestId('budget-row').nth(1).getByLabel('Montant HT (€)').fill('20000');
  await waitFor(page, 'verdict', 'not_eligible');
  const bPath = await exportDraft(page, 'scenario-b.json');
  await page.getByTestId('scenario-tab-A').click();
  await waitFor(page, 'verdict', 'eligible');
  assert.deepEqual(await figures(page), a, 'scenario A is untouched');
  const aPath = await exportDraft(page, 'scenario-a.json');

  // The table on screen is the checker's comparison of the two exported files.
  const rows = await comparisonRows(page);
  const expected = compareFiles(aPath, bPath);
  assert.deepEqual(rows, expected.rows.map((r) => ({
    kind: r.kind, key: r.key, differs: r.differs, values: r.values, rules: r.causes.map((c) => c.source),
  })));
  const row = (key, kind = 'figure') => rows.find((r) => r.key === key && (r.kind === kind || key === 'verdict'));
  // Every difference names at least one rule or parameter; identical rows name none.
  for (const r of rows) assert.equal(r.rules.length > 0, r.differs, r.key);
  assert.deepEqual(row('verdict').values, ['eligible', 'not_eligible']);
  assert.deepEqual(row('verdict').rules, ['duration']);
  assert.deepEqual(row('grant').values, ['7750.00', '0.00']);
  assert.match(await page.locator('[data-row="grant"] td[data-scenario="B"]').innerText(), /−7\u202f750,00\u00a0€ par rapport à A/);
  // B gets nothing whatever its amounts: the duration alone is behind the grant.
  assert.deepEqual(row('grant').rules, ['duration']);
  assert.deepEqual(row('potential_grant').values, ['7750.00', '12500.00']);
  // The budget's totals are put down to the line whose amount changed, not to a rule.
  assert.deepEqual(row('potential_grant').rules, ['grant_rate', 'budget-lines']);
  assert.deepEqual(row('total_costs').rules, ['budget-lines']);
  assert.deepEqual(row('eligible_costs').rules, ['budget-lines']);
  assert.match(await page.locator('[data-row="total_costs"] [data-rule="budget-lines"]').innerText(), /Lignes du budget/);
  // A check whose status is the same in A and B but whose facts differ shows the facts.
  assert.deepEqual(row('eligible-costs', 'check').values, ['pass', 'pass']);
  assert.equal(row('eligible-costs', 'check').differs, true);
  const facts = page.locator('tr[data-kind="check"][data-row="eligible-costs"] td[data-scenario]');
  assert.match(await facts.nth(0).innerText(), /^Conforme — Dépenses éligibles : 15\u202f500,00\u00a0€/);
  assert.match(await facts.nth(1).innerText(), /^Conforme — Dépenses éligibles : 25\u202f500,00\u00a0€/);
  // No row marked as different shows the same values in every scenario.
  const shown = await page.$$eval('[data-testid="comparison"] tbody tr', (trs) => trs.map((tr) => ({
    key: tr.dataset.row,
    differs: tr.dataset.differs === 'true',
    cells: [...tr.querySelectorAll('td[data-scenario]')].map((td) => td.innerText.trim()),
  })));
  for (const r of shown) assert.equal(new Set(r.cells).size > 1, r.differs, `${r.key}: ${r.cells}`);
  // Causes are named by their title, never by an internal id.
  const headings = await page.$$eval('[data-testid="comparison"] [data-rule] summary', (s) => s.map((e) => e.textContent));
  assert.ok(headings.includes('Paramètre « Taux et plafond de l’aide »'), headings.join(' | '));
  assert.ok(headings.includes('Règle « Durée maximale »'), headings.join(' | '));
  for (const h of headings) assert.doesNotMatch(h, /grant_rate|grant_cap|advance_rate|budget-lines|excl-vat|duration|[a-z]+_[a-z]+/, h);
  assert.deepEqual(row('duration', 'check').values, ['pass', 'fail']);
  assert.deepEqual(row('duration', 'check').rules, ['duration']);
  assert.equal(row('lead-kind', 'check').differs, false);
  assert.equal(await page.getByTestId('comparison').getAttribute('data-differences'), String(rows.filter((r) => r.differs).length));

  // Printed, the summary of the scenario on screen is followed by the differences and their rules.
  const pdf = join(OUTPUT, 'scenarios.pdf');
  await settled(page);
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  const printed = execFileSync('pdftotext', [pdf, '-']).toString().replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
  for (const expected of [
    'Comparaison des scénarios A, B (le résumé ci-dessus est celui du scénario A)',
    'Aide régionale 7 750,00 € 0,00 € Durée maximale',
    'Dépenses totales HT 17 500,00 € 27 500,00 € Lignes du budget',
    'Durée maximale : « La preuve de concept devra être réalisée, au maximum, en six (6) mois. »',
    'Taux et plafond de l’aide, Plafond de l’aide, Plan de financement : « L’aide régionale prend la forme d’une subvention proportionnelle de 50% du projet plafonnée à 12 500 € HT. »',
  ]) assert.ok(printed.includes(expected), `the PDF should hold: ${expected}`);
  for (const id of ['grant_rate', 'grant_cap', 'advance_rate', 'budget-lines', 'excl-vat']) {
    assert.ok(!printed.includes(id), `the PDF names ${id}`);
  }

  // Opening a cause quotes the scheme.
  const cause = page.locator('[data-row="verdict"] [data-rule="duration"]');
  await cause.locator('summary').click();
  assert.match(await cause.locator('blockquote[lang="fr"]').innerText(), /La preuve de concept devra être réalisée, au maximum, en six \(6\) mois\./);
  // Only the differences, on request.
  await page.getByTestId('only-differences').check();
  assert.deepEqual((await comparisonRows(page)).map((r) => r.key), rows.filter((r) => r.differs).map((r) => r.key));
  await axe(page, 'the comparison (fr)');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await axe(page, 'the comparison (en)');
  const english = await page.$$eval('[data-testid="comparison"] [data-rule] summary', (s) => s.map((e) => e.textContent));
  assert.ok(english.includes('Parameter “Grant rate and cap”'), english.join(' | '));
  assert.ok(english.includes('Budget lines'), english.join(' | '));
  for (const h of english) assert.doesNotMatch(h, /grant_rate|grant_cap|advance_rate|budget-lines|excl-vat|[a-z]+_[a-z]+/, h);
  // On a phone the table scrolls within its box; the page does not widen.
  await page.setViewportSize({ width: 360, height: 740 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The scenarios survive a reload; removing B leaves A alone, without the table.
  await page.reload();
  await page.waitForSelector('[data-testid="comparison"]');
  assert.equal(await page.getByTestId('scenario-tab-A').getAttribute('aria-current'), 'true');
  assert.deepEqual(await figures(page), a);
  await page.getByTestId('scenario-tab-B').click();
  await waitFor(page, 'verdict', 'not_eligible');
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('remove-scenario').click();
  await waitFor(page, 'verdict', 'eligible');
  assert.equal(await page.getByTestId('comparison').count(), 0);
  assert.deepEqual(await figures(page), a);
  await page.reload();
  await waitFor(page, 'verdict', 'eligible');
  assert.equal(await page.getByTestId('comparison').count(), 0, 'the removal was saved');
  await context.close();
  assert.deepEqual(errors, []);
});

test('a budget line added in a scenario is named behind the totals, not a rule; causes by their titles', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitFor(page, 'verdict', 'eligible');
  await page.getByTestId('duplicate-scenario').click();
  await page.waitForSelector('[data-testid="comparison"][data-differences="0"]');
  // In B, a service of 3 000 € borne by the lead.
  await page.locator('#add-line').click();
  const label = page.locator('[id^="line-"][id$="-label"]').last();
  const id = (await label.getAttribute('id')).replace(/-label$/, '');
  await label.fill('Hébergement des données');
  await page.locator(`#${id}-category`).selectOption('services');
  await page.locator(`#${id}-partner`).selectOption({ index: 1 });
  await page.locator(`#${id}-amount`).fill('3000');
  await page.waitForSelector('[data-testid="comparison"] tr[data-row="total_costs"][data-differs="true"]');
  const rows = await comparisonRows(page);
  const figures = rows.filter((r) => r.kind !== 'check');
  const total = figures.find((r) => r.key === 'total_costs');
  assert.deepEqual(total.rules, ['budget-lines']);
  for (const r of figures) assert.ok(!r.rules.includes('excl-vat'), `${r.key}: ${r.rules}`);
  const cause = page.locator('[data-row="total_costs"] [data-rule="budget-lines"]');
  assert.equal((await cause.locator('summary').textContent()).trim(), 'Lignes du budget');
  await cause.locator('summary').click();
  assert.match(await cause.locator('.cause-details').innerText(), /« Hébergement des données » ajoutée en B : 3\u202f000,00\u00a0€ en B/);
  assert.equal(await cause.locator('blockquote').count(), 0, 'no sentence of the scheme chooses the lines');
  // Every row marked as different shows different values.
  const shown = await page.$$eval('[data-testid="comparison"] tbody tr', (trs) => trs.map((tr) => ({
    key: tr.dataset.row,
    differs: tr.dataset.differs === 'true',
    cells: [...tr.querySelectorAll('td[data-scenario]')].map((td) => td.innerText.trim()),
  })));
  for (const r of shown) assert.equal(new Set(r.cells).size > 1, r.differs, `${r.key}: ${r.cells}`);
  await axe(page, 'the comparison with a line added (fr)');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await cause.locator('.cause-details').innerText(), /“Hébergement des données” added in B: €3,000\.00 in B/);
  await context.close();
  assert.deepEqual(errors, []);
});

test('a draft too large for a QR code says so and offers the link and the file; the copy button copies the link', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page, errors } = await openPage(browser, server.url, { context });
  // The eligible example with a 4 000-character summary that deflate cannot shrink much.
  const draft = JSON.parse(readFileSync(join(EXAMPLES, 'eligible.json'), 'utf8'));
  let seed = 7;
  const noise = Array.from({ length: 4000 }, () => { seed = (seed * 1103515245 + 12345) % 2147483648; return 'abcdefghijklmnopqrstuvwxyz0123456789'[seed % 36]; }).join('');
  draft.project.summary = noise;
  const path = join(OUTPUT, 'long-summary.json');
  writeFileSync(path, JSON.stringify(draft));
  await page.getByTestId('import-file').setInputFiles(path);
  await waitFor(page, 'verdict', 'eligible');
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  assert.ok(link.length > 2900, `a ${link.length}-byte link`);
  assert.equal(await page.getByTestId('qr').count(), 0, 'no QR code');
  assert.match(await page.getByTestId('qr-too-long').innerText(), new RegExp(`trop grand pour un QR code \\(lien de ${link.length} octets, 2900 au plus\\)`));
  // The file is offered in its place, and it is the draft.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-export').click()]);
  const saved = join(OUTPUT, 'long-summary-export.json');
  await download.saveAs(saved);
  assert.equal(JSON.parse(readFileSync(saved, 'utf8')).project.summary, noise);
  // The copy button puts the link on the clipboard, and says so once the browser confirms.
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]').textContent === 'Lien copié.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await context.close();
  assert.deepEqual(errors, []);

  // Without the permission, the page says the copy did not happen.
  const denied = await browser.newContext({ locale: 'fr-FR' });
  const second = await openPage(browser, server.url, { context: denied });
  await second.page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitFor(second.page, 'verdict', 'eligible');
  await second.page.getByTestId('share').click();
  await second.page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await second.page.getByRole('button', { name: 'Copier le lien' }).click();
  await second.page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]').textContent.startsWith('Le navigateur n’a pas permis la copie'));
  await denied.close();
  assert.deepEqual(second.errors, []);
});
