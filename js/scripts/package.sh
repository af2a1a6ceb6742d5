#!/usr/bin/env bash
# `make js`: builds the npm package booster-ia into dist-js/ — the engine for
# wasm32 (profile release-js), bound twice by wasm-bindgen (Node CommonJS in
# node/, browser ES module in web/), shrunk by wasm-opt, with the hand-written
# TypeScript declarations of js/ and a package.json at the crate's version.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

OUT=dist-js
WASM=target/wasm32-unknown-unknown/release-js/booster_ia_js.wasm

cargo build --profile release-js --target wasm32-unknown-unknown -p booster-ia-js
rm -rf "$OUT"
wasm-bindgen "$WASM" --target nodejs --out-dir "$OUT/node" --out-name index --no-typescript
wasm-bindgen "$WASM" --target web --out-dir "$OUT/web" --out-name index --no-typescript
# Both bindings carry the same wasm (only the JavaScript glue differs):
# optimise it once, and refuse to go on if that ever stops being so.
cmp "$OUT/node/index_bg.wasm" "$OUT/web/index_bg.wasm"
wasm-opt -Oz "$OUT/node/index_bg.wasm" -o "$OUT/node/index_bg.wasm"
cp "$OUT/node/index_bg.wasm" "$OUT/web/index_bg.wasm"

cp js/booster-ia.d.ts "$OUT/node/index.d.ts"
cat js/booster-ia.d.ts js/web-init.d.ts > "$OUT/web/index.d.ts"
# web/index.js is an ES module, node/index.js CommonJS, whoever loads them.
echo '{ "type": "module" }' > "$OUT/web/package.json"
echo '{ "type": "commonjs" }' > "$OUT/node/package.json"

VERSION=$(cargo metadata --no-deps --format-version 1 \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages.find(p=>p.name==="booster-ia-js").version))')
node js/scripts/package-json.mjs "$VERSION" > "$OUT/package.json"
echo "dist-js/: booster-ia $VERSION ($(du -h "$OUT/node/index_bg.wasm" | cut -f1) of wasm)"
