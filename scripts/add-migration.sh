#!/usr/bin/env bash
# Adds a migration to both migration sets, SQLite's and PostgreSQL's, from the one model (CallCoachDbContext):
#   scripts/add-migration.sh AddMeetingDownloads   after a change to the model: one migration of that name per provider
#   scripts/add-migration.sh --reset Initial       deletes every migration and generates Initial afresh from the model
#                                                  (only before a release has shipped migrations: stores that applied
#                                                  the old ones would not know the new ids)
# The sets live in src/Core/Storage/Migrations/{Sqlite,Postgres}; see docs/decisions/022-postgresql-and-migrations.md.
set -euo pipefail
cd "$(dirname "$0")/.."

reset=false
if [[ "${1:-}" == "--reset" ]]; then reset=true; shift; fi
name="${1:-}"
if [[ ! "$name" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "usage: scripts/add-migration.sh [--reset] <Name>   (PascalCase, e.g. AddBlobCursor)" >&2
  exit 2
fi

project=src/Core/CallCoach.Core.csproj
sets=src/Core/Storage/Migrations
snapshot=CallCoachDbContextModelSnapshot.cs

if $reset; then
  rm -f "$sets"/Sqlite/*.cs "$sets"/Postgres/*.cs
fi

dotnet tool restore >/dev/null
# One build for both; `dotnet ef` then reads that assembly (the model, and each set's current snapshot).
dotnet build "$project" -c Debug --nologo -v quiet

for provider in Sqlite Postgres; do
  other=$([[ $provider == Sqlite ]] && echo Postgres || echo Sqlite)
  # dotnet ef writes the snapshot over the first file of its name it finds in the project, whichever set that
  # is; the other set's snapshot is put aside meanwhile so each set keeps its own.
  held=""
  if [[ -f "$sets/$other/$snapshot" ]]; then
    held="$sets/$other/$snapshot"
    mv "$held" "$held.held"
    trap 'mv "$held.held" "$held"' EXIT
  fi
  echo "$provider:"
  dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
    --output-dir "Storage/Migrations/$provider" -- --provider "${provider,,}"
  if [[ -n "$held" ]]; then
    mv "$held.held" "$held"
    trap - EXIT
  fi
done

echo "Added $name to both sets. Check it with: dotnet test tests/Core.Tests --filter FullyQualifiedName~MigrationSetsTests"
