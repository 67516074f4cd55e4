#!/usr/bin/env bash
# Benchmark: builds the release dist/ and the export JSON, then measures startup against a plain
# HTML page with the same article text (RUNS=10 per variant by default). --no-build skips the build;
# --assert checks the startup budget only (scripts/bench-startup.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
build_release_unless_no_build "$@"
mkdir -p target
cargo run -q --locked --bin export > target/bench-export.json
node scripts/bench-startup.mjs dist target/bench-export.json "$@"
