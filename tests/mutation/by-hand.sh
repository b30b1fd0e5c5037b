#!/usr/bin/env bash
# Checks mutants by hand, one at a time, where Stryker's verdict is in doubt (a survivor in code that runs once per
# process, a timeout that may be a slow survivor, a survivor a new test should kill):
#
#   tests/mutation/by-hand.sh REPORT.json TESTS FILTER FILE.cs:LINE[:COLUMN][#N]...
#
# REPORT.json is a Stryker report (artifacts/mutation/NAME/reports/mutation-report.json), TESTS the test project
# (e.g. tests/GovInfoDisclosure.Core.Tests), FILTER a `dotnet test --filter` expression that selects the tests worth
# running (e.g. 'FullyQualifiedName~Narratives'), and each mutant a place as `score.cs --survivors` prints it (#N when
# several undecided mutants start there; the script lists them). Run it in a checkout of the commit the report
# measured (a worktree of its own: the source is changed while a mutant is tested), with any new tests copied in.
# For each mutant: the mutant written into the source (score.cs --apply), the tests built and run, the source put
# back, and one line printed: KILLED (a test failed), SURVIVED (all passed), COMPILE (the mutant does not build) or
# HANG (the tests ran longer than BY_HAND_TIMEOUT seconds, 600 by default).
set -uo pipefail
[ $# -ge 4 ] || { awk 'NR > 1 && /^#$/ && ++bare == 2 { exit } NR > 1' "$0" >&2; exit 64; }
root=$(cd "$(dirname "$0")/../.." && pwd)
report=$(realpath "$1")
tests=$2
filter=$3
shift 3
cd "$root"
limit=${BY_HAND_TIMEOUT:-600}
log=$(mktemp)
file=
restore() { [ -z "$file" ] || [ ! -f "$file.by-hand" ] || mv -f "$file.by-hand" "$file"; }
trap 'restore; rm -f "$log"' EXIT
for place in "$@"; do
  file=
  applied=$(dotnet run --file tests/mutation/score.cs -- --apply "$report" "$place" 2>"$log") \
    || { printf '%-9s %s: %s\n' ERROR "$place" "$(cat "$log")"; continue; }
  file=$(head -1 <<<"$applied")
  what=$(tail -n +2 <<<"$applied")
  if ! dotnet build "$tests" -v q -nologo >"$log" 2>&1; then
    verdict=COMPILE
  else
    timeout "$limit" dotnet test "$tests" --no-build --filter "$filter" -nologo >"$log" 2>&1
    case $? in
      0) verdict=SURVIVED ;;
      124) verdict=HANG ;;
      *) if grep -qE "^ *Failed [A-Za-z]" "$log"; then verdict=KILLED; else verdict=ERROR; fi ;;
    esac
  fi
  restore
  printf '%-9s %s\n' "$verdict" "$what"
  [ "$verdict" != ERROR ] || tail -20 "$log"
done
