#!/usr/bin/env bash
# One command for a newcomer: installs what is missing, builds, installs models, and runs the app on a free local port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
dotnet publish InterviewInsight.Web -c Release -o artifacts/app -v quiet -nologo
from=()
if [[ -d ../shared/models ]]; then from=(--from ../shared/models); fi
scripts/install-models.sh "${from[@]}" || echo "Some required models are missing: analysis will say so. See the lines above."
port="${PORT:-$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])' 2>/dev/null || echo 5000)}"
echo "InterviewInsight: open http://127.0.0.1:${port} (data in ./data; stop with Ctrl+C)"
exec dotnet artifacts/app/InterviewInsight.Web.dll --urls "http://127.0.0.1:${port}" --Data:Path="$PWD/data" --Models:Path="$PWD/data/models"
