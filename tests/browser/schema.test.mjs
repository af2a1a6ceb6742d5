// The JSON Schemas of drafts v1, v2 and v3 accept every example (v3), the
// examples as first written (v1, kept in tests/fixtures/v1) and every export
// (v3), and reject what the format rejects (what a schema can express).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { EXAMPLES } from './harness.mjs';

const schema = JSON.parse(readFileSync(new URL('../../docs/draft-v1.schema.json', import.meta.url)));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const validateV2 = ajv.compile(JSON.parse(readFileSync(new URL('../../docs/draft-v2.schema.json', import.meta.url))));
const validateV3 = ajv.compile(JSON.parse(readFileSync(new URL('../../docs/draft-v3.schema.json', import.meta.url))));
const validatePartV2 = ajv.compile(JSON.parse(readFileSync(new URL('../../docs/part-v2.schema.json', import.meta.url))));
const V1 = new URL('../fixtures/v1', import.meta.url).pathname;
/** An example as first written, in format v1. */
const example = (name) => JSON.parse(readFileSync(join(V1, name), 'utf8'));
/** An example as it is now written, in format v3. */
const exampleV3 = (name) => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));
const names = (dir) => {
  const found = readdirSync(dir).filter((n) => n.endsWith('.json'));
  // The English examples too: the same drafts, the free text translated.
  return [...found, ...readdirSync(join(dir, 'en')).map((n) => `en/${n}`)];
};

test('every example as first written (v1) is valid against the v1 schema', () => {
  assert.ok(names(V1).length >= 8);
  for (const name of names(V1)) {
    assert.ok(validate(example(name)), `${name}: ${JSON.stringify(validate.errors)}`);
  }
});

test('every example (v3) is valid against the v3 schema, and not against v1 or v2', () => {
  assert.ok(names(EXAMPLES).length >= 8);
  for (const name of names(EXAMPLES)) {
    const d = exampleV3(name);
    assert.equal(d.version, 3, name);
    assert.ok(validateV3(d), `${name}: ${JSON.stringify(validateV3.errors)}`);
    assert.equal(validate(d), false, name);
    assert.equal(validateV2(d), false, name);
  }
});

test('the v3 schema takes permanent_staff null, true or false, and v2 and v1 only an answer', () => {
  for (const value of [null, true, false]) {
    const d = exampleV3('eligible.json');
    d.budget[0].permanent_staff = value;
    assert.ok(validateV3(d), `${value}: ${JSON.stringify(validateV3.errors)}`);
  }
  const d = exampleV3('eligible.json');
  d.budget[0].permanent_staff = 'yes';
  assert.equal(validateV3(d), false);
  const v2 = asV2(example('eligible.json'));
  v2.budget[0].permanent_staff = null;
  assert.equal(validateV2(v2), false, 'null is v3 only');
  const v1 = example('eligible.json');
  v1.budget[0].permanent_staff = null;
  assert.equal(validate(v1), false, 'null is v3 only');
  const v3 = exampleV3('eligible.json');
  v3.version = 2;
  assert.equal(validateV3(v3), false);
});

test('the schema rejects unknown keys, wrong codes, bad amounts, dates and marks', () => {
  const cases = [
    (d) => { d.partners[0].colour = 'blue'; },
    (d) => { delete d.project.ai_use; },
    (d) => { d.partners[0].kind = 'startup'; },
    (d) => { d.budget[0].amount = '-5'; },
    (d) => { d.budget[0].amount = '1e30'; },
    (d) => { d.budget[0].amount = 4000; },
    (d) => { d.budget[0].amount = '10.999'; },
    (d) => { d.timeline.end = '31/07/2027'; },
    (d) => { d.self_assessment.feasibility = 31; },
    (d) => { d.self_assessment.security = 2.5; },
    (d) => { d.version = 2; },
    (d) => { d.partners[0].siret = '1234'; },
    (d) => { d.project.summary = 'x'.repeat(5001); },
  ];
  for (const [i, edit] of cases.entries()) {
    const d = example('eligible.json');
    edit(d);
    assert.equal(validate(d), false, `case ${i} should be rejected`);
  }
});

/** The example as the app now writes it: v2, with each addition given. */
function asV2(d) {
  d.version = 2;
  for (const p of d.partners) p.vat_recoverable = null;
  d.de_minimis = { declared: true, aids: [{ funder: 'Bpifrance', granted_on: '2025-03-01', amount: '20000.00' }] };
  d.other_funding = [{ funder: 'Département', amount: '1000.00', status: 'granted' }];
  return d;
}

test('the v2 schema accepts a v2 draft and rejects what v2 rejects', () => {
  assert.ok(validateV2(asV2(example('eligible.json'))), JSON.stringify(validateV2.errors));
  assert.equal(validateV2(example('eligible.json')), false, 'a v1 file is not v2');
  const cases = [
    (d) => { delete d.partners[0].vat_recoverable; },
    (d) => { d.partners[0].vat_recoverable = 'yes'; },
    (d) => { d.de_minimis.aids[0].amount = '-5'; },
    (d) => { d.de_minimis.aids[0].granted_on = '01/03/2025'; },
    (d) => { d.other_funding[0].status = 'promised'; },
    (d) => { delete d.other_funding; },
    (d) => { d.version = 3; },
  ];
  for (const [i, edit] of cases.entries()) {
    const d = asV2(example('eligible.json'));
    edit(d);
    assert.equal(validateV2(d), false, `v2 case ${i} should be rejected`);
  }
});

test('a draft exported by the checker\'s engine is valid against the v3 schema, and a part against part v2', () => {
  // The checker prints the assessment; the export itself is the example plus that object.
  const bin = new URL('../../target/release/booster-ia', import.meta.url).pathname;
  let assessment;
  try {
    assessment = JSON.parse(execFileSync(bin, ['check', join(EXAMPLES, 'cap-binds.json')]).toString());
  } catch (e) {
    // Exit status 1 (not eligible) still prints the assessment; cap-binds is eligible (0).
    assert.fail(`booster-ia check failed: ${e}`);
  }
  const d = exampleV3('cap-binds.json');
  d.assessment = assessment;
  assert.ok(validateV3(d), JSON.stringify(validateV3.errors));
  assert.equal(assessment.pending.costs, '0.00');
  const out = join(mkdtempSync(join(tmpdir(), 'booster-ia-part-')), 'part.json');
  execFileSync(bin, ['part', join(EXAMPLES, 'cap-binds.json'), '--partner', 'cc', '-o', out]);
  const part = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(part.version, 2);
  part.budget[0].permanent_staff = null;
  assert.ok(validatePartV2(part), JSON.stringify(validatePartV2.errors));
});
