#!/usr/bin/env bash
# Benchmarks, not tests: builds every package, then prints what it measures (bundle sizes
# first). Nothing here asserts; budgets that fail the build live in .size-limit.* (scripts/test.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERNKIT_SKIP_BROWSER="${VERNKIT_SKIP_BROWSER:-1}" source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"

printf '[bench] building packages\n' >&2
pnpm -r --filter './packages/*' run build >/dev/null

pnpm exec tsx bench/size.ts
