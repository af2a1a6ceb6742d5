// Asked, not assumed: a public body's personnel line asks whether the person
// is permanent staff, none checked until answered; meanwhile the verdict is
// incomplete, the line is not counted, and both figures are shown (the grant
// as it stands, and « jusqu’à … si … n’est pas personnel permanent »).
// Answering « Non » counts the line, « Oui » leaves it out; other bearers and
// categories are never asked. Axe clean at 360 and 1280 px, in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, launch, openPage, OUTPUT, EXAMPLES, value, waitFor, check, exportDraft, axe, settled } from './harness.mjs';

let server; let browser;
before(async () => { mkdirSync(OUTPUT, { recursive: true }); server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const QUESTION = /personnel permanent de la structure publique/;
const QUESTION_EN = /permanent staff of the public body/;

/** The eligible example with a fifth line: the lab's research engineer, 6 000 €, not said yet. */
async function withEngineer(page) {
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await waitFor(page, 'verdict', 'eligible');
  await page.getByRole('button', { name: '+ Ajouter une dépense' }).click();
  const row = page.getByTestId('budget-row').nth(4);
  await row.getByLabel('Libellé').fill('Ingénieur de recherche');
  // A new line is the lead's (a company) personnel: nothing is asked.
  assert.equal(await row.getByLabel('Nature').inputValue(), 'personnel');
  assert.equal(await row.getByRole('radiogroup', { name: QUESTION }).count(), 0);
  await row.getByLabel('Montant HT (€)').fill('6000');
  await waitFor(page, 'eligible-costs', '21500.00');
  // Borne by the public lab: now it is asked, and nothing is counted until answered.
  await row.getByLabel('Portée par').selectOption({ label: 'Laboratoire d’informatique de Rouen' });
  await waitFor(page, 'verdict', 'incomplete');
  return row;
}

test('a public lab’s personnel line is asked, pending with both figures until answered; « Non » counts it, « Oui » leaves it out', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  const row = await withEngineer(page);
  const group = row.getByRole('radiogroup', { name: QUESTION });
  await group.waitFor();
  const yes = group.getByRole('radio', { name: 'Oui, personnel permanent' });
  const no = group.getByRole('radio', { name: 'Non : stagiaire, doctorant, contrat de projet…' });
  assert.equal(await yes.isChecked(), false, 'none checked until answered');
  assert.equal(await no.isChecked(), false, 'none checked until answered');
  // The hint quotes the text and describes the group; unanswered, the group
  // is marked at once (it follows the bearer just chosen), its reason under it.
  const [hintId, reasonId] = (await group.getAttribute('aria-describedby')).split(' ');
  assert.match(await page.locator(`#${hintId}`).innerText(), /« le personnel permanent des établissements publics »/);
  assert.equal(await group.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator(`#${reasonId}`).innerText(), 'Répondez oui ou non : d’ici là, cette ligne n’est pas comptée.');

  // Pending: not counted, the check missing, both figures shown.
  assert.equal(await value(page, 'eligible-costs'), '15500.00');
  assert.equal(await value(page, 'grant'), '0.00');
  assert.equal(await page.locator('[data-check="permanent-public-staff"]').getAttribute('data-status'), 'missing');
  await waitFor(page, 'bar-pending', '10750.00');
  assert.equal(await page.getByTestId('bar-pending').innerText(),
    '≈ 7\u202f750,00\u00a0€ — jusqu’à 10\u202f750,00\u00a0€ si « Ingénieur de recherche » n’est pas personnel permanent');
  assert.match(await page.getByTestId('pending-grant').textContent(), /jusqu’à 10\u202f750,00\u00a0€ si « Ingénieur de recherche »/);
  assert.match(await page.getByTestId('pending-costs').textContent(), /^6\u202f000,00\u00a0€ en attente d’une réponse/);
  assert.match(await row.getByTestId('exclusion').innerText(), /^En attente : Pas comptée tant que/);
  assert.equal(await value(page, 'to-complete'), '1');

  // Accessible at both widths, in both languages, with the question on screen.
  await axe(page, 'a pending line (fr, 1280 px)');
  await page.setViewportSize({ width: 360, height: 740 });
  await group.scrollIntoViewIfNeeded();
  await axe(page, 'a pending line (fr, 360 px)');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const groupEn = row.getByRole('radiogroup', { name: QUESTION_EN });
  await groupEn.getByRole('radio', { name: 'Yes, permanent staff' }).waitFor();
  await groupEn.getByRole('radio', { name: 'No: intern, PhD student, project contract…' }).waitFor();
  assert.equal(await page.locator(`#${reasonId}`).innerText(), 'Answer yes or no: until then, this line is not counted.');
  assert.equal(await page.getByTestId('bar-pending').innerText(),
    '≈ €7,750.00 — up to €10,750.00 if “Ingénieur de recherche” is not permanent staff');
  await axe(page, 'a pending line (en, 360 px)');
  await page.setViewportSize({ width: 1280, height: 900 });
  await axe(page, 'a pending line (en, 1280 px)');
  await page.getByRole('button', { name: 'Français' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');

  // « Items to complete » leads to the question.
  await page.getByTestId('to-complete').click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), await yes.getAttribute('name'));

  // Answered from the keyboard: Space checks « Oui », the arrow moves to « Non ».
  await yes.focus();
  await page.keyboard.press('Space');
  await waitFor(page, 'verdict', 'eligible');
  assert.equal(await yes.isChecked(), true);
  assert.equal(await value(page, 'eligible-costs'), '15500.00');
  assert.equal(await value(page, 'grant'), '7750.00');
  assert.equal(await page.getByTestId('bar-pending').count(), 0);
  assert.equal(await page.getByTestId('pending-grant').count(), 0);
  assert.match(await row.getByTestId('exclusion').innerText(), /Personnel permanent d’une structure publique : exclu/);
  // Answered: no longer marked, only the hint describes it.
  assert.equal(await group.getAttribute('aria-invalid'), null);
  assert.equal(await group.getAttribute('aria-describedby'), hintId);
  await page.keyboard.press('ArrowDown');
  await waitFor(page, 'eligible-costs', '21500.00');
  assert.equal(await no.isChecked(), true);
  assert.equal(await value(page, 'grant'), '10750.00');
  assert.equal(await value(page, 'verdict'), 'eligible');
  assert.equal(await row.getByTestId('exclusion').count(), 0);

  // Another category: not asked; the answer is kept for when it is personnel again.
  await row.getByLabel('Nature').selectOption('services');
  await settled(page);
  assert.equal(await row.getByRole('radiogroup', { name: QUESTION }).count(), 0);
  await row.getByLabel('Nature').selectOption('personnel');
  await group.waitFor();
  assert.equal(await no.isChecked(), true);

  // The export is v3 and carries the answer; the checker gives the page's figures.
  const path = await exportDraft(page, 'engineer-answered.json');
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(exported.version, 3);
  assert.equal(exported.budget[4].permanent_staff, false);
  assert.equal(exported.budget[0].permanent_staff, false, 'the example’s answers are kept');
  assert.equal(check(path).grant, await value(page, 'grant'));
  await context.close();
  assert.deepEqual(errors, []);
});

test('a v3 file with permanent_staff null opens pending as the checker says; a v2 file holding null is refused with its path', async () => {
  const draft = JSON.parse(readFileSync(join(EXAMPLES, 'eligible.json'), 'utf8'));
  draft.budget.push({ id: 'b5', partner: 'p2', category: 'personnel', label: 'Doctorant', amount: '24000.00', permanent_staff: null });
  // Another bearer and another category holding null are never pending.
  draft.budget.push({ id: 'b6', partner: 'p1', category: 'personnel', label: 'Stagiaire', amount: '100.00', permanent_staff: null });
  draft.budget.push({ id: 'b7', partner: 'p2', category: 'consumables', label: 'GPU', amount: '100.00', permanent_staff: null });
  const v3 = join(OUTPUT, 'pending-v3.json');
  writeFileSync(v3, JSON.stringify(draft, null, 2));
  const engine = check(v3);
  assert.deepEqual(engine.pending, { costs: '24000.00', grant_if_counted: '12500.00', lines: ['b5'] });

  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(v3);
  await waitFor(page, 'verdict', 'incomplete');
  assert.equal(await value(page, 'eligible-costs'), engine.eligible_costs);
  // Pending costs that would cross the cap: « jusqu’à 12 500,00 € ».
  await waitFor(page, 'bar-pending', '12500.00');
  const rows = page.getByTestId('budget-row');
  assert.equal(await rows.nth(4).getByRole('radiogroup', { name: QUESTION }).count(), 1);
  assert.equal(await rows.nth(5).getByRole('radiogroup', { name: QUESTION }).count(), 0);
  assert.equal(await rows.nth(6).getByRole('radiogroup', { name: QUESTION }).count(), 0);
  const before = await value(page, 'eligible-costs');

  // The same file as v2: refused, naming the line, the draft on screen kept.
  const v2 = join(OUTPUT, 'pending-v2.json');
  writeFileSync(v2, JSON.stringify({ ...draft, version: 2 }, null, 2));
  await page.getByTestId('import-file').setInputFiles(v2);
  await page.waitForSelector('[data-testid="notice"][role="alert"]');
  assert.match(await page.getByTestId('notice').innerText(), /budget\[4\]\.permanent_staff/);
  assert.equal(await value(page, 'eligible-costs'), before);
  await context.close();
  assert.deepEqual(errors, []);
});
