// The first load's budget: what index.html makes the browser fetch from the
// built dist/ (bench/sizes.mjs), gzip -9 and brotli 11, against
// bench/budget.json. Sizes are deterministic, so this fails the first build
// that weighs more; raising the budget takes a commit that says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstLoadSizes, firstLoadBudget } from '../../bench/sizes.mjs';

const kb = (bytes) => (bytes / 1024).toFixed(1);

test('the first load stays within its budget (bench/budget.json)', () => {
  const sizes = firstLoadSizes();
  const budget = firstLoadBudget();
  assert.ok(sizes.wasmGzip > 0, 'dist/ holds a build (run make build)');
  assert.ok(
    sizes.gzip <= budget.gzip_bytes,
    `first load ${sizes.gzip} B gzip (${kb(sizes.gzip)} KB) > budget ${budget.gzip_bytes} B: cut it, or raise the budget in a commit that says why`,
  );
  assert.ok(
    sizes.brotli <= budget.brotli_bytes,
    `first load ${sizes.brotli} B brotli (${kb(sizes.brotli)} KB) > budget ${budget.brotli_bytes} B: cut it, or raise the budget in a commit that says why`,
  );
});

test('the budget is kept at what the page weighs, so a gain is not given back', () => {
  const sizes = firstLoadSizes();
  const budget = firstLoadBudget();
  // The wasm is counted, and it is most of the first load.
  assert.ok(sizes.wasmGzip > sizes.gzip / 2, `${sizes.wasmGzip} of ${sizes.gzip}`);
  // More than 1 KB under the budget: lower it in the same commit, to keep the gain.
  assert.ok(
    sizes.gzip + 1024 > budget.gzip_bytes,
    `first load ${sizes.gzip} B gzip, more than 1 KB under its budget ${budget.gzip_bytes} B: lower the budget to keep the gain`,
  );
});
