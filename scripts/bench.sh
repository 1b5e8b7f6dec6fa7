#!/usr/bin/env bash
# Benchmarks, not tests: builds every package, then measures what the kit costs a host page —
# bytes (bench/size.ts), requests (bench/network), parsing (bench/parse.ts) and rendering in
# Chromium (bench/render.ts) — and prints one table and a summary line (bench/report.ts).
# Nothing here fails on a missed target; the size budgets that gate CI live in .size-limit.json.
#
#   pnpm bench                 everything (a few minutes on 2 cores)
#   pnpm bench size parse      only some: size, network, parse, render
#   VERNKIT_BENCH_NO_BUILD=1   measure the dist already built
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Chromium is needed for the rendering benchmark, so bootstrap brings it unless told otherwise.
source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"

ALL=(size network parse render)
SELECTED=("$@")
[ ${#SELECTED[@]} -gt 0 ] || SELECTED=("${ALL[@]}")
for name in "${SELECTED[@]}"; do
  case " ${ALL[*]} " in *" $name "*) ;; *) echo "bench: unknown benchmark '$name' (choose from: ${ALL[*]})" >&2; exit 2 ;; esac
done

if [ "${VERNKIT_BENCH_NO_BUILD:-0}" != "1" ]; then
  printf '[bench] building packages\n' >&2
  pnpm -r --filter './packages/*' run build >/dev/null
fi

rm -f bench/results/*.tmp
failed=()
run() {
  local name="$1"
  shift
  # A benchmark that breaks is reported as such; the others still run.
  "$@" >&2 || failed+=("$name")
}
for name in "${SELECTED[@]}"; do
  case "$name" in
    size) run size pnpm exec tsx bench/size.ts ;;
    network) run network pnpm exec vitest run --config bench/network/vitest.config.ts --silent ;;
    parse) run parse pnpm exec tsx bench/parse.ts ;;
    render) run render pnpm exec tsx bench/render.ts ;;
  esac
done

echo
pnpm exec tsx bench/report.ts
if [ ${#failed[@]} -gt 0 ]; then
  echo "bench: these benchmarks broke before measuring: ${failed[*]} (see the log above)" >&2
  exit 1
fi
