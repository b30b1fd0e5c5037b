#!/usr/bin/env bash
# Coverage-guided fuzzing of one reader with SharpFuzz and AFL++ (issue 13).
#
#   tests/fuzz/fuzz.sh TARGET MINUTES      TARGET: json, text (read as a .txt), markdown (the same reader on a .md:
#                                          Markdown's escapes, references, pipe rows, front matter, hard breaks), html,
#                                          docx or docx-xml (the main part's XML alone, packed into a valid package by
#                                          the harness: the Word reader's walk)
#
# Installs what it needs (Debian's afl++, the SharpFuzz.CommandLine tool into artifacts/fuzz/tools), publishes the
# harness, instruments the library's assemblies, seeds the corpus from the repository's own documents, runs afl-fuzz for
# MINUTES, and prints executions, paths found, crashes and hangs, and what the last 10 and 30 minutes added (paths and
# edges: a plateau is when they add nothing). Work lives in artifacts/fuzz/TARGET (kept between runs:
# a second run resumes from the corpus found so far). A crash or hang is in artifacts/fuzz/TARGET/findings/default/
# crashes|hangs: reproduce it with `dotnet artifacts/fuzz/TARGET/bin/GovInfoDisclosure.Fuzz.dll TARGET < FILE`, then
# write a regression test before fixing it.
set -euo pipefail
usage="usage: tests/fuzz/fuzz.sh json|text|markdown|html|docx|docx-xml MINUTES"
target=${1:?$usage}
minutes=${2:?$usage}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$root/artifacts/fuzz/$target
tools=$root/artifacts/fuzz/tools
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null; then
  echo "::: installing afl++ (Debian)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
if [ ! -x "$tools/sharpfuzz" ]; then
  echo "::: installing SharpFuzz.CommandLine 2.3.0"
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

echo "::: publishing and instrumenting the harness"
rm -rf "$work/bin"
dotnet publish "$root/tests/GovInfoDisclosure.Fuzz" -c Release -o "$work/bin" >/dev/null
case "$target" in
  json|text|markdown) libraries=(GovInfoDisclosure.Core.dll) ;;
  # The parsers the readers stand on (AngleSharp, the Open XML SDK) are driven but not instrumented: the paths counted
  # are the repository's own, so a run can reach a plateau (with AngleSharp instrumented, the HTML parser's own
  # states kept the count growing for hours).
  html|docx|docx-xml) libraries=(GovInfoDisclosure.Core.dll GovInfoDisclosure.Documents.dll) ;;
  *) echo "$usage" >&2; exit 64 ;;
esac

mkdir -p "$work/seeds"
if [ ! -d "$work/findings/default/queue" ]; then
  case "$target" in
    json) cp "$root"/samples/*.json "$work/seeds/"
          # A few small documents that reach the reader's refusals at once.
          printf '{}' > "$work/seeds/empty-object.json"
          printf '{"edition":"2021","year":2022,"agency":{"name":"x"}}' > "$work/seeds/no-tables.json" ;;
    *) # The real published texts and page, and each sample as the writers lay it out.
       dotnet "$work/bin/GovInfoDisclosure.Fuzz.dll" seeds "$work/written" "$root"/samples/*.json \
         "$root"/tests/GovInfoDisclosure.Documents.Tests/Fixtures/*.docx
       case "$target" in
         text|markdown) cp "$root"/tests/GovInfoDisclosure.Core.Tests/Fixtures/reports/*.txt "$work/written"/*.md "$work/seeds/" ;;
         html) cp "$root"/tests/GovInfoDisclosure.Documents.Tests/Fixtures/*.html "$work/written"/*.html "$work/seeds/" ;;
         docx) cp "$work/written"/*.docx "$root"/tests/GovInfoDisclosure.Documents.Tests/Fixtures/*.docx "$work/seeds/" ;;
         docx-xml) cp "$work/written"/*.document.xml "$work/seeds/" ;;
       esac ;;
  esac
  input=(-i "$work/seeds")
else
  input=(-i -)   # resume
fi

# Instrumented last: the seeds are written by the harness, whose instrumented code runs only under afl-fuzz.
for dll in "${libraries[@]}"; do "$tools/sharpfuzz" "$work/bin/$dll"; done

echo "::: afl-fuzz for $minutes minute(s)"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
afl-fuzz "${input[@]}" -o "$work/findings" -t 10000 -m none -V $((minutes * 60)) \
  -- dotnet "$work/bin/GovInfoDisclosure.Fuzz.dll" "$target" > "$work/afl.log" 2>&1 || { tail -30 "$work/afl.log"; exit 1; }

stats=$work/findings/default/fuzzer_stats
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "target $target: $(value execs_done) executions in $(value run_time) s, $(value corpus_count) paths ($(value corpus_found) found), $(value saved_crashes) crashes, $(value saved_hangs) hangs, bitmap $(value bitmap_cvg)"
# Whether the run has reached a plateau: what the last 10 and 30 minutes added (AFL's plot, one line every few seconds).
awk -F', *' '!/^#/ { t[++n] = $1; paths[n] = $4; edges[n] = $13 }
  END {
    if (n == 0) exit
    for (w = 600; w <= 1800; w += 1200) {
      i = n; while (i > 1 && t[i] > t[n] - w) i--
      printf "last %d min: +%d paths, +%d edges (%d -> %d edges)%s", w / 60, paths[n] - paths[i], edges[n] - edges[i], edges[i], edges[n], (w == 600 ? "; " : "\n")
    }
  }' "$work/findings/default/plot_data"
