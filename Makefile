# The two commands of the README: `make serve` and `make test`.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: bench-first-load bench-batch setup serve serve-prod test test-native test-wasm lint build test-browser check-example bench js test-js bench-js

setup:
	@scripts/setup.sh

## Sets up what is missing, then serves the app on http://127.0.0.1:8080
serve: setup
	trunk serve --release

## The release as a production server serves it: Debian's nginx with
## deploy/nginx.conf on http://127.0.0.1:8081, files precompressed (brotli,
## gzip) at build time; pid, logs and temp files under target/prod/.
serve-prod: setup build
	node scripts/prod.mjs --serve

## Sets up what is missing, then runs every test: lint, native, browser.
test: setup lint test-native test-wasm build test-browser test-js

## Formatting; the structure's rules (scripts/structure.mjs, and its own
## tests): no file over 800 lines, no function over 150, no import cycle
## between a crate's top-level modules; clippy; no word written in src/
## (every word is the catalogue's).
lint:
	cargo fmt --all -- --check
	node scripts/structure.mjs
	node --test --test-reporter=dot scripts/structure.test.mjs
	cargo clippy --workspace --all-targets -- -D warnings
	node scripts/words-in-src.mjs

test-native:
	cargo test --workspace
	# The hypothetical second version of the scheme and its rule in force
	# from 2027-07-01 (test data, never shipped).
	cargo test -p booster-ia-rules --features second-version-fixture --test second_version --test params --test dated_rule --test declarations

## The app in Chromium with the hypothetical second version of the scheme
## (a test build of its own, never dist/): the page switches by submission date,
## the cap from 2027-01-01 and the licences rule from 2027-07-01.
test-wasm:
	cargo clippy -p booster-ia-simulator --target wasm32-unknown-unknown --features second-version-fixture --tests -- -D warnings
	cargo test -p booster-ia-simulator --target wasm32-unknown-unknown --features second-version-fixture --test second_version_browser

## One release build per test run; the browser tests reuse dist/.
build:
	trunk build --release
	cargo build --release --bin booster-ia

test-browser:
	cd tests/browser && node --test --test-concurrency=1 ./*.test.mjs

## The npm package booster-ia in dist-js/: browser ES module and the one wasm
## (web/), Node entries reading that wasm (node/: CommonJS and ES module),
## TypeScript declarations, README, LICENSE, package.json (js/scripts/package.sh).
js:
	js/scripts/package.sh

## The package in Node against the checker: every example and test draft;
## then its packed tarball in a client (js/tests/client: TypeScript --strict,
## Vite, Chromium under a strict CSP, and Node), as a developer uses it.
test-js: js
	cargo build --release --bin booster-ia
	node --test js/tests/*.test.mjs

## assess in Node at 10, 200 and 2 000 lines against native parse + assess
## (criterion, which writes the drafts both read). Not part of `make test`.
bench-js: js
	cargo bench -p booster-ia-rules --bench assess -- parse_assess
	node js/bench/assess.mjs

check-example:
	cargo run -q --release --bin booster-ia -- check examples/eligible.json --text

## Builds the release, measures sizes, the engine, in-browser latency and
## Lighthouse, and writes BENCHMARKS.md. Not part of `make test`.
bench: setup build
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0
	cd bench && ( [ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund )
	node bench/run.mjs

## The first load alone: sizes, the startup trace (CPU 4x) and Lighthouse
## mobile and desktop, printed (bench/firstload.mjs). Not part of `make test`.
bench-first-load: setup build
	cd bench && ( [ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund )
	node bench/firstload.mjs

## Times booster-ia check-all on 1 000 drafts (figures in BENCHMARKS.md). Not part of `make test`.
bench-batch:
	cargo build --release --bin booster-ia
	node bench/batch.mjs
