#!/usr/bin/env bash
# npm run mutation -- <module>: Stryker over one module (stryker.config.mjs lists them), at concurrency 1.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: npm run mutation -- crypto|self-check|gate|audit|send|provider|pacer" >&2; exit 2; }
module=$1
shift
STRYKER_MODULE=$module exec npx stryker run "$@"
