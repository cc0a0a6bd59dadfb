#!/usr/bin/env bash
# One command for the whole test suite: installs what tests need (apt packages, models from ../shared/models),
# builds with warnings as errors, publishes the app for the browser tests, runs every test but the registry install
# (see below), prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
export MODELS_FROM="${MODELS_FROM:-$(cd .. && pwd)/shared/models}"
export TESTDATA_DIR="${TESTDATA_DIR:-$(cd .. && pwd)/shared/testdata}"
dotnet tool restore >/dev/null
dotnet build InterviewInsight.sln -c Release -warnaserror -nologo -v quiet
dotnet publish InterviewInsight.Web -c Release -o artifacts/app --no-build -nologo -v quiet
# Models for the published app (E2E) and the in-process tests, from the shared folder.
dotnet artifacts/app/InterviewInsight.Web.dll models install --from "$MODELS_FROM" --Models:Path="$PWD/artifacts/models"
export II_TEST_MODELS_PATH="$PWD/artifacts/models"
export II_TEST_APP_DLL="$PWD/artifacts/app/InterviewInsight.Web.dll"
rm -rf artifacts/test-results
set +e
# Without a --filter of the caller's, the registry install test (network, ~165 MB of npm tarballs) is left to its own
# CI step (.ci/run); `scripts/test.sh --filter Category=RegistryInstall` runs it alone.
filter=(--filter "Category!=RegistryInstall")
for a in "$@"; do [[ "$a" == --filter* ]] && filter=(); done
dotnet test InterviewInsight.sln -c Release --no-build --logger "trx;LogFileName=results.trx" --results-directory artifacts/test-results "${filter[@]}" "$@"
status=$?
set -e
python3 - <<'PY' || true
import glob, re
passed = failed = 0
for f in glob.glob("artifacts/test-results/*.trx"):
    t = open(f, encoding="utf-8").read()
    m = re.search(r'<Counters[^>]*', t)
    if m:
        c = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
        passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0))
print(f"{passed} passed, {failed} failed")
PY
exit $status
