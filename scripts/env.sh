# Sourced by the other scripts: where the tools live and how they must behave here.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$ROOT/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen version the app is locked to; wasm-bindgen-cli must match it exactly.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# Benchmarks build the release dist/ first, unless called with --no-build.
build_release_unless_no_build() {
  if [ "${1:-}" != "--no-build" ]; then
    "$ROOT/scripts/setup.sh" >/dev/null
    step "release build"
    trunk build --release --public-url ./
  fi
}
