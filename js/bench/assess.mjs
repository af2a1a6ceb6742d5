// `make bench-js`: assess in Node (dist-js/node) on the drafts criterion's
// parse_assess wrote to target/bench-drafts/, against criterion's own figures
// for the native parse + assess of the same texts. Prints a Markdown table
// for BENCHMARKS.md. A measurement, not a test: it asserts nothing.
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const booster = createRequire(import.meta.url)(join(root, "dist-js/node/index.js"));

/** Median of `rounds` timings of `calls` calls each, in ms per call, after a warm-up. */
function perCall(fn, calls, rounds = 15) {
  for (let i = 0; i < calls * 3; i++) fn();
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6 / calls);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(rounds / 2)];
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "?"}`);
console.log("");
console.log("| budget lines | draft | native parse + assess (criterion mean) | Node assess(text) | ratio | Node assess(object) | of which JSON.parse of the result |");
console.log("|---|---|---|---|---|---|---|");
for (const lines of [10, 200, 2000]) {
  const file = join(target, `bench-drafts/lines-${lines}.json`);
  if (!existsSync(file)) throw new Error(`${file}: run cargo bench -p booster-ia-rules --bench assess -- parse_assess first`);
  const text = readFileSync(file, "utf8");
  const object = JSON.parse(text);
  const calls = Math.max(5, Math.round(20000 / lines));
  const nodeText = perCall(() => booster.assess(text), calls);
  const nodeObject = perCall(() => booster.assess(object), calls);
  const out = JSON.stringify(booster.assess(text));
  const reading = perCall(() => JSON.parse(out), calls);
  const estimates = join(target, `criterion/parse_assess/${lines}/new/estimates.json`);
  const native = existsSync(estimates) ? JSON.parse(readFileSync(estimates, "utf8")).mean.point_estimate / 1e6 : NaN;
  console.log(
    `| ${lines} | ${(text.length / 1024).toFixed(1)} KB in, ${(out.length / 1024).toFixed(1)} KB out | ${native.toFixed(3)} ms | ${nodeText.toFixed(3)} ms | ${(nodeText / native).toFixed(2)}× | ${nodeObject.toFixed(3)} ms | ${reading.toFixed(3)} ms |`,
  );
}
