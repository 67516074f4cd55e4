#!/usr/bin/env bash
# trunk's post-build hook, after the prerender: in release builds, minifies the page's scripts
# (scripts/minify.mjs). Debug builds (`trunk serve`) keep them readable.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node scripts/minify.mjs "$TRUNK_STAGING_DIR"
fi
