#!/usr/bin/env bash
# Installs what the project needs, skipping whatever is already there at the
# right version. Only the reachable registries are used (crates.io, npm,
# Debian); Trunk is pinned so it never downloads a tool itself.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
# wasm-bindgen-cli must equal the wasm-bindgen of Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "building trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  # Not --locked: one of its locked dependencies is missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version_${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt from npm binaryen@$BINARYEN_VERSION"
  npm install -g "binaryen@$BINARYEN_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v pdftotext >/dev/null; then
  say "installing Debian's chromium, chromium-driver and poppler-utils (pdftotext, for the print test)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
fi

if [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  say "installing Debian's nginx-light and its brotli module (make serve-prod and its tests)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx-light libnginx-mod-http-brotli-static >/dev/null
  # Only our own instance runs, on demand (make serve-prod, the tests): not the system's.
  $SUDO service nginx stop >/dev/null 2>&1 || true
fi

if [ ! -d tests/browser/node_modules/playwright-core ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
  say "installing the browser test packages (npm ci)"
  (cd tests/browser && npm ci --no-audit --no-fund)
fi

if [ ! -x js/tests/client/node_modules/.bin/vite ] || [ js/tests/client/package-lock.json -nt js/tests/client/node_modules/.package-lock.json ]; then
  say "installing the npm package's client test (Vite 7, TypeScript 5: npm ci)"
  (cd js/tests/client && npm ci --no-audit --no-fund)
fi

say "ready: trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, $(wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium ?')"
