#!/usr/bin/env bash
# The main job: the demo host app on the embedded mock (no key needed), from a fresh machine.
# With VERN_API_KEY set, the demo's server proxies to real Vern instead (see apps/demo/README.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERNKIT_SKIP_BROWSER="${VERNKIT_SKIP_BROWSER:-1}" source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
pnpm -r --filter './packages/*' run build >/dev/null
exec pnpm --filter @vernkit/demo run start
