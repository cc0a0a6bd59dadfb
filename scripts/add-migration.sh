#!/usr/bin/env bash
# Adds a migration to BOTH providers of one module, so the SQLite and PostgreSQL sets never drift apart.
#   scripts/add-migration.sh <Module> <MigrationName>     e.g. scripts/add-migration.sh Live AddRecordings
# Modules: Settings Auth Live Analysis Reports Progress Coaching
set -euo pipefail
cd "$(dirname "$0")/.."
module="${1:?module name}"; name="${2:?migration name}"
case "$module" in
  Settings) folder="Shared/Settings/Data/Migrations" ;;
  *)        folder="$module/Data/Migrations" ;;
esac
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project InterviewInsight.Modules --startup-project InterviewInsight.Web \
    --context "${provider}${module}DbContext" \
    --output-dir "$folder/$provider"
done
