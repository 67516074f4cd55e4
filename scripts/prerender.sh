#!/usr/bin/env bash
# trunk's post-build hook: fills the built index.html with the server-rendered article, so the
# text paints before the WebAssembly arrives. Native debug build: quick to compile, and the
# markup does not depend on the profile.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cargo run --quiet --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
