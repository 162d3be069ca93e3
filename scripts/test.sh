#!/usr/bin/env bash
# Sets up and runs every test: unit tests, the real recognizer, the real host over SQLite, and the store and the host
# over PostgreSQL (throwaway clusters the tests start on 127.0.0.1 from Debian's postgresql package).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
dotnet build CallCoach.sln -c Release --nologo -v quiet

log=$(mktemp)
status=0
dotnet test CallCoach.sln -c Release --no-build --nologo 2>&1 | tee "$log" || status=$?

# One plain closing line over all test projects.
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i + 1) + 0
         if ($i == "Passed:") p += $(i + 1) + 0
         if ($i == "Skipped:") s += $(i + 1) + 0
       }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
