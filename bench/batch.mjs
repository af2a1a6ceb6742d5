// Times `booster-ia check-all` on 1 000 drafts (the examples with their
// amounts varied), for BENCHMARKS.md: `make bench-batch`. Five runs, median.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = join(root, 'target/release/booster-ia');
const dir = join(root, 'target/bench-batch');
rmSync(dir, { recursive: true, force: true });
const examples = readdirSync(join(root, 'examples')).filter((n) => n.endsWith('.json'))
  .map((n) => JSON.parse(readFileSync(join(root, 'examples', n), 'utf8')));
for (let i = 0; i < 1000; i += 1) {
  const draft = structuredClone(examples[i % examples.length]);
  for (const line of draft.budget) if (line.amount) line.amount = (Number(line.amount) + (i % 97) * 13.17).toFixed(2);
  const sub = join(dir, String(Math.floor(i / 100)));
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, `draft-${i}.json`), JSON.stringify(draft, null, 2));
}
const runs = [];
for (let r = 0; r < 5; r += 1) {
  const start = process.hrtime.bigint();
  execFileSync(bin, ['check-all', dir, '--json'], { maxBuffer: 1 << 28 });
  runs.push(Number(process.hrtime.bigint() - start) / 1e6);
}
runs.sort((a, b) => a - b);
console.log(`check-all on 1 000 drafts: median ${runs[2].toFixed(0)} ms (runs: ${runs.map((t) => t.toFixed(0)).join(', ')} ms)`);
