#!/usr/bin/env bash
# Benchmark: builds the release dist/ and prints its transfer sizes (raw, gzip -9, brotli).
# Pass --no-build to measure the dist/ that is already there, --assert to fail when the first
# visit is over its ceiling (scripts/size.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
build_release_unless_no_build "$@"
node scripts/size.mjs dist "$@"
