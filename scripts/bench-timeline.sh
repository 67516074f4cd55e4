#!/usr/bin/env bash
# Benchmark: builds the release dist/, then pans and zooms 10,000 events in headless Chromium
# and prints update and frame times. Pass --no-build to measure the dist/ that is already there,
# --assert to fail when the p95 update is over its 16 ms budget beyond the noise (the test command).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
build_release_unless_no_build "$@"
node scripts/bench-timeline.mjs dist "$@"
