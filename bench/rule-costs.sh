#!/usr/bin/env bash
# What each rule costs, on a JSONL corpus made like bench.sh's (SIZE_MB, default 5): per rule, the
# time over all documents and its throughput (shared views charged to the first rule that asks).
# Usage: bench/rule-costs.sh [SIZE_MB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mb="${1:-5}"
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
java -cp target/noisegate.jar org.noisegate.internal.RuleCosts "$work/corpus.jsonl" 100000
