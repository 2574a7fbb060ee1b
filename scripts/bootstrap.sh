#!/usr/bin/env bash
# Installs what Worthy needs on a fresh Debian/Ubuntu machine: npm packages from the lockfile and
# Debian's Chromium for the end-to-end tests and the demo (Playwright never downloads a browser).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium from Debian's packages…"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # The emoji font only matters for the demo's screenshots; users' machines have one.
  $SUDO apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null
fi
echo "Ready: Chromium at ${CHROMIUM_PATH:-$(command -v chromium)}"
