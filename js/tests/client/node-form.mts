// The README's browser form, run by Node as it is (after tsc compiles it
// with --strict, module nodenext): code shared between server and browser.
import init, { assess, isDraftError, rulesVersion } from "booster-ia";
import { readFileSync } from "node:fs";

await init();
const draft = JSON.parse(readFileSync(process.argv[2], "utf8"));
const a = assess(draft, "en");
try {
  assess("{", "en");
} catch (e) {
  if (isDraftError(e)) console.log(JSON.stringify({ grant: a.grant, rules: rulesVersion(draft.timeline.submission), path: e.path }));
}
