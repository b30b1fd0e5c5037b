#!/usr/bin/env bash
# Checks mutants by hand, one at a time, where Stryker's verdict is in doubt (a survivor in code that runs once per
# process, a timeout that may be a slow survivor, a survivor a new test should kill):
#
#   tests/mutation/by-hand.sh REPORT.json TESTS FILTER FILE.cs:LINE[:COLUMN][#N]...
#
# REPORT.json is a Stryker report (artifacts/mutation/NAME/reports/mutation-report.json), TESTS the test project
# (e.g. tests/GovInfoDisclosure.Core.Tests), FILTER a `dotnet test --filter` expression that selects the tests worth
# running (e.g. 'FullyQualifiedName~Narratives'), and each mutant a place as `score.cs --survivors` prints it (or a
# timeout's, from the report), #N when several mutants start there (the script lists them).
#
# Run it from a checkout of the commit the report measured (a worktree of its own: the source is changed while a
# mutant is tested), with any new tests copied in; the script itself may be another checkout's. It first builds and
# runs the filtered tests on the source as it is, and stops unless they pass. Then, for each mutant: the mutant written
# into the source (score.cs --apply, which refuses a file no longer as the report saw it), the tests built and run, the
# source put back, and one line printed: KILLED (a test failed), SURVIVED (the filtered tests all passed), COMPILE (the
# mutant does not build), HANG (the tests ran longer than BY_HAND_TIMEOUT seconds, 600 by default) or ERROR (the mutant
# could not be applied, or the tests ended without a summary: the log's end is printed).
set -uo pipefail
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 64; }
[ $# -ge 4 ] || usage
here=$(cd "$(dirname "$0")" && pwd)
root=$(git rev-parse --show-toplevel 2>/dev/null) || { echo "run it from a checkout of the repository" >&2; exit 64; }
report=$(realpath "$1")
tests=$(realpath "$2")
filter=$3
shift 3
cd "$root"
export DOTNET_CLI_UI_LANGUAGE=en DOTNET_NOLOGO=1
stale=$(find src -name '*.by-hand')
[ -z "$stale" ] || { printf 'an earlier run left originals beside their files; put them back first:\n%s\n' "$stale" >&2; exit 65; }
limit=${BY_HAND_TIMEOUT:-600}
log=$(mktemp)
file=
pid=
# Put the original back (its content, so that the file is newer than the mutant's build and the next build sees it).
restore() { if [ -n "$file" ] && [ -f "$file.by-hand" ]; then cat "$file.by-hand" > "$file" && rm -f "$file.by-hand"; fi; }
trap 'restore; rm -f "$log"' EXIT
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null; restore; exit 130' INT TERM

# The filtered tests on the source as it is: the verdict of each mutant is read against these.
run_tests() {
  timeout -k 30 "$limit" dotnet test "$tests" --no-build --filter "$filter" -nologo >"$log" 2>&1 &
  pid=$!
  wait "$pid"
  local rc=$?
  pid=
  return $rc
}
passed() { grep -qE '^Passed! +- Failed: +0, Passed: +[1-9]' "$log"; }
if ! dotnet build "$tests" -v q -nologo >"$log" 2>&1; then
  tail -20 "$log"; echo "the tests do not build on the source as it is" >&2; exit 65
fi
if ! run_tests || ! passed; then
  tail -20 "$log"; echo "the filtered tests do not all pass on the source as it is (or none is selected)" >&2; exit 65
fi

for place in "$@"; do
  file=
  applied=$(dotnet run --file "$here/score.cs" -- --apply "$report" "$place" 2>"$log") \
    || { printf '%-9s %s: %s\n' ERROR "$place" "$(cat "$log")"; continue; }
  file=$(head -1 <<<"$applied")
  what=$(tail -n +2 <<<"$applied")
  [ -f "$file.by-hand" ] || { printf '%-9s %s: score.cs printed no file it changed: %s\n' ERROR "$place" "$applied"; exit 1; }
  if ! dotnet build "$tests" -v q -nologo >"$log" 2>&1; then
    verdict=COMPILE
  else
    run_tests
    case $? in
      124|137) verdict=HANG ;;
      *) if grep -qE '^Failed! +- Failed: +[1-9]' "$log"; then verdict=KILLED; elif passed; then verdict=SURVIVED; else verdict=ERROR; fi ;;
    esac
  fi
  restore
  printf '%-9s %s\n' "$verdict" "$what"
  [ "$verdict" != ERROR ] || tail -20 "$log"
done
