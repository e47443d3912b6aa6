#!/usr/bin/env bash
# Set up a fresh machine for News Annotator: the Debian packages the offline VS Code host needs, the npm
# dependencies, and the VS Code host itself (into the git-ignored .cache/vscode-host/, reused when present).
# Used by the README's first command (`bash scripts/setup.sh && npm run demo`) and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
started=$(date +%s)
elapsed() { echo "$(( $(date +%s) - started ))s"; }

# The browser (tests and screenshots), a Devanagari font for screenshots, and what code-server's native
# modules (kerberos, node-pty, sqlite3...) need to build from source.
PACKAGES=(chromium fonts-noto-core fonts-lohit-deva libkrb5-dev build-essential pkg-config python3 ca-certificates)
if command -v dpkg-query >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "[setup] installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -q || echo "[setup] warning: apt-get update failed; trying to install from the current lists"
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
  else
    echo "[setup] Debian packages already installed: ${PACKAGES[*]}"
  fi
else
  echo "[setup] not a Debian system: install ${PACKAGES[*]} (or their equivalents) yourself"
fi
echo "[setup] system packages done ($(elapsed))"

echo "[setup] node $(node --version), npm $(npm --version)"
npm ci --no-audit --no-fund </dev/null
echo "[setup] npm ci done ($(elapsed))"

# The offline VS Code host (code-server + Node 24), unless a desktop VS Code is used.
if [ -z "${VSCODE_EXECUTABLE:-}" ]; then
  node test/runner/host.mjs install </dev/null
  echo "[setup] VS Code host ready ($(elapsed))"
fi
