#!/usr/bin/env bash
# Throughput benchmark: builds a corpus of SIZE_MB megabytes of files from the seeds and the
# FLORES sample (one document per 20 lines, mixed languages), then times `noisegate audit` over it
# and reports MB/s, documents/s and peak resident memory. Usage: bench/bench.sh [SIZE_MB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mb="${1:-50}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
[ -f target/noisegate.jar ] || mvn -B -q -DskipTests package
python3 - "$work/corpus" "$size_mb" <<'PY'
import os, sys, glob
out, size = sys.argv[1], int(sys.argv[2]) * 1024 * 1024
os.makedirs(out)
sources = sorted(glob.glob("seeds/*.txt")) + sorted(glob.glob("src/test/resources/flores200-sample/*.txt"))
docs = []
for s in sources:
    lines = open(s, encoding="utf-8").read().split("\n")
    for i in range(0, len(lines), 20):
        docs.append("\n".join(lines[i:i + 20]) + "\n")
total, n = 0, 0
while total < size:
    d = docs[n % len(docs)]
    sub = os.path.join(out, "%04d" % (n // 1000))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "%07d.txt" % n), "w", encoding="utf-8") as f:
        f.write(d)
    total += len(d.encode("utf-8"))
    n += 1
print(n, total, file=open(os.path.join(out, "..", "stats"), "w"))
PY
read -r docs bytes < "$work/stats"
/usr/bin/time -v -o "$work/time" java ${NOISEGATE_JAVA_OPTS:-} -jar target/noisegate.jar audit --format json -o "$work/report.json" "$work/corpus" || true
secs=$(grep "Elapsed (wall clock)" "$work/time" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
rss=$(grep "Maximum resident set size" "$work/time" | awk '{print $NF}')
cpu=$(grep "Percent of CPU" "$work/time" | awk '{print $NF}')
python3 - "$docs" "$bytes" "$secs" "$rss" "$cpu" <<'PY'
import sys, os
docs, b, s, rss, cpu = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
print("corpus: %d documents, %.1f MB" % (docs, b / 1e6))
print("audit:  %.1f s, %.2f MB/s, %.0f documents/s, CPU %s, peak RSS %.0f MB" % (s, b / 1e6 / s, docs / s, cpu, rss / 1024))
print("machine: %s, %d cores, Java %s" % (os.uname().machine, os.cpu_count(), os.popen("java -version 2>&1 | head -1").read().strip()))
PY
