// Writes dist-js/package.json for the version given (the js crate's): Node
// gets the CommonJS build, browsers and bundlers the ES module.
const version = process.argv[2];
if (!/^\d+\.\d+\.\d+/.test(version ?? "")) throw new Error(`not a version: ${version}`);

const node = { types: "./node/index.d.ts", default: "./node/index.js" };
const web = { types: "./web/index.d.ts", default: "./web/index.js" };
const pkg = {
  name: "booster-ia",
  version,
  description:
    "Booster IA (Région Normandie) grant rules: assess, parse and compare drafts exactly as the booster-ia checker does",
  license: "MIT",
  main: "./node/index.js",
  module: "./web/index.js",
  types: "./node/index.d.ts",
  exports: {
    ".": { node, browser: web, import: web, default: node },
    "./node": node,
    "./web": web,
    "./package.json": "./package.json",
  },
  files: ["node/", "web/"],
  engines: { node: ">=18" },
};
console.log(JSON.stringify(pkg, null, 2));
