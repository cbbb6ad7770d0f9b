#!/usr/bin/env bash
# Sets up everything the tests need (PostgreSQL from Debian, Chromium for browser tests, fonts), starts a
# throwaway PostgreSQL on a loopback port, runs every test project, and ends with "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh
require_dotnet
apt_ensure postgresql chromium chromium-driver poppler-utils fonts-dejavu-core fonts-liberation
pg_start
trap pg_stop EXIT
export BACKOFFICE_TEST_POSTGRES="$PG_CONN"
export BACKOFFICE_CHROMIUM=/usr/bin/chromium
[ -d ../shared/benchmarks ] || echo "NOTE: ../shared/benchmarks is absent: the reference-set checks will be reported as skipped with that reason."

dotnet tool restore >/dev/null
restore_with_retry BackOffice.sln
set +e
dotnet build BackOffice.sln --no-restore -v quiet -nologo 2>&1 | grep -v 'warning NU1603'
brc=${PIPESTATUS[0]}
set -e
[ "$brc" = 0 ] || { echo "0 passed, 1 failed, 0 skipped (the build failed)"; exit "$brc"; }

rm -rf TestResults
set +e
# Benchmark-category tests measure speed and print figures (docs/benchmarks.md); they are run on purpose, never counted here.
dotnet test BackOffice.sln --no-build --logger trx --results-directory TestResults --blame-hang-timeout 15m --filter "Category!=Benchmark" "$@" 2>&1 | grep -v 'warning NU1603'
rc=${PIPESTATUS[0]}
set -e

# CI reads this closing line, not dotnet test's own summary.
passed=0; failed=0; total=0; executed=0
for trx in TestResults/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx")
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed))); failed=$((failed + $(get failed)))
  total=$((total + $(get total))); executed=$((executed + $(get executed)))
done
if [ "$executed" = 0 ]; then echo "No test ran." >&2; rc=1; fi
echo "$passed passed, $failed failed, $((total - executed)) skipped"
exit $rc
