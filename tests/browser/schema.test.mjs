// The JSON Schemas of drafts v1 and v2 accept every example (v1) and every
// export (v2), and reject what the format rejects (what a schema can express).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
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
const example = (name) => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));

test('every example draft is valid against the schema', () => {
  const names = readdirSync(EXAMPLES).filter((n) => n.endsWith('.json'));
  assert.ok(names.length >= 4);
  // The English examples too: the same drafts, the free text translated.
  names.push(...readdirSync(join(EXAMPLES, 'en')).map((n) => `en/${n}`));
  for (const name of names) {
    assert.ok(validate(example(name)), `${name}: ${JSON.stringify(validate.errors)}`);
  }
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

test('a draft exported by the checker\'s engine is valid against the schema', () => {
  // The checker prints the assessment; the export itself is the example plus that object.
  const bin = new URL('../../target/release/booster-ia', import.meta.url).pathname;
  let assessment;
  try {
    assessment = JSON.parse(execFileSync(bin, ['check', join(EXAMPLES, 'cap-binds.json')]).toString());
  } catch (e) {
    // Exit status 1 (not eligible) still prints the assessment; cap-binds is eligible (0).
    assert.fail(`booster-ia check failed: ${e}`);
  }
  const d = asV2(example('cap-binds.json'));
  d.assessment = assessment;
  assert.ok(validateV2(d), JSON.stringify(validateV2.errors));
});
