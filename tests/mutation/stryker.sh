#!/usr/bin/env bash
# Mutation testing with Stryker.NET 5.1.0 (issue 13):
#
#   tests/mutation/stryker.sh FOLDER...               folders of src/GovInfoDisclosure.Core: Validation, Json,
#                                                     Narratives, Series, Consolidation, Documents, Format, Building,
#                                                     Model, Comparison, Schema (several in one run share its set-up);
#                                                     or files of one, e.g. 'Documents/LayoutRecognition*.cs', or
#                                                     character spans of a file ('Narratives/X.cs{0..18207}')
#   tests/mutation/stryker.sh --documents [FOLDER...] src/GovInfoDisclosure.Documents (the HTML and Word readers and
#                                                     writers; all of it when no folder is named: Html, Word, or . for
#                                                     the files at its top)
#   tests/mutation/stryker.sh --again REPORT.json...  tests again only the mutants the last report left undecided
#                                                     (timeout, survived, no coverage), e.g. after new tests or a longer
#                                                     timeout, and the lines changed since (score.cs --again), and prints
#                                                     the score of all the reports merged: give an again-run's report
#                                                     after those of the runs it tested again
#   tests/mutation/stryker.sh --both ...              the core's folders (or --again) against the Documents package's
#                                                     tests too, its browser tests left out: for core code that the HTML
#                                                     and Word readers' tests exercise (Documents/LayoutRecognition*.cs)
#
# Installs dotnet-stryker into artifacts/mutation/tools, mutates the folders' files and runs the project's test project
# (with --both, the Documents package's too) against each mutant (coverage per test), then prints the score per folder
# (tests/mutation/score.cs). Reports (html, json, markdown) go to artifacts/mutation/NAME, NAME the folders joined by
# '+' (the last report's NAME and .again for --again; .both added for --both). Too slow for CI: every run first builds
# and runs the whole test project once per coverage (15-20 minutes on this 2-core machine), then the mutants.
# STRYKER_CONCURRENCY overrides the config's concurrency (2), e.g. 1 when the machine is shared.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
project=GovInfoDisclosure.Core
tests=GovInfoDisclosure.Core.Tests
usage() { awk 'NR > 1 && /^#$/ && ++bare == 2 { exit } NR > 1' "$0" >&2; exit 64; }
both=
documents=
while [ $# -gt 0 ]; do
  case "$1" in
    --both) both=1 ;;
    --documents) documents=1 ;;
    *) break ;;
  esac
  shift
done
if [ -n "$documents" ]; then
  project=GovInfoDisclosure.Documents
  tests=GovInfoDisclosure.Documents.Tests
  [ $# -gt 0 ] || set -- '**'
fi
# Without arguments: the usage above (the comment from its second line up to its second line that is '#' alone).
[ $# -gt 0 ] || usage
mutate=()
name=
short=
earlier=()
if [ "$1" = "--again" ]; then
  shift
  [ $# -gt 0 ] && [ -z "$documents" ] || usage
  for report in "$@"; do
    [[ "$report" != --* ]] || usage
    earlier+=("$(realpath "$report")")
  done
  # The project, then a --mutate pattern a line: the spans of the last report's undecided mutants in each file.
  plan=$(cd "$root" && dotnet run --file tests/mutation/score.cs -- --again "${earlier[-1]}")
  project=$(head -1 <<<"$plan")
  tests=$project.Tests
  while IFS= read -r pattern; do mutate+=(--mutate "$pattern"); done < <(tail -n +2 <<<"$plan")
  name=$(basename "$(dirname "$(dirname "${earlier[-1]}")")").again
  set --
fi
for folder in "$@"; do
  if [ "$folder" = '**' ]; then
    mutate+=(--mutate "**/*.cs")
    label=${project#GovInfoDisclosure.}
  elif [[ "$folder" == *.cs || "$folder" =~ \.cs(\{[0-9]+\.\.[0-9]+\})+$ ]]; then
    # Files, by a path (with wildcards) under the project's folder; a file may be followed by character spans, e.g.
    # 'Narratives/NarrativeClaimExtractor.cs{0..18207}', to mutate only what lies inside them (a large file in parts).
    file=${folder%%\{*}
    compgen -G "$root/src/$project/$file" >/dev/null || { echo "no file src/$project/$file" >&2; exit 64; }
    mutate+=(--mutate "**/$folder")
    label=$(basename "$file" .cs)
    label=${label//\*/}
    spans=${folder#"$file"}
    spans=${spans//../-}
    spans=${spans//\{/.}
    label=$label${spans//\}/}
  elif [ ! -d "$root/src/$project/$folder" ]; then
    echo "no folder src/$project/$folder" >&2; exit 64
  elif [ "$folder" = . ]; then
    mutate+=(--mutate "*.cs")
    label=top
  else
    mutate+=(--mutate "**/$folder/**/*.cs")
    label=$folder
  fi
  name=${name:+$name+}$label
  base=${label%%.[0-9]*}
  [[ "+$short+" == *"+$base+"* ]] || short=${short:+$short+}$base
done
# Many spans or files make a name longer than a file's name may be: the files' names (each once), the spans' count and
# a checksum of the arguments (two runs over other spans of the same files keep their reports apart).
if [ ${#name} -gt 200 ]; then
  sum=$(printf '%s\n' "$@" | cksum | cut -d' ' -f1)
  name="${short:0:150}.spans$(printf '%s' "$*" | tr -cd '{' | wc -c).$sum"
fi
if [ ${#earlier[@]} -eq 0 ] && [ "$project" = GovInfoDisclosure.Documents ] && [ "$name" != Documents ]; then name=Documents.$name; fi
testProjects=("../../tests/$tests/$tests.csproj")
filter=()
if [ -n "$both" ]; then
  [ "$project" = GovInfoDisclosure.Core ] || { echo "--both is for the core's folders" >&2; exit 64; }
  testProjects+=("../../tests/GovInfoDisclosure.Documents.Tests/GovInfoDisclosure.Documents.Tests.csproj")
  filter=(--test-case-filter 'FullyQualifiedName!~.Tests.Browser.')
  name=$name.both
fi
tools=$root/artifacts/mutation/tools
out=$root/artifacts/mutation/$name
[ -x "$tools/dotnet-stryker" ] || dotnet tool install dotnet-stryker --version 5.1.0 --tool-path "$tools" >/dev/null
mkdir -p "$out"
cd "$root/src/$project"
extra=()
[ -n "${STRYKER_CONCURRENCY:-}" ] && extra+=(--concurrency "$STRYKER_CONCURRENCY")
# The configuration names the core project and its tests; the run's copy names the run's project and test projects (and
# the command line names the same), so that nothing depends on which of the two wins.
config=$out/stryker-config.json
quoted=$(printf '"%s", ' "${testProjects[@]}")
testArgs=()
for testProject in "${testProjects[@]}"; do testArgs+=(--test-project "$testProject"); done
sed -e "s#\"test-projects\": \[.*\]#\"test-projects\": [ ${quoted%, } ]#" \
  -e "s/GovInfoDisclosure\.Core\.csproj/$project.csproj/" "$root/tests/mutation/stryker-config.json" > "$config"
for testProject in "${testProjects[@]}"; do
  grep -qF "\"$testProject\"" "$config" || { echo "$config does not name $testProject: is test-projects still on one line?" >&2; exit 1; }
done
"$tools/dotnet-stryker" --config-file "$config" \
  --project "$project.csproj" "${testArgs[@]}" "${filter[@]}" \
  "${mutate[@]}" "${extra[@]}" --output "$out" 2>&1 | tee "$out/stryker.log" | grep -E "Mutation score|mutants|Killed|Survived|Timeout|No coverage" || true
grep -E "The final mutation score is" "$out/stryker.log" || { tail -20 "$out/stryker.log"; exit 1; }
cd "$root"
if [ ${#earlier[@]} -gt 0 ]; then
  dotnet run --file tests/mutation/score.cs -- --merge "${earlier[@]}" "$out/reports/mutation-report.json"
else
  dotnet run --file tests/mutation/score.cs -- "$out/reports/mutation-report.json"
fi
