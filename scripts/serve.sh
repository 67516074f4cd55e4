#!/usr/bin/env bash
# Sets everything up, then serves the app with live reload at http://127.0.0.1:8080/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
step "trunk serve (http://127.0.0.1:8080/)"
exec trunk serve "$@"
