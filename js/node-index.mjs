// booster-ia for Node as an ES module (dist-js/node/index.mjs): the same
// instance as the CommonJS entry beside it, so `require` and `import` in one
// program share one engine. `import init, { assess } from "booster-ia"` and
// `await init()`, the browser form, work here too.
import { createRequire } from "node:module";

const booster = createRequire(import.meta.url)("./index.js");

export const { assess, parse, compare, rulesVersion, isDraftError, initSync } = booster;
export default booster.default;
