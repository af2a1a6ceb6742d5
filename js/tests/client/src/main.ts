// A TypeScript client of booster-ia (type-checked with --strict): the
// README's Vite form, with the wasm's URL from the package's exports; shows
// the grant of the draft in eligible.json (copied here by the test).
import init, { assess, compare, isDraftError, parse, rulesVersion, type Assessment, type Draft } from "booster-ia";
import wasmUrl from "booster-ia/index_bg.wasm?url";
import example from "./eligible.json";

await init({ module_or_path: wasmUrl });

const draft: Draft = parse(example, "en");
const a: Assessment = assess(draft, "en");
const version: string = rulesVersion(draft.timeline.submission);
const two = compare(draft, draft, { lang: "en" });

const show = (id: string, text: string) => {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
};
show("grant", a.grant);
show("verdict", a.verdict);
show("rules", version);
try {
  assess({ ...draft, budget: [{ id: "b1" }] }, { lang: "en" });
} catch (e) {
  if (!isDraftError(e)) throw e;
  // e is a DraftError here: its path is typed.
  const path: string = e.path;
  show("error", `${path} | ${e.message} | ${two.rows.filter((r) => r.differs).length}`);
}
