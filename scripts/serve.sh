#!/usr/bin/env bash
# Sets up and runs CallCoach on its embedded defaults: inbox at ./data/inbox, API at http://localhost:5000.
# On a first start (no call in the store yet) it seeds the demo organisation of models/demo: team "demo", 4 reps,
# a radar and packs within about a minute. scripts/serve.sh --Demo:Seed=false starts without it.
# Extra arguments go to the service, e.g. scripts/serve.sh --urls http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
dotnet build src/CoachingApi -c Release -o artifacts/callcoach --nologo -v quiet
echo "CallCoach: drop recordings (.wav, .mp3) and transcripts (.vtt, .srt) into $(pwd)/data/inbox"
echo "CallCoach: the API and the pages need a key; a first start writes an admin key to $(pwd)/data/admin.key"
exec dotnet artifacts/callcoach/callcoach.dll serve --Demo:Seed=true "$@"
