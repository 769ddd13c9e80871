#!/usr/bin/env bash
# Shows that the tests where the product makes its strongest promises can fail (issue 18): each patch in
# scripts/breaks/ breaks one promise on purpose; this applies it in a scratch git worktree of HEAD (your
# checkout is never touched), runs the one test that should catch it, prints "caught" or "survived", and
# removes the scratch copy. A break "survives" when its test passes with the break in place.
#
#   scripts/show-breaks.sh                 every break
#   scripts/show-breaks.sh NAME [NAME…]    some (NAME = the patch's file name without .patch)
#
# Needs what the tests need (PostgreSQL at 127.0.0.1:5432, Redis at 127.0.0.1:6379, `npm install` done).
# Takes a few minutes: the tests run one at a time. Exit status 1 if any break survived.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# name | the one test that must fail with it (run from the scratch copy's root)
manifest=(
  "plaintext-in-bytea|npx vitest run lib/self-check/no-identifying-data.test.ts"
  "missing-dummy-decryption|npx vitest run lib/self-check/indistinguishable.test.ts -t 'same work'"
  "wrong-recipient|npx vitest run workers/pipeline.test.ts -t 'sends a batch once'"
  "job-payload-personal-data|npx vitest run workers/pipeline.test.ts -t 'sends a batch once'"
  "import-job-id-ignored|npx vitest run workers/enqueue.test.ts"
  "wrong-policy-row|npx vitest run app/admin/_lib/permission-tables.test.ts"
  "audit-tail-unchecked|npx vitest run db/queries/audit.test.ts"
  "pacer-75-percent|npx vitest run workers/pacer.test.ts"
  "import-row-leak|npx vitest run lib/records/import-memory.test.ts"
  "email-low-contrast|npx vitest run emails/accessibility.test.ts"
  "claim-notice-twice|npx vitest run workers/claim-notices.test.ts -t 'once each'"
  "claim-notice-other-claim|npx vitest run lib/claims/notify.test.ts -t 'another person'"
)

wanted=("$@")
results=()
survived=0
for entry in "${manifest[@]}"; do
  name=${entry%%|*}
  cmd=${entry#*|}
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " == *" $name "* ]]; then continue; fi
  patch="$root/scripts/breaks/$name.patch"
  [ -f "$patch" ] || { echo "missing $patch" >&2; exit 2; }
  scratch=$(mktemp -d /tmp/dc-break-XXXXXX)
  git worktree add --quiet --detach "$scratch/tree" HEAD
  ln -s "$root/node_modules" "$scratch/tree/node_modules"
  log="$scratch/test.log"
  if ! git -C "$scratch/tree" apply "$patch"; then
    verdict="patch does not apply"
    survived=1
  elif (cd "$scratch/tree" && eval "$cmd") >"$log" 2>&1; then
    verdict="survived"
    survived=1
  else
    verdict="caught"
  fi
  echo "$name: $verdict   ($cmd)"
  [ "$verdict" = caught ] && grep -m1 -E "AssertionError|Error:" "$log" | sed 's/\x1b\[[0-9;]*m//g; s/^/    /' | cut -c1-200
  results+=("| $name | \`$cmd\` | $verdict |")
  git worktree remove --force "$scratch/tree"
  rm -rf "$scratch"
done

echo
echo "| break | test | result |"
echo "|---|---|---|"
printf '%s\n' "${results[@]}"
exit $survived
