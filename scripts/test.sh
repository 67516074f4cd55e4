#!/usr/bin/env bash
# Sets everything up, then runs every check and test, in order; stops at the first failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"

step "cargo fmt --check"
cargo fmt --all --check

step "clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "native tests (domain and app logic)"
cargo test --workspace --locked

step "component tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked -p iom-explorer --target wasm32-unknown-unknown --test web

step "pipeline export for the end-to-end checks (target/e2e-export.json)"
cargo run -q --locked --bin export > target/e2e-export.json

step "release build (dist/)"
trunk build --release --public-url ./

step "size: the first visit, gzip'd, under its ceiling (scripts/size.mjs; docs/PERFORMANCE.md)"
scripts/size.sh --no-build --assert

step "end-to-end tests (Playwright against dist/ served under /explorer/)"
npx playwright test --grep-invert @alone
# Timing checks (tagged @alone: the 2 MB document's long-task budget) run with the machine to
# themselves, not beside another browser.
npx playwright test --grep @alone --workers=1

step "startup budget: first article paragraph against a plain HTML page, 20 loads each (fails when the ratio's 90 % interval is wholly over 1.5)"
scripts/bench-startup.sh --no-build --assert
step "timeline budget: 10,000 events panned and zoomed, the p95 update under 16 ms (fails when its 90 % interval is wholly over)"
scripts/bench-timeline.sh --no-build --assert
step "performance budgets: Lighthouse CI on the three tabs (median of 3: performance and accessibility 95 or more, CLS 0)"
LHCI_RUNS="${LHCI_RUNS:-3}" scripts/lighthouse.sh --no-build --assert
