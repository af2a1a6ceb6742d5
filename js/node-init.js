
// ---- appended by js/scripts/package.sh (js/node-init.js) ----
// The browser form works in Node too, so code shared between server and
// browser runs unchanged: the engine is already loaded above (from the one
// wasm file, web/index_bg.wasm), so `init()` resolves at once and
// `initSync()` returns at once; any argument is accepted and not needed.
function initSync() {
  return wasm;
}
function init() {
  return Promise.resolve(wasm);
}
exports.initSync = initSync;
exports.default = init;
// `import init from "booster-ia"` compiled to CommonJS (TypeScript, webpack) reads `.default`.
Object.defineProperty(exports, "__esModule", { value: true });
