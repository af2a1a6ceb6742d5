// The same lines in a CommonJS TypeScript file (compiled by tsc --strict,
// module nodenext, to require): the default import reads `.default`.
import init, { assess, initSync } from "booster-ia";
import { readFileSync } from "node:fs";

initSync();
void init().then(() => console.log(assess(readFileSync(process.argv[2], "utf8"), "en").grant));
