#!/usr/bin/env bash
# Benchmark: builds a JSONL corpus of SIZE_MB megabytes (default 200) from the seeds and the
# FLORES sample (one document per 20 lines, 44 languages), then, in one JVM, times a plain UTF-8
# decode of it (the physical reference) and the audit with the full default rule set on 1 thread
# and on every core; then runs `noisegate gate` over it with -Xmx512m and reports its peak RSS.
# Usage: bench/bench.sh [SIZE_MB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mb="${1:-200}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
[ -f target/noisegate.jar ] || mvn -B -q -DskipTests -pl core package
python3 bench/corpus.py "$work/corpus.jsonl" "$size_mb"
echo "machine: $(uname -m), $(nproc) cores, $(java -version 2>&1 | head -1)"
java -cp target/noisegate.jar org.noisegate.internal.Benchmark "$work/corpus.jsonl"
/usr/bin/time -v -o "$work/time" java -Xmx512m -jar target/noisegate.jar gate --keep "$work/keep.jsonl" \
  --reject "$work/reject.jsonl" "$work/corpus.jsonl" 2> "$work/gate.err" || true
grep "noisegate gate" "$work/gate.err" || cat "$work/gate.err"
echo "gate with -Xmx512m: peak RSS $(grep 'Maximum resident set size' "$work/time" | awk '{print $NF}') kB"
