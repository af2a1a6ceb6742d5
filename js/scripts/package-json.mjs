// Writes dist-js/package.json for the version given (the js crate's): Node
// gets its entries (ES module and CommonJS, one engine), browsers and
// bundlers the ES module of web/; the one wasm file is exported too, for
// `import wasmUrl from "booster-ia/index_bg.wasm?url"` and `initSync(bytes)`.
const version = process.argv[2];
if (!/^\d+\.\d+\.\d+/.test(version ?? "")) throw new Error(`not a version: ${version}`);

const nodeImport = { types: "./node/index.d.mts", default: "./node/index.mjs" };
const nodeRequire = { types: "./node/index.d.ts", default: "./node/index.js" };
const node = { import: nodeImport, require: nodeRequire };
const web = { types: "./web/index.d.ts", default: "./web/index.js" };
const pkg = {
  name: "booster-ia",
  version,
  description:
    "Booster IA (Région Normandie) grant rules: assess, parse and compare drafts exactly as the booster-ia checker does",
  keywords: ["booster-ia", "normandie", "grant", "subvention", "wasm"],
  license: "MIT",
  main: "./node/index.js",
  module: "./web/index.js",
  types: "./node/index.d.ts",
  exports: {
    ".": { node, browser: web, import: web, default: nodeRequire },
    "./node": node,
    "./web": web,
    "./index_bg.wasm": "./web/index_bg.wasm",
    "./web/index_bg.wasm": "./web/index_bg.wasm",
    "./draft-v3.schema.json": "./draft-v3.schema.json",
    "./package.json": "./package.json",
  },
  files: ["node/", "web/", "draft-v3.schema.json", "README.md", "LICENSE"],
  engines: { node: ">=18" },
};
console.log(JSON.stringify(pkg, null, 2));
