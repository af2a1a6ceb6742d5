// The printed summary, read back from the PDF in both languages: everything
// an instructor needs on paper, the page's dates and numbers and punctuation,
// at most two A4 pages for each example.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, launch, openPage, OUTPUT, EXAMPLES, waitFor, settled } from './harness.mjs';

let server; let browser;
before(async () => { mkdirSync(OUTPUT, { recursive: true }); server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const french = (iso) => iso.split('-').reverse().join('/');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const english = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };
const CRITERIA = { quality: 'quality', feasibility: 'feasibility', regional_interest: 'regional_interest', responsible_digital: 'responsible_digital', security: 'security', reproducibility: 'reproducibility' };
const MAXIMA = { quality: 20, feasibility: 30, regional_interest: 20, responsible_digital: 10, security: 10, reproducibility: 10 };

/** Prints the page to PDF; returns its text (spaces made plain) and page count. */
async function printed(page, name) {
  // As a user does: printing once the page shows the draft, not in the middle
  // of rendering it (the browser's print would then wait behind Yew's slices).
  await settled(page);
  const pdf = join(OUTPUT, name);
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
  const pages = Number(execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)[1]);
  return { text, pages };
}

test('« Imprimer le résumé » prints the draft as it is, even right after typing on a CPU 20× slower', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, 'eligible.json'));
  await page.waitForFunction(() => document.getElementById('project-title')?.value !== '');
  // What the summary holds when the app asks the browser to print.
  await page.evaluate(() => { window.print = () => { window.__printed = document.querySelector('.print-summary')?.textContent ?? ''; }; });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.getByLabel('Titre').fill('Imprimé par le bouton');
  await page.getByTestId('print').click();
  await page.waitForFunction(() => window.__printed !== undefined, null, { timeout: 20000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const summary = await page.evaluate(() => window.__printed);
  assert.ok(summary.includes('Imprimé par le bouton'), summary.slice(0, 200));
  await context.close();
  assert.deepEqual(errors, []);
});

for (const name of ['eligible.json', 'association.json', 'cap-binds.json', 'not-eligible.json']) {
  for (const lang of ['fr', 'en']) {
    test(`the printed summary of ${name} (${lang}) holds what an instructor needs, on at most two pages`, async () => {
      const { page, errors, context } = await openPage(browser, server.url);
      if (lang === 'en') {
        await page.getByRole('button', { name: 'English' }).click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      const draft = JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));
      await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, name));
      await page.waitForFunction((title) => document.getElementById('project-title')?.value === title, draft.project.title);
      const { text, pages } = await printed(page, `print-${name}-${lang}.pdf`);
      assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
      const has = (s) => assert.ok(text.includes(s.replace(/\s+/g, ' ')), `${name} (${lang}) should print: ${s}`);
      const date = lang === 'fr' ? french : english;
      // Lines with who bears them: on paper, and row by row in the printed table.
      has(lang === 'fr' ? 'Portée par' : 'Borne by');
      // The summary exists only while printing: rendered as printing does to read its rows.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.waitForSelector('.print-summary', { state: 'attached' });
      const printedRows = await page.$$eval('.print-summary table', (tables) => {
        const t = tables.find((x) => /Portée par|Borne by/.test(x.querySelector('thead')?.textContent ?? ''));
        return [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent.trim()));
      });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      for (const [i, line] of draft.budget.entries()) {
        const bearer = draft.partners.find((p) => p.id === line.partner);
        // A long label wraps inside its cell, where pdftotext may interleave the next cell.
        if (line.label) has(line.label.split(' ').slice(0, 3).join(' '));
        if (bearer?.name) assert.deepEqual(printedRows[i]?.slice(0, 2), [line.label, bearer.name], `line ${i} and who bears it`);
      }
      for (const m of draft.timeline.milestones) if (m.label && m.date) has(`${m.label} — ${date(m.date)}`);
      if (draft.timeline.submission) has(date(draft.timeline.submission));
      for (const ind of draft.indicators) if (ind.label) has(ind.label);
      for (const [key, mark] of Object.entries(draft.self_assessment)) if (mark !== null) has(`${mark} / ${MAXIMA[CRITERIA[key]]}`);
      if (draft.advance.requested && draft.advance.justification) has(draft.advance.justification);
      // The advance as the text allows it: a maximum, on justification, with both readings.
      if (name === 'eligible.json') {
        has(lang === 'fr' ? 'jusqu’à 3 875,00 € sur justification' : 'up to €3,875.00 on justification');
        // In two columns, a sentence may continue in the other: its parts are looked for apart.
        has(lang === 'fr' ? 'à la lettre du texte' : 'the letter of the text');
        has(lang === 'fr' ? 'au plus l’aide : 7 750,00 €' : 'at most the grant: €7,750.00');
      }
      if (lang === 'en') {
        has('Verdict: ');
        has('In English: ');
        assert.ok((text.match(/In English: /g) ?? []).length >= 8, 'the glosses of the quotations');
        assert.ok(!/Verdict :/.test(text), 'English punctuation');
        has('Financing plan');
        has('De minimis declaration');
      } else {
        has('Verdict : ');
        has('Plan de financement');
        has('Déclaration des aides de minimis');
        assert.ok(!/In English:/.test(text));
      }
      assert.ok(!/\d{4}-\d{2}-\d{2}/.test(text), 'no ISO date on paper');
      await context.close();
      assert.deepEqual(errors, []);
    });
  }
}
