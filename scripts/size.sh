#!/usr/bin/env bash
# Benchmark: builds the release dist/ and prints its transfer sizes (raw, gzip -9, brotli).
# Pass --no-build to measure the dist/ that is already there.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
if [ "${1:-}" != "--no-build" ]; then
  "$ROOT/scripts/setup.sh" >/dev/null
  step "release build"
  trunk build --release --public-url ./
fi
node scripts/size.mjs dist
