#!/usr/bin/env bash
# Every check and test, from a fresh machine: brings the toolchain (scripts/bootstrap.sh),
# then lint, types, package builds and package checks, unit + jsdom + Chromium + Storybook
# tests, the Storybook static build, size budgets and the end-to-end suite.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
export STORYBOOK_DISABLE_TELEMETRY=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "lint + format (biome)"
pnpm exec biome ci .

step "build packages"
pnpm -r --filter './packages/*' run build

step "typecheck"
pnpm exec tsc -p tsconfig.json

step "package checks (publint, attw)"
pnpm -r --filter './packages/*' run check:package

step "tests: node, jsdom, Chromium, Storybook"
pnpm exec vitest run

step "React 18: the built kit rendered on the server and driven in jsdom"
npm ci --prefix tests/react18 --silent --no-audit --no-fund
node tests/react18/smoke.mjs

if [ -f .storybook/main.ts ]; then
  step "storybook static build"
  pnpm run build-storybook --quiet
fi

if [ -f .size-limit.json ] || [ -f .size-limit.cjs ] || [ -f .size-limit.js ]; then
  step "size budgets"
  pnpm exec size-limit
fi

if [ -f apps/demo/playwright.config.ts ]; then
  step "end-to-end (Playwright + Chromium)"
  pnpm --filter @vernkit/demo run build
  pnpm --filter @vernkit/demo exec playwright test
fi
