
// ------------------------------------------- the browser ES module only
// (dist-js/web/index.d.ts: js/booster-ia.d.ts followed by this file)

/** Where the module's wasm comes from: by default `index_bg.wasm` beside it. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Loads the engine; call it once and await it before any other function.
 * Without an argument it fetches `index_bg.wasm` beside the module.
 */
export default function init(
  module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<unknown>;

/** Loads the engine from bytes or a compiled module, synchronously. */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): unknown;
