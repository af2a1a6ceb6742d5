// The field that decides is marked: aria-invalid="true", the reason under it
// in the page's language, tied by aria-describedby; on both sides of each
// threshold, a valid field never marked. And the advance as the text allows
// it: a maximum paid on justification, both readings in its explanation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, waitFor, axe, settled } from './harness.mjs';

let server; let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The reason control `id` is marked for, or null when it is not marked. */
function reasonOf(page, id) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el || el.getAttribute('aria-invalid') !== 'true') return null;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const reason = ids.map((i) => document.getElementById(i)).find((e) => e?.classList.contains('field-reason'));
    return reason ? reason.textContent.replace(/[\u00a0\u202f]/g, ' ') : '';
  }, id);
}

/** Waits until control `id` is marked with `reason` (null: until it is not marked). */
async function marked(page, id, reason) {
  await page.waitForFunction(([id, reason]) => {
    const el = document.getElementById(id);
    if (!el) return false;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const why = ids.map((i) => document.getElementById(i)).find((e) => e?.classList.contains('field-reason'));
    if (reason === null) return el.getAttribute('aria-invalid') !== 'true' && !why;
    return el.getAttribute('aria-invalid') === 'true' && why?.textContent.replace(/[\u00a0\u202f]/g, ' ') === reason;
  }, [id, reason], { timeout: 5000 }).catch(async () => assert.fail(`${id}: expected ${JSON.stringify(reason)}, got ${JSON.stringify(await reasonOf(page, id))}`));
}

/** The controls of the form marked invalid. */
const invalidControls = (page) => page.$$eval('#main [aria-invalid="true"]', (els) => els.map((e) => e.id));

/** Replaces a field's text, as a person selecting it and typing would. */
async function retype(page, id, text) {
  const field = page.locator(`#${id}`);
  await field.fill('');
  await field.pressSequentially(text);
}

const NBSP = /[\u00a0\u202f]/g;
const plain = (s) => s?.replace(NBSP, ' ');

test('each deciding field is marked on both sides of its threshold, with its reason, in French and English, accessibly', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await waitFor(page, 'verdict', 'incomplete');
  // A blank draft is not a page of errors.
  assert.deepEqual(await invalidControls(page), []);
  await page.getByTestId('example-0').click();
  await waitFor(page, 'verdict', 'eligible');
  await settled(page);
  assert.deepEqual(await invalidControls(page), [], 'an eligible draft marks no field');
  const lead = await page.getByTestId('partner-row').nth(0).locator('input[id$="-postcode"]').getAttribute('id');

  // The end date: the last allowed day is not marked, one day later is.
  await retype(page, 'date-start', '15/03/2027');
  await retype(page, 'date-end', '14/09/2027');
  await waitFor(page, 'verdict', 'eligible');
  await marked(page, 'date-end', null);
  await retype(page, 'date-end', '15/09/2027');
  await waitFor(page, 'verdict', 'not_eligible');
  await marked(page, 'date-end', 'Au plus tard le 14/09/2027 (6 mois) : 1 jour de trop.');
  await marked(page, 'date-start', null);

  // The lead's postcode: in Normandy not marked, outside it marked.
  await retype(page, lead, '75011');
  await marked(page, lead, '75011 est hors de Normandie : le porteur doit y être implanté.');
  // The postcode keeps what it already said: where it places the partner.
  const described = (await page.locator(`#${lead}`).getAttribute('aria-describedby')).split(' ');
  assert.ok(described.includes(lead.replace('-postcode', '-place')), described.join(' '));

  // Marks: 49 is marked (every mark, one reason under the total), 50 is not.
  await retype(page, 'score-feasibility', '0');
  await retype(page, 'score-quality', '12');
  for (const key of ['quality', 'feasibility', 'regional_interest', 'responsible_digital', 'security', 'reproducibility']) {
    await marked(page, `score-${key}`, 'Total estimé 49/100, sous le minimum de 50/100 : l’opération serait inéligible.');
  }
  assert.equal(await page.locator('.field-reason#scores-reason').count(), 1, 'the reason said once');

  // An advance asked for without its justification: marked at once, and the figure says 0.
  await page.locator('#advance-justification').fill('');
  await marked(page, 'advance-justification', 'Justifiez la nécessité de l’avance : sans justification, elle n’est pas versée (0,00 €).');
  await axe(page, 'marked fields (fr, 1280 px)');
  await page.setViewportSize({ width: 360, height: 740 });
  await axe(page, 'marked fields (fr, 360 px)');

  await page.getByRole('button', { name: 'English' }).click();
  await marked(page, 'date-end', '14 Sep 2027 at the latest (6 months): 1 day too many.');
  await marked(page, lead, '75011 is outside Normandy: the lead must be established there.');
  await marked(page, 'score-security', 'Estimated total 49/100, below the minimum of 50/100: the operation would be ineligible.');
  await marked(page, 'advance-justification', 'Justify why the advance is needed: without a justification it is not paid (€0.00).');
  await axe(page, 'marked fields (en, 360 px)');
  await page.setViewportSize({ width: 1280, height: 900 });
  await axe(page, 'marked fields (en, 1280 px)');

  // Each answer put right: nothing is marked any more.
  await retype(page, 'score-quality', '13');
  await retype(page, lead, '76000');
  await retype(page, 'date-end', '14 Sep 2027');
  await page.locator('#advance-justification').fill('The SME pays the lab before the end.');
  await waitFor(page, 'verdict', 'eligible');
  await settled(page);
  assert.deepEqual(await invalidControls(page), [], 'no valid field is marked');
  await context.close();
  assert.deepEqual(errors, []);
});

test('an unanswered field is marked once it was left empty, never before', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await waitFor(page, 'verdict', 'incomplete');
  await page.locator('#project-ai-use').click();
  assert.deepEqual(await invalidControls(page), [], 'not while it is being filled in');
  await page.keyboard.press('Tab');
  await marked(page, 'project-ai-use', 'Décrivez l’usage de l’IA dans le projet.');
  // The next field, not visited yet, waits.
  await marked(page, 'project-data-used', null);
  await page.locator('#project-ai-use').fill('Vision');
  await marked(page, 'project-ai-use', null);

  // A partner's postcode: left empty, then in progress, then in Normandy.
  await page.getByRole('button', { name: '+ Ajouter un partenaire' }).click();
  const postcode = page.getByTestId('partner-row').nth(0).locator('input[id$="-postcode"]');
  const id = await postcode.getAttribute('id');
  await postcode.click();
  await page.keyboard.press('Tab');
  await marked(page, id, 'Code postal du porteur à indiquer : 5 chiffres.');
  await postcode.fill('14000');
  await marked(page, id, null);
  await axe(page, 'an unanswered field marked (fr)');
  await context.close();
  assert.deepEqual(errors, []);
});

test('the advance is a maximum paid on justification, our reading and the letter side by side', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByTestId('example-0').click();
  await waitFor(page, 'verdict', 'eligible');
  const advance = page.getByTestId('advance');
  assert.equal(await advance.getAttribute('data-value'), '3875.00');
  assert.equal(plain(await advance.innerText()), 'jusqu’à 3 875,00 € sur justification');
  const how = page.locator('.figure', { has: advance }).locator('details.derivation p');
  const fr = plain(await how.textContent());
  assert.match(fr, /Notre lecture : 50 % de l’aide, 50 % × 7 750,00 € = 3 875,00 €/);
  assert.match(fr, /à la lettre du texte, 50 % des dépenses éligibles \(15 500,00 €\), au plus l’aide : 7 750,00 €/);

  // Without a justification: nothing paid, and said.
  await page.locator('#advance-justification').fill('');
  await waitFor(page, 'advance', '0.00');
  assert.equal(plain(await advance.innerText()), '0,00 €');
  assert.match(plain(await how.textContent()), /^Avance demandée sans justification : 0,00 €, elle n’est pas versée\. Justifiée : jusqu’à 3 875,00 € sur justification/);

  await page.locator('#advance-justification').fill('Cash flow');
  await waitFor(page, 'advance', '3875.00');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => /on justification/.test(document.querySelector('[data-testid="advance"]')?.textContent ?? ''));
  assert.equal(await advance.innerText(), 'up to €3,875.00 on justification');
  const en = await how.textContent();
  assert.match(en, /Our reading: 50% of the grant, 50% × €7,750\.00 = €3,875\.00; by the letter of the text, 50% of eligible costs \(€15,500\.00\), at most the grant: €7,750\.00\./);
  await context.close();
  assert.deepEqual(errors, []);
});
