#!/usr/bin/env python3
"""Where the CPU time of one benchmark goes, from the speedscope file of BenchmarkDotNet's EventPipe profiler.

usage: dotnet run -c Release --project benchmarks/GovInfoDisclosure.Core.Benchmarks -- \
           --filter '*DiagnosisBenchmarks.NarrativeExtraction' --job short --profiler EP
       python3 benchmarks/speedscope-top.py BenchmarkDotNet.Artifacts/<...>.speedscope.json 'DiagnosisBenchmarks.NarrativeExtraction()'

Counts only CPU_TIME samples whose stack contains the given frame; "self" is the deepest managed frame (inlined
callees count in their caller), "inclusive" every managed frame on the stack.
"""
import collections
import json
import sys

data = json.load(open(sys.argv[1], encoding="utf-8"))
key = sys.argv[2]
frames = [f["name"] for f in data["shared"]["frames"]]
self_time, inclusive, total = collections.Counter(), collections.Counter(), 0.0
for profile in data["profiles"]:
    stack, last = [], None
    for event in profile["events"]:
        at = event["at"]
        if last is not None and stack:
            names = [frames[i] for i in stack]
            if names[-1] == "CPU_TIME" and any(key in n for n in names):
                dt = at - last
                total += dt
                managed = [n for n in names if "!" in n]
                self_time[managed[-1]] += dt
                for n in set(managed):
                    inclusive[n] += dt
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
        else:
            while stack and stack.pop() != event["frame"]:
                pass

print(f"CPU time under {key}: {total:.1f} ms")
for title, counter in (("self", self_time), ("inclusive", inclusive)):
    print(f"--- {title}")
    for name, t in counter.most_common(20):
        print(f"{100 * t / total:5.1f}% {name.split('(')[0]}")
