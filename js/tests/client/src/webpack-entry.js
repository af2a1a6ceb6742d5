// The README's webpack form: the default import and `await init()`, the wasm
// beside the bundle; shows the grant of eligible.json (copied by the test).
import init, { assess } from "booster-ia";
import draft from "./eligible.json";

await init();
const a = assess(draft, "en");
document.getElementById("grant").textContent = a.grant;
document.getElementById("verdict").textContent = a.verdict;
