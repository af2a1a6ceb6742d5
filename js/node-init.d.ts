
// ------------------------------------------------------------- Node only
// (dist-js/node/index.d.ts and index.d.mts: js/booster-ia.d.ts followed by
// this file.) The engine is loaded with the module; these exist so that the
// browser form (`await init()`) runs unchanged in Node.

/** Resolves at once: in Node the engine is loaded with the module. The argument is ignored. */
export default function init(module_or_path?: unknown): Promise<unknown>;

/** Returns at once: in Node the engine is loaded with the module. The argument is ignored. */
export function initSync(module?: unknown): unknown;
