// Working as a consortium (issue 17): two partners prepare their parts in two
// browser profiles, the lead merges them in a third, sees the change before it
// happens and can undo it byte for byte; conflicts and invalid parts change
// nothing; a French spreadsheet with decimal commas fills the budget, its
// unreadable row reported by line number. Figures are the checker's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serveDist, launch, openPage, OUTPUT, EXAMPLES, waitFor, figures, check, exportDraft, axe, CHECKER } from './harness.mjs';

let server;
let browser;
before(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const eligible = join(EXAMPLES, 'eligible.json');
const figuresOf = (report) => ({
  verdict: report.verdict, 'total-costs': report.total_costs, 'eligible-costs': report.eligible_costs,
  grant: report.grant, advance: report.advance,
});

/** Clicks `testid` and saves the file it downloads as OUTPUT/name. */
async function download(page, testid, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = join(OUTPUT, name);
  await file.saveAs(path);
  return path;
}

/** In a fresh profile, a partner with no draft prepares its part and exports it. */
async function preparePart({ name, kind, postcode, lines, file }) {
  const { page, context, errors } = await openPage(browser, server.url);
  await page.getByTestId('team').click();
  await page.getByTestId('start-part').click();
  await page.locator('#partner-p1-name').fill(name);
  await page.locator('#partner-p1-kind').selectOption(kind);
  await page.locator('#partner-p1-postcode').fill(postcode);
  for (const [category, label, amount] of lines) {
    await page.locator('#add-line').click();
    const row = page.locator('[id^="line-"][id$="-label"]').last();
    const id = (await row.getAttribute('id')).replace(/-label$/, '');
    await page.locator(`#${id}-label`).fill(label);
    await page.locator(`#${id}-category`).selectOption(category);
    await page.locator(`#${id}-amount`).fill(amount);
  }
  const path = await download(page, 'export-part', file);
  await context.close();
  assert.deepEqual(errors, []);
  return path;
}

test('two partners send their parts from two profiles; the lead merges them in a third, sees before → after, gets the figures of the lines typed by hand, and undoes byte for byte', async () => {
  const lab = await preparePart({
    name: 'Laboratoire d’informatique de Rouen', kind: 'public_establishment', postcode: '76130', file: 'part-lab.json',
    lines: [['intellectual_services', 'Conception et entraînement du modèle', '12000'], ['services', 'Annotation des images', '800,50']],
  });
  const workshop = await preparePart({
    name: 'Atelier Numérique Caen', kind: 'company', postcode: '14000', file: 'part-workshop.json',
    lines: [['personnel', 'Développeur, 2 mois', '3000']],
  });
  const part = JSON.parse(readFileSync(lab, 'utf8'));
  assert.equal(part.format, 'booster-ia-part');
  assert.equal(part.partner.name, 'Laboratoire d’informatique de Rouen');
  assert.equal(part.budget.length, 2);

  // The same lines typed by hand into the lead's draft.
  const byHand = JSON.parse(readFileSync(eligible, 'utf8'));
  byHand.budget = byHand.budget.filter((l) => l.partner !== 'p2');
  byHand.budget.push(
    { id: 'h1', partner: 'p2', category: 'intellectual_services', label: 'Conception et entraînement du modèle', amount: '12000.00', permanent_staff: false },
    { id: 'h2', partner: 'p2', category: 'services', label: 'Annotation des images', amount: '800.50', permanent_staff: false },
    { id: 'h3', partner: 'p3', category: 'personnel', label: 'Développeur, 2 mois', amount: '3000.00', permanent_staff: false });
  byHand.partners.push({ id: 'p3', name: 'Atelier Numérique Caen', kind: 'company', siret: null, postcode: '14000', role: 'partner', new_to_datalab: false, vat_recoverable: null });
  const byHandPath = join(OUTPUT, 'merged-by-hand.json');
  writeFileSync(byHandPath, JSON.stringify(byHand, null, 2));
  const expected = figuresOf(check(byHandPath));

  const { page, context, errors } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(eligible);
  await waitFor(page, 'verdict', 'eligible');
  const figuresBefore = await figures(page);
  const before = readFileSync(await exportDraft(page, 'lead-before.json'), 'utf8');
  await page.getByTestId('team').click();
  await page.getByTestId('import-parts').setInputFiles([lab, workshop]);
  const preview = page.getByTestId('merge-preview');
  await preview.waitFor();
  // Nothing changes before the lead confirms.
  assert.deepEqual(await figures(page), figuresBefore);
  assert.equal(await page.getByTestId('merge-partner').count(), 2);
  assert.equal(await page.getByTestId('merge-conflicts').count(), 0);
  const grantChange = await page.getByTestId('merge-grant').innerText();
  assert.ok(grantChange.includes('→'), grantChange);
  assert.match(await preview.innerText(), /Annotation des images/);
  await axe(page, 'merge preview');
  await page.getByTestId('merge-confirm').click();
  await waitFor(page, 'grant', expected.grant);
  assert.deepEqual(await figures(page), expected);
  // The checker's merge of the same files gives the same draft figures.
  const merged = join(OUTPUT, 'merged-by-cli.json');
  execFileSync(CHECKER, ['merge', eligible, lab, workshop, '-o', merged]);
  assert.deepEqual(figuresOf(check(merged)), expected);

  // One undo puts the draft back exactly.
  await page.getByTestId('undo-import').click();
  await waitFor(page, 'grant', figuresBefore.grant);
  const undone = readFileSync(await exportDraft(page, 'lead-undone.json'), 'utf8');
  assert.equal(undone, before);
  await context.close();
  assert.deepEqual(errors, []);
});

test('a part whose SIRET is one partner’s and name another’s is shown as a conflict; an invalid part is refused with its path; the draft is untouched', async () => {
  const lab = join(OUTPUT, 'part-lab.json');
  const part = JSON.parse(readFileSync(lab, 'utf8'));
  part.partner.siret = '81234567800013'; // the Conserverie's SIRET under the lab's name
  const conflicting = join(OUTPUT, 'part-conflict.json');
  writeFileSync(conflicting, JSON.stringify(part));
  const broken = join(OUTPUT, 'part-broken.json');
  writeFileSync(broken, JSON.stringify({ ...part, budget: [{ ...part.budget[0], amount: 'douze' }] }));

  const { page, context, errors } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(eligible);
  await waitFor(page, 'verdict', 'eligible');
  const kept = await figures(page);
  await page.getByTestId('team').click();
  await page.getByTestId('import-parts').setInputFiles(conflicting);
  const conflicts = page.getByTestId('merge-conflicts');
  await conflicts.waitFor();
  assert.match(await conflicts.innerText(), /SIRET/);
  assert.match(await page.getByTestId('merge-confirm').innerText(), /malgré/);
  await page.getByTestId('merge-cancel').click();
  assert.equal(await page.getByTestId('merge-preview').count(), 0);
  assert.deepEqual(await figures(page), kept);

  await page.getByTestId('import-parts').setInputFiles(broken);
  const refused = page.getByTestId('team-errors');
  await refused.waitFor();
  assert.match(await refused.innerText(), /budget\[0\]\.amount|budget\/0\/amount/);
  assert.equal(await page.getByTestId('merge-preview').count(), 0);
  assert.deepEqual(await figures(page), kept);
  await context.close();
  assert.deepEqual(errors, []);
});

test('a draft and a part saved with a byte-order mark (as Windows Notepad saves them) read on the page as in the checker', async () => {
  const bom = '\ufeff';
  const draft = join(OUTPUT, 'lead-bom.json');
  const full = JSON.parse(readFileSync(eligible, 'utf8'));
  full.budget = full.budget.filter((l) => l.partner !== 'p2');
  writeFileSync(draft, bom + JSON.stringify(full, null, 2));
  const part = join(OUTPUT, 'part-lab-bom.json');
  writeFileSync(part, bom + readFileSync(join(OUTPUT, 'part-lab.json'), 'utf8'));
  const { page, context, errors } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(draft);
  await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]')?.dataset.value);
  assert.deepEqual(await figures(page), figuresOf(check(draft)), 'the marked draft: the same figures');
  await page.getByTestId('team').click();
  await page.getByTestId('import-parts').setInputFiles(part);
  await page.getByTestId('merge-preview').waitFor();
  assert.equal(await page.getByTestId('team-errors').count(), 0);
  await page.getByTestId('merge-confirm').click();
  const merged = join(OUTPUT, 'merged-bom-by-cli.json');
  execFileSync(CHECKER, ['merge', draft, part, '-o', merged]);
  const expected = figuresOf(check(merged));
  await waitFor(page, 'grant', expected.grant);
  assert.deepEqual(await figures(page), expected, 'the marked part: the checker’s merge');
  await context.close();
  assert.deepEqual(errors, []);
});

test('a French spreadsheet (BOM, “;”, decimal commas) fills the budget; its unreadable amount is reported with its line number and every other line kept', async () => {
  const sheet = join(OUTPUT, 'lignes.csv');
  writeFileSync(sheet, '\uFEFFpartenaire;catégorie;libellé;montant HT;personnel permanent\r\n'
    + 'Conserverie du Bessin;Frais de personnel;Stagiaire data science;4 000,50;non\r\n'
    + 'Conserverie du Bessin;Licences;Plateforme d’annotation;quinze cents;non\r\n'
    + 'Laboratoire d’informatique de Rouen;Prestations intellectuelles;"Modèle ; entraînement";10 000,00;non\r\n');
  const byHand = JSON.parse(readFileSync(eligible, 'utf8'));
  byHand.budget = [
    { id: 'h1', partner: 'p1', category: 'personnel', label: 'Stagiaire data science', amount: '4000.50', permanent_staff: false },
    { id: 'h2', partner: 'p2', category: 'intellectual_services', label: 'Modèle ; entraînement', amount: '10000.00', permanent_staff: false },
  ];
  const byHandPath = join(OUTPUT, 'csv-by-hand.json');
  writeFileSync(byHandPath, JSON.stringify(byHand, null, 2));
  const expected = figuresOf(check(byHandPath));

  const { page, context, errors } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(eligible);
  await waitFor(page, 'verdict', 'eligible');
  const kept = await figures(page);
  await page.getByTestId('team').click();
  await page.getByTestId('import-lines-csv').setInputFiles(sheet);
  const preview = page.getByTestId('csv-preview');
  await preview.waitFor();
  assert.match(await preview.innerText(), /2 lignes lues/);
  assert.match(await page.getByTestId('csv-problems').innerText(), /ligne 3/);
  assert.deepEqual(await figures(page), kept);
  await axe(page, 'spreadsheet preview');
  await page.getByTestId('csv-replace').click();
  await waitFor(page, 'total-costs', expected['total-costs']);
  assert.deepEqual(await figures(page), expected);

  // Exported again, the lines read back as the same lines (French dialect).
  const exported = await download(page, 'export-lines-csv', 'lignes-export.csv');
  const text = readFileSync(exported, 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark for French spreadsheets');
  assert.match(text, /4 000,50|4000,50/);
  const analysis = readFileSync(await download(page, 'export-assessment-csv', 'analyse.csv'), 'utf8');
  assert.match(analysis, /Stagiaire data science/);
  await context.close();
  assert.deepEqual(errors, []);
});

test('a line added while the spreadsheet preview is open is kept, and the lines appended take ids of their own', async () => {
  const sheet = join(OUTPUT, 'lignes-ajout.csv');
  writeFileSync(sheet, 'partner,category,label,amount,permanent staff\n'
    + 'Conserverie du Bessin,consumables,Labels,120.50,no\n'
    + 'Laboratoire d’informatique de Rouen,services,GPU hours,900,no\n');
  const { page, context, errors } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(eligible);
  await waitFor(page, 'verdict', 'eligible');
  await page.getByTestId('team').click();
  await page.getByTestId('import-lines-csv').setInputFiles(sheet);
  await page.getByTestId('csv-preview').waitFor();
  // Meanwhile, a line typed by hand.
  await page.locator('#add-line').click();
  const label = page.locator('[id^="line-"][id$="-label"]').last();
  await label.fill('Ajoutée à la main');
  await page.getByTestId('csv-append').click();
  const exported = JSON.parse(readFileSync(await exportDraft(page, 'appended.json'), 'utf8'));
  const labels = exported.budget.map((l) => l.label);
  assert.ok(labels.includes('Ajoutée à la main') && labels.includes('Labels') && labels.includes('GPU hours'), labels.join(' | '));
  assert.equal(exported.budget.length, 4 + 1 + 2);
  assert.equal(new Set(exported.budget.map((l) => l.id)).size, exported.budget.length, 'every line has its own id');
  await context.close();
  assert.deepEqual(errors, []);
});
