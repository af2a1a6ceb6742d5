#!/usr/bin/env bash
# `make js`: builds the npm package booster-ia into dist-js/ — the engine for
# wasm32 (profile release-js), shrunk by wasm-opt, bound by wasm-bindgen for
# browsers and bundlers (ES module, web/) and for Node (CommonJS, node/, with
# an ES module entry beside it). One wasm file, web/index_bg.wasm: the web
# glue finds it with `new URL("index_bg.wasm", import.meta.url)`, which Vite
# and webpack follow; the Node glue reads that same file with fs. Then the
# hand-written TypeScript declarations of js/, the package's README and the
# LICENSE, and a package.json at the crate's version.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

OUT=dist-js
WASM=target/wasm32-unknown-unknown/release-js/booster_ia_js.wasm

cargo build --profile release-js --target wasm32-unknown-unknown -p booster-ia-js
rm -rf "$OUT"
wasm-bindgen "$WASM" --target web --out-dir "$OUT/web" --out-name index --no-typescript
wasm-bindgen "$WASM" --target nodejs --out-dir "$OUT/node" --out-name index --no-typescript
# Both bindings carry the same wasm (only the JavaScript glue differs): keep
# one, and refuse to go on if that ever stops being so.
cmp "$OUT/node/index_bg.wasm" "$OUT/web/index_bg.wasm"
rm "$OUT/node/index_bg.wasm"
wasm-opt -Oz "$OUT/web/index_bg.wasm" -o "$OUT/web/index_bg.wasm"
# The Node glue reads web/index_bg.wasm; fail loudly if wasm-bindgen's line changes.
FROM='const wasmPath = `${__dirname}/index_bg.wasm`;'
TO="const wasmPath = require('path').join(__dirname, '..', 'web', 'index_bg.wasm');"
grep -qxF "$FROM" "$OUT/node/index.js" || { echo "package.sh: wasm-bindgen's nodejs glue changed: $FROM not found" >&2; exit 1; }
FROM="$FROM" TO="$TO" node -e '
const fs = require("fs"), f = process.argv[1];
fs.writeFileSync(f, fs.readFileSync(f, "utf8").replace(process.env.FROM, process.env.TO));' "$OUT/node/index.js"
cat js/node-init.js >> "$OUT/node/index.js"
cp js/node-index.mjs "$OUT/node/index.mjs"

cat js/booster-ia.d.ts js/node-init.d.ts > "$OUT/node/index.d.ts"
cp "$OUT/node/index.d.ts" "$OUT/node/index.d.mts"
cat js/booster-ia.d.ts js/web-init.d.ts > "$OUT/web/index.d.ts"
# web/index.js is an ES module, node/index.js CommonJS, whoever loads them.
echo '{ "type": "module" }' > "$OUT/web/package.json"
echo '{ "type": "commonjs" }' > "$OUT/node/package.json"
cp js/README.md "$OUT/README.md"
cp LICENSE "$OUT/LICENSE"
cp docs/draft-v3.schema.json "$OUT/draft-v3.schema.json"

VERSION=$(cargo metadata --no-deps --format-version 1 \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages.find(p=>p.name==="booster-ia-js").version))')
node js/scripts/package-json.mjs "$VERSION" > "$OUT/package.json"
echo "dist-js/: booster-ia $VERSION ($(du -h "$OUT/web/index_bg.wasm" | cut -f1) of wasm)"
