#!/usr/bin/env bash
# Mutation testing of the core library with Stryker.NET 5.1.0 (issue 13), one folder at a time:
#
#   tests/mutation/stryker.sh FOLDER      FOLDER of src/GovInfoDisclosure.Core: Validation, Json, Narratives, Series,
#                                         Consolidation, Documents, Format, Building, Model, Comparison, Schema
#
# Installs dotnet-stryker into artifacts/mutation/tools, mutates the folder's files and runs the core test project
# against each mutant (coverage per test), then prints the score. Reports (html, json, markdown) go to
# artifacts/mutation/FOLDER. Too slow for CI: on this 2-core machine a 200-mutant file took 17 minutes.
set -euo pipefail
folder=${1:?usage: tests/mutation/stryker.sh FOLDER}
root=$(cd "$(dirname "$0")/../.." && pwd)
tools=$root/artifacts/mutation/tools
out=$root/artifacts/mutation/$folder
[ -d "$root/src/GovInfoDisclosure.Core/$folder" ] || { echo "no folder src/GovInfoDisclosure.Core/$folder" >&2; exit 64; }
[ -x "$tools/dotnet-stryker" ] || dotnet tool install dotnet-stryker --version 5.1.0 --tool-path "$tools" >/dev/null
mkdir -p "$out"
cd "$root/src/GovInfoDisclosure.Core"
"$tools/dotnet-stryker" --config-file "$root/tests/mutation/stryker-config.json" \
  --mutate "**/$folder/**/*.cs" --output "$out" 2>&1 | tee "$out/stryker.log" | grep -E "Mutation score|mutants|Killed|Survived|Timeout|No coverage" || true
grep -E "The final mutation score is" "$out/stryker.log" || { tail -20 "$out/stryker.log"; exit 1; }
