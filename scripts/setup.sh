#!/usr/bin/env bash
# Idempotent setup for a fresh machine: installs only what is missing or at the wrong version.
# Everything comes from the package registries (crates.io, npm, Debian); nothing else is downloaded.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

step "Rust: wasm32 target, rustfmt, clippy"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed | grep -q '^clippy' || rustup component add clippy

step "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  echo "already installed"
else
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

[ -f Cargo.lock ] || cargo generate-lockfile
WB_VERSION="$(locked_wasm_bindgen_version)"
step "wasm-bindgen-cli $WB_VERSION (the wasm-bindgen version in Cargo.lock)"
if ! grep -q "wasm_bindgen = \"$WB_VERSION\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen does not match Cargo.lock ($WB_VERSION); update one of them." >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WB_VERSION" ] &&
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $WB_VERSION" ]; then
  echo "already installed"
else
  # No --locked: one of its locked dependency versions is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

step "wasm-opt (npm binaryen@$BINARYEN_VERSION into .tools/)"
if .tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  echo "already installed"
else
  mkdir -p .tools
  npm install --prefix .tools --no-save --no-audit --no-fund "binaryen@$BINARYEN_VERSION"
fi

step "Chromium and ChromeDriver (Debian packages)"
if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
  echo "already installed"
else
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

step "npm test dependencies (from package-lock.json)"
LOCK_SUM="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f node_modules/.lock-sum ] && [ "$(cat node_modules/.lock-sum)" = "$LOCK_SUM" ]; then
  echo "already installed"
else
  npm ci --no-audit --no-fund
  echo "$LOCK_SUM" > node_modules/.lock-sum
fi

step "setup done"
