#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs and starts what the tests need (Debian's
# Chromium for the browser test, PostgreSQL for the store tests), then `dotnet test`, and ends with
# the line "N passed, N failed" (the skipped count on the line before). Exit 0 only when the build and every test pass.
# Needs root, or sudo, to install packages and start PostgreSQL; safe to run again.
# TICKMARK_TEST_PG already set: that server is used and none is started.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() {
  echo "test.sh: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo -E "$@"
  else echo "test.sh: '$*' needs root; run as root or with sudo installed" >&2; return 1
  fi
}

command -v dotnet >/dev/null || fail "dotnet not found on PATH; install the .NET 10 SDK"
shared=${TICKMARK_SHARED:-../shared}
[ -d "$shared/seeds" ] || fail "$(cd .. && pwd)/shared is missing (the seeds, ground truth and corpus the tests read); put the project's shared folder beside this repository, or set TICKMARK_SHARED to it"

# The browser test drives Debian's Chromium (/usr/bin/chromium).
if [ ! -x /usr/bin/chromium ]; then
  { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; } >&2 \
    || echo "test.sh: could not install chromium; the browser test will fail" >&2
fi

# The store tests run on PostgreSQL too: without a server they would be skipped, so the run fails
# (after the other tests have run, so their results still show).
pg_failed=0
if [ -z "${TICKMARK_TEST_PG:-}" ]; then
  if pg=$(as_root .ci/start-postgres) && [ -n "$pg" ]; then
    export TICKMARK_TEST_PG="$pg"
  else
    pg_failed=1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test tests/Tickmark.Tests -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints "Failed: N, Passed: N, Skipped: N" per test assembly; a build error prints none.
passed=0; failed=0; skipped=0
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(sed -nE 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+),.*/\1 \2 \3/p' "$log")

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a build failure or a crashed run counts as failed
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then failed=1; status=1; echo "test.sh: no test ran" >&2; fi
if [ "$pg_failed" -ne 0 ]; then
  echo "test.sh: PostgreSQL could not be installed or started (.ci/start-postgres); its tests were skipped, so the run fails" >&2
  failed=$((failed + 1)); status=1
fi
echo "$skipped skipped"
echo "$passed passed, $failed failed"
exit "$status"
