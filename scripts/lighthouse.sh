#!/usr/bin/env bash
# Lighthouse CI on the three tabs of the release dist/ (lhci serves it; system Chromium; mobile
# emulation with Lighthouse's simulated slow 4G and 4x CPU; nothing uploaded). Prints the median
# run of each tab: scores, LCP, TBT and CLS. LHCI_RUNS=3 runs per tab by default.
# --no-build measures dist/ as it is; --assert fails when a reached budget is exceeded (the
# test command runs it so).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
build_release_unless_no_build "${1:-}"
rm -rf .lighthouseci
lhci collect --config=lighthouserc.cjs
node scripts/lighthouse-table.mjs .lighthouseci "$@"
