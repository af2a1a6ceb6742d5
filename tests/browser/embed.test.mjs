// The simulator embedded in another site: embed.js on a host page served on
// another port. The frame takes its content's height, keeps its own storage,
// and the simulation reaches the host only after the user's consent, only
// at the origin the host declared, exactly as the consent showed it (with and
// without the details), never from a blank draft; a third origin receives nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serveDist, launch, EXAMPLES } from './harness.mjs';

const CHECKER = new URL('../../target/release/booster-ia', import.meta.url).pathname;

let simulator; let hosts = []; let browser;

/** Serves one HTML page (built from its own origin) on loopback; resolves to its origin. */
async function host(html) {
  const server = createServer((req, res) => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html(origin));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  hosts.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

const RECORD = `<script>
  window.events = []; window.messages = []; window.data = [];
  document.addEventListener('booster-ia:assessment', (e) => events.push(e.detail));
  window.addEventListener('message', (e) => { if (e.data && e.data.type === 'booster-ia:assessment') { messages.push(e.origin); data.push(e.data); } });
</script>`;

before(async () => { simulator = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await simulator?.close(); for (const h of hosts) await new Promise((ok) => h.close(ok)); });

const nextFrames = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

test('embedded on a host page: the frame takes its content’s height, keeps its own storage, and sends the assessment only after consent, only to the declared origin', async () => {
  const origin = await host((self) => `<!DOCTYPE html><html lang="en"><head><title>Host</title></head><body>
    <main><h1>Our AI support</h1><div id="sim"></div></main>${RECORD}
    <script src="${simulator.url}embed.js" data-lang="en" data-target="#sim" data-parent-origin="${self}" async></script></body></html>`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/`);
  const iframe = page.locator('#sim iframe');
  await iframe.waitFor();
  const frame = page.frameLocator('#sim iframe');
  await frame.locator('[data-testid="verdict"]').waitFor();
  assert.equal(await frame.locator('html').getAttribute('lang'), 'en', 'in the host’s language');
  assert.equal(await page.locator('#sim a[target="_blank"]').getAttribute('href'), simulator.url, 'a link to the full page');
  assert.equal(await frame.locator('.lede').count(), 0, 'no page header of its own');
  const heights = () => page.evaluate(() => document.querySelector('#sim iframe').getBoundingClientRect().height);
  const inner = () => frame.locator('html').evaluate((html) => html.scrollHeight);
  await page.waitForFunction(() => document.querySelector('#sim iframe').getBoundingClientRect().height !== 600);
  assert.ok(Math.abs(await heights() - await inner()) <= 1, 'no inner scroll bar');
  // A section grows: the frame follows by the host's next frame.
  const before = await heights();
  await frame.getByRole('button', { name: '+ Add a partner' }).click();
  await nextFrames(page);
  const after = await heights();
  assert.ok(after > before, `${before} → ${after}`);
  assert.ok(Math.abs(after - await inner()) <= 1, 'the height follows the content');
  // Typing sends nothing.
  await frame.getByLabel('Name').fill('Bessin Cannery');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => [events.length, messages.length]), [0, 0], 'nothing before consent');
  // Its storage is its own.
  const keys = await frame.locator('html').evaluate(() => Object.keys(localStorage));
  assert.ok(keys.length > 0 && keys.every((k) => k.startsWith('booster-ia-embed/')), keys.join(', '));
  // Consent: what will be sent is said first, then sent to this origin only.
  await frame.getByTestId('send').click();
  assert.match(await frame.getByTestId('send-panel').innerText(), new RegExp(`${origin.replace(/\./g, '\\.')} will receive exactly this`));
  await new AxeBuilder({ page }).include('#sim').withTags(['wcag2a', 'wcag2aa']).analyze().then((r) => assert.deepEqual(r.violations.map((v) => v.id), []));
  assert.deepEqual(await page.evaluate(() => events.length), 0, 'not before confirming');
  await frame.getByTestId('send-confirm').click();
  await page.waitForFunction(() => events.length === 1);
  const received = await page.evaluate(() => events[0]);
  assert.equal(received.verdict, await frame.locator('[data-testid="verdict"]').getAttribute('data-value'));
  assert.equal(received.figures.grant, await frame.locator('[data-testid="grant"]').getAttribute('data-value'));
  assert.deepEqual(await page.evaluate(() => messages), [new URL(simulator.url).origin]);
  // The same draft gives the checker's figures, verdict and checks.
  page.once('dialog', (d) => d.accept());
  await frame.getByRole('button', { name: 'New draft' }).click();
  await frame.getByTestId('example-0').click();
  await frame.locator('[data-testid="verdict"][data-value="eligible"]').waitFor();
  await frame.getByTestId('send').click();
  await frame.getByTestId('send-details').check();
  await frame.getByTestId('send-confirm').click();
  await page.waitForFunction(() => events.length === 2);
  const checker = JSON.parse(execFileSync(CHECKER, ['check', join(EXAMPLES, 'en', 'eligible.json')]).toString());
  const sent = await page.evaluate(() => events[1]);
  assert.equal(sent.verdict, checker.verdict);
  for (const key of ['total_costs', 'eligible_costs', 'potential_grant', 'grant', 'advance']) assert.equal(sent.figures[key], checker[key], key);
  assert.deepEqual(sent.checks.map((c) => [c.id, c.status]), checker.checks.map((c) => [c.id, c.status]));
  assert.deepEqual(sent.lines.map((l) => [l.amount, l.eligible]), checker.lines.map((l) => [l.amount, l.eligible]));
  assert.equal(sent.title, 'Vision-based defect detection on a packing line');
  await context.close();
  assert.deepEqual(errors, []);
});

test('a third origin framing the simulator with another site’s origin receives nothing', async () => {
  const declared = await host(() => '<!DOCTYPE html><title>declared</title><p>declared</p>');
  const third = await host(() => `<!DOCTYPE html><html lang="en"><head><title>Third</title></head><body>${RECORD}
    <script>window.heights = 0; window.addEventListener('message', (e) => { if (e.data && e.data.type === 'booster-ia:height') heights += 1; });</script>
    <iframe title="simulator" style="width:100%;height:900px" src="${simulator.url}?embed&lang=en&parent=${encodeURIComponent(declared)}&share"></iframe></body></html>`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${third}/`);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-testid="verdict"]').waitFor();
  // Something to send: an example.
  if (!(await frame.getByTestId('example-0').isVisible())) await frame.locator('.examples-toggle').click();
  await frame.getByTestId('example-0').click();
  await frame.getByTestId('send').click();
  await frame.getByTestId('send-confirm').click();
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => [messages.length, heights]), [0, 0], 'the browser delivers only to the declared origin');
  await context.close();
});

/** The host page (embed.js in `lang`, at `width`) and its frame, on a fresh draft. */
async function embedded(lang, width) {
  const origin = await host((self) => `<!DOCTYPE html><html lang="${lang}"><head><title>Host</title></head><body>
    <main><h1>Host</h1><div id="sim"></div></main>${RECORD}
    <script src="${simulator.url}embed.js" data-lang="${lang}" data-target="#sim" data-parent-origin="${self}" async></script></body></html>`);
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const frame = page.frameLocator('#sim iframe');
  await frame.locator('[data-testid="verdict"]').waitFor();
  return { context, page, frame };
}

/** The focused element's id or test id, inside the frame. */
const focused = (frame) => frame.locator('html').evaluate(() => document.activeElement?.id || document.activeElement?.dataset.testid);

const axe = (page) => new AxeBuilder({ page }).include('#sim').withTags(['wcag2a', 'wcag2aa']).analyze()
  .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));

for (const lang of ['fr', 'en']) {
  for (const width of [360, 1280]) {
    test(`${lang} at ${width}px: the consent lists and shows exactly what the host receives, by default and with the details; a blank draft sends nothing; by keyboard; axe clean`, async () => {
      const { context, page, frame } = await embedded(lang, width);
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      // A blank draft: nothing to send, and it is said why.
      assert.equal(await frame.getByTestId('send').count(), 0, 'no send button on a blank draft');
      await frame.getByTestId('send-nothing').waitFor();
      page.on('dialog', (d) => d.accept());
      if (!(await frame.getByTestId('example-0').isVisible())) await frame.locator('.examples-toggle').click();
      await frame.getByTestId('example-0').click();
      await frame.locator('[data-testid="verdict"][data-value="eligible"]').waitFor();
      const shownThenSent = async (details) => {
        // By keyboard: Enter on the button takes the focus into the consent.
        await frame.getByTestId('send').focus();
        await page.keyboard.press('Enter');
        await frame.getByTestId('send-confirm').waitFor();
        assert.equal(await focused(frame), 'send-intro');
        const box = frame.getByTestId('send-details');
        assert.equal(await box.isChecked(), false, 'the minimal message by default');
        if (details) { await box.focus(); await page.keyboard.press('Space'); assert.equal(await box.isChecked(), true); }
        await frame.locator('.consent-data summary').focus();
        await page.keyboard.press('Enter');
        await frame.getByTestId('consent-preview').waitFor({ state: 'visible' });
        const shown = JSON.parse(await frame.getByTestId('consent-preview').textContent());
        // The list is walked from the message: one entry per key.
        assert.equal(await frame.locator('[data-testid="consent-list"] > li').count(), Object.keys(shown).length);
        const list = await frame.getByTestId('consent-list').innerText();
        assert.equal(/lines|lignes/.test(list), details, list);
        assert.deepEqual(Object.keys(shown).sort(), (details
          ? ['checks', 'figures', 'lines', 'partners', 'title', 'type', 'verdict'] : ['figures', 'title', 'type', 'verdict']));
        assert.equal(shown.figures.grant, await frame.locator('[data-testid="grant"]').getAttribute('data-value'));
        assert.deepEqual(await axe(page), [], `axe, ${details ? 'with' : 'without'} the details`);
        assert.ok(await frame.getByTestId('send-panel').evaluate((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth + 1
          && el.querySelector('pre').scrollWidth <= el.querySelector('pre').clientWidth + 1), 'the consent fits the frame’s width');
        const before = await page.evaluate(() => data.length);
        await frame.getByTestId('send-confirm').focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction((n) => data.length === n + 1, before);
        assert.deepEqual(await page.evaluate(() => data.at(-1)), shown, 'the postMessage data is the JSON shown');
        assert.deepEqual(await page.evaluate(() => events.at(-1)), shown, 'and so is the event’s detail');
        assert.equal(await focused(frame), 'send', 'the focus back on the button');
        return shown;
      };
      const minimal = await shownThenSent(false);
      const full = await shownThenSent(true);
      assert.equal(minimal.lines, undefined);
      assert.ok(full.lines.length > 0 && full.partners.length > 0 && full.checks.length > 0);
      assert.deepEqual({ ...full, lines: undefined, partners: undefined, checks: undefined }, { ...minimal, lines: undefined, partners: undefined, checks: undefined });
      await context.close();
      assert.deepEqual(errors, []);
    });
  }
}

for (const [width, height] of [[1280, 900], [360, 740]]) {
  test(`at ${width}×${height}: typing in the last budget line, and as the host scrolls, the verdict and the grant stay within the host’s viewport; the host’s page unchanged; axe clean`, async () => {
    const origin = await host((self) => `<!DOCTYPE html><html lang="en"><head><title>Host</title>
      <style>.intro { height: 400px; } .outro { height: 1200px; }</style></head><body>
      <main><h1>Host</h1><p class="intro">About our support.</p><div id="sim"></div><p class="outro">Contact us.</p></main>${RECORD}
      <script src="${simulator.url}embed.js" data-lang="en" data-target="#sim" data-parent-origin="${self}" async></script></body></html>`);
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => d.accept());
    await page.goto(`${origin}/`);
    const frame = page.frameLocator('#sim iframe');
    await frame.locator('[data-testid="verdict"]').waitFor();
    if (!(await frame.getByTestId('example-0').isVisible())) await frame.locator('.examples-toggle').click();
    await frame.getByTestId('example-0').click();
    await frame.locator('[data-testid="verdict"][data-value="eligible"]').waitFor();
    await page.waitForFunction(() => document.querySelector('#sim iframe').getBoundingClientRect().height > 2 * innerHeight);
    /** Where the bar and the focused element are, in the host's viewport. */
    const placed = async () => {
      await nextFrames(page);
      await nextFrames(page);
      const frameTop = await page.evaluate(() => document.querySelector('#sim iframe').getBoundingClientRect().top);
      const inner = await frame.locator('html').evaluate(() => {
        const bar = document.querySelector('[data-testid="results-bar"]').getBoundingClientRect();
        const el = document.activeElement;
        const focus = el && el !== document.body ? el.getBoundingClientRect() : null;
        return { top: bar.top, bottom: bar.bottom, focus: focus && { top: focus.top, bottom: focus.bottom }, scroll: document.documentElement.scrollHeight - document.documentElement.clientHeight };
      });
      const view = await page.evaluate(() => innerHeight);
      return {
        top: frameTop + inner.top, bottom: frameTop + inner.bottom, view, scroll: inner.scroll,
        focus: inner.focus && { top: frameTop + inner.focus.top, bottom: frameTop + inner.focus.bottom },
      };
    };
    const inView = (p, what) => assert.ok(p.top >= -0.5 && p.bottom <= p.view + 0.5, `${what}: ${JSON.stringify(p)}`);
    // Typing in the last budget line, some 2 000 to 4 000 px down the frame.
    const amount = frame.getByTestId('budget-row').last().getByLabel('Amount excl. VAT (€)');
    await amount.click();
    await page.keyboard.press('Control+A');
    const total = await frame.getByTestId('total-costs').getAttribute('data-value');
    await page.keyboard.type('2500');
    await frame.locator(`[data-testid="total-costs"]:not([data-value="${total}"])`).waitFor({ state: 'attached' });
    let p = await placed();
    inView(p, 'typing in the last line');
    assert.ok(p.focus && (p.focus.bottom <= p.top || p.focus.top >= p.bottom), `the field typed in is not under the bar: ${JSON.stringify(p)}`);
    assert.equal(p.scroll, 0, 'no inner scroll bar');
    assert.equal(await frame.locator('html.in-view').count(), 1, 'moved by the host’s messages');
    assert.ok(await frame.getByTestId('verdict').isVisible());
    assert.match(await frame.getByTestId('results-bar').innerText(), /grant|≈/);
    // Tabbing on through the form (the host's browser scrolls each field into view): the bar follows, never over the field.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const at = await placed();
      if (!at.focus || await frame.locator('html').evaluate(() => !!document.activeElement.closest('.results'))) continue;
      inView(at, `Tab ${i}`);
      assert.ok(at.focus.bottom <= at.top + 0.5 || at.focus.top >= at.bottom - 0.5, `Tab ${i}: the focused field is not under the bar: ${JSON.stringify(at)}`);
    }
    // The host scrolls: at its top, the frame's middle, the frame's end 200 px above the host's bottom.
    for (const to of [0, 0.5, 1]) {
      await frame.locator('html').evaluate(() => document.activeElement?.blur?.());
      await page.evaluate((to) => {
        const f = document.querySelector('#sim iframe');
        scrollTo(0, to && f.getBoundingClientRect().top + scrollY + to * (f.offsetHeight - innerHeight) + (to === 1 ? 200 : 0));
      }, to);
      inView(await placed(), `host scrolled to ${to}`);
    }
    // The frame out of view (the host's footer only): the bar stays in the frame.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    p = await placed();
    assert.ok(p.bottom < 0 && p.bottom <= await page.evaluate(() => document.querySelector('#sim iframe').getBoundingClientRect().bottom) + 1, JSON.stringify(p));
    // The host's own page: nothing added but the frame's box, no style of its own changed.
    assert.deepEqual(await page.evaluate(() => [
      document.documentElement.getAttribute('style'), document.documentElement.className, document.body.getAttribute('style'), document.body.className,
      [...document.querySelector('#sim').children].map((c) => c.className), document.querySelector('.intro').getAttribute('style'),
      getComputedStyle(document.documentElement).overflow, getComputedStyle(document.body).overflow,
    ]), [null, '', null, '', ['booster-ia-embed'], null, 'visible', 'visible']);
    assert.deepEqual(await axe(page), []);
    await context.close();
    assert.deepEqual(errors, []);
  });
}

test('a bare iframe without embed.js keeps its results where they were, and a viewport message from another origin moves nothing', async () => {
  const declared = await host(() => '<!DOCTYPE html><title>declared</title><p>declared</p>');
  const origin = await host((self) => `<!DOCTYPE html><html lang="en"><head><title>Bare</title></head><body>
    <iframe id="own" title="simulator" style="width:100%;height:900px;border:0" src="${simulator.url}?embed&lang=en&parent=${encodeURIComponent(self)}"></iframe>
    <iframe id="other" title="simulator elsewhere" style="width:100%;height:900px;border:0" src="${simulator.url}?embed&lang=en&parent=${encodeURIComponent(declared)}"></iframe></body></html>`);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  for (const id of ['own', 'other']) {
    const frame = page.frameLocator(`#${id}`);
    await frame.locator('[data-testid="verdict"]').waitFor();
    // Forged: from this page, which is not the origin the frame was given (for #other), and a bare page sends none (for #own).
    if (id === 'other') {
      await page.evaluate(() => document.querySelector('#other').contentWindow.postMessage({ type: 'booster-ia:viewport', top: 0, bottom: 300 }, '*'));
    }
    await page.waitForTimeout(300);
    const state = await frame.locator('html').evaluate(() => {
      const bar = document.querySelector('[data-testid="results-bar"]');
      const aside = bar.closest('.results');
      return {
        inView: document.documentElement.classList.contains('in-view'),
        transform: getComputedStyle(bar).transform,
        offset: Math.round(bar.getBoundingClientRect().top - aside.getBoundingClientRect().top),
        atEnd: aside.getBoundingClientRect().bottom > document.querySelector('#main').getBoundingClientRect().bottom,
      };
    });
    assert.deepEqual(state, { inView: false, transform: 'none', offset: 1, atEnd: true }, id);
  }
  await context.close();
});
