// Generates the hostile import corpus. Small cases are committed beside this
// script (run it again after changing a case); the large ones (over 1 MB)
// are generated at test time by `largeCases()` and never committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const base = () => JSON.parse(readFileSync(new URL('../../examples/eligible.json', import.meta.url), 'utf8'));
const edit = (f) => { const d = base(); f(d); return JSON.stringify(d, null, 2); };

/** Small cases: file name → [contents, field path the message must name ('' for the whole file)]. */
export const smallCases = {
  'malformed.json': ['{"format": "booster-ia-draft", "version": 1, "project": {', ''],
  'not-json.json': ['<html><body>not a draft</body></html>', ''],
  'empty.json': ['', ''],
  'array.json': ['[1, 2, 3]', ''],
  'wrong-format.json': [edit((d) => { d.format = 'other-tool'; }), 'format'],
  'wrong-version.json': [edit((d) => { d.version = 2; }), 'version'],
  'missing-field.json': [edit((d) => { delete d.commitments; }), 'commitments'],
  'unknown-field.json': [edit((d) => { d.partners[0].password = 'x'; }), 'partners[0].password'],
  'duplicate-partner-id.json': [edit((d) => { d.partners[1].id = 'p1'; }), 'partners[1].id'],
  'duplicate-line-id.json': [edit((d) => { d.budget[2].id = 'b1'; }), 'budget[2].id'],
  'dangling-partner.json': [edit((d) => { d.budget[0].partner = 'ghost'; }), 'budget[0].partner'],
  'amount-1e30.json': [edit((d) => { d.budget[0].amount = '1e30'; }), 'budget[0].amount'],
  'amount-1e30-number.json': [edit((d) => { d.budget[0].amount = 1e30; }), 'budget[0].amount'],
  'amount-negative.json': [edit((d) => { d.budget[1].amount = '-5'; }), 'budget[1].amount'],
  'amount-nan.json': [edit((d) => { d.budget[0].amount = 'NaN'; }), 'budget[0].amount'],
  'amount-12-5-5.json': [edit((d) => { d.budget[0].amount = '12,5,5'; }), 'budget[0].amount'],
  'amount-huge.json': [edit((d) => { d.budget[0].amount = '99999999999999999999999999999'; }), 'budget[0].amount'],
  'siret-luhn.json': [edit((d) => { d.partners[0].siret = '81234567800014'; }), 'partners[0].siret'],
  'date-impossible.json': [edit((d) => { d.timeline.end = '2027-02-30'; }), 'timeline.end'],
  'score-out-of-range.json': [edit((d) => { d.self_assessment.feasibility = 31; }), 'self_assessment.feasibility'],
  'kind-unknown.json': [edit((d) => { d.partners[0].kind = 'startup'; }), 'partners[0].kind'],
  'text-too-long.json': [edit((d) => { d.project.summary = 'x'.repeat(5001); }), 'project.summary'],
};

/** Large cases, built in memory at test time: name → [contents, path]. */
export function largeCases() {
  const many = (n) => edit((d) => {
    d.partners = Array.from({ length: n }, (_, i) => ({ ...d.partners[1], id: `x${i}` }));
    d.partners[0].role = 'lead';
    d.budget = [];
  });
  const lines = (n) => edit((d) => { d.budget = Array.from({ length: n }, (_, i) => ({ ...d.budget[0], id: `l${i}` })); });
  return {
    'fifty-megabytes.json': [`{"format":"booster-ia-draft","version":1,"project":{"title":"${'A'.repeat(50 * 1024 * 1024)}"}}`, ''],
    'nested-100000.json': ['['.repeat(100000) + ']'.repeat(100000), ''],
    'ten-thousand-partners.json': [many(10000), 'partners'],
    'too-many-lines.json': [lines(5001), 'budget'],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const expected = {};
  for (const [name, [text, path]] of Object.entries(smallCases)) {
    writeFileSync(here + name, text);
    expected[name] = path;
  }
  writeFileSync(here + 'expected.json', JSON.stringify(expected, null, 2) + '\n');
  console.log(`wrote ${Object.keys(smallCases).length} cases`);
}
