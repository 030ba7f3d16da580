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
python3 - "$work/corpus.jsonl" "$size_mb" <<'PY'
import glob, json, sys
out, size = sys.argv[1], int(sys.argv[2]) * 1000 * 1000
sources = sorted(glob.glob("seeds/*.txt")) + sorted(glob.glob("src/test/resources/flores200-sample/*.txt"))
docs = []
for s in sources:
    lines = open(s, encoding="utf-8").read().split("\n")
    for i in range(0, len(lines), 20):
        docs.append("\n".join(lines[i:i + 20]))
total, n = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while total < size:
        line = json.dumps({"id": n, "text": docs[n % len(docs)]}, ensure_ascii=False) + "\n"
        f.write(line)
        total += len(line.encode("utf-8"))
        n += 1
PY
echo "machine: $(uname -m), $(nproc) cores, $(java -version 2>&1 | head -1)"
java -cp target/noisegate.jar org.noisegate.internal.Benchmark "$work/corpus.jsonl"
/usr/bin/time -v -o "$work/time" java -Xmx512m -jar target/noisegate.jar gate --keep "$work/keep.jsonl" \
  --reject "$work/reject.jsonl" "$work/corpus.jsonl" 2> "$work/gate.err" || true
grep "noisegate gate" "$work/gate.err" || cat "$work/gate.err"
echo "gate with -Xmx512m: peak RSS $(grep 'Maximum resident set size' "$work/time" | awk '{print $NF}') kB"
