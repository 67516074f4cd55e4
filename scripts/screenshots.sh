#!/usr/bin/env bash
# Screenshots of the three tabs at 1280 px and 360 px wide, from the release build, into docs/.
# Pass --no-build to take them of the dist/ that is already there.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
build_release_unless_no_build "$@"
node scripts/screenshots.mjs dist docs
