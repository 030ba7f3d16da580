#!/usr/bin/env bash
# The cost of Spark on one machine: the same JSONL corpus of SIZE_MB megabytes (default 30; the
# documents of bench.sh) through `noisegate gate --threads 1` and `--threads 2`, and through the
# Spark gate job (integrations/spark/run-local.sh) in local[1] and local[2], whole commands
# (JVM and Spark start included). Prints documents/s for each.
# Usage: bench/spark.sh [SIZE_MB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mb="${1:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
mvn -B -q -DskipTests -pl integrations/spark -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
python3 bench/corpus.py "$work/corpus.jsonl" "$size_mb"
docs=$(wc -l < "$work/corpus.jsonl")
echo "machine: $(uname -m), $(nproc) cores, $(java -version 2>&1 | head -1); corpus: $docs documents, ${size_mb} MB"
run() {
  local label="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > "$work/log" 2>&1 || { cat "$work/log"; exit 1; }
  t1=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'| {sys.argv[3]} | {s:.1f} s | {int(sys.argv[4])/s:.0f} |')" "$t0" "$t1" "$label" "$docs"
}
echo "| run | wall time | documents/s |"
echo "|---|---|---|"
for t in 1 2; do
  run "gate --threads $t" java -jar target/noisegate.jar gate "$work/corpus.jsonl" --threads "$t" \
      --keep "$work/k$t.jsonl" --reject "$work/r$t.jsonl"
done
for t in 1 2; do
  rm -rf "$work/out$t"
  NOISEGATE_MASTER="local[$t]" run "Spark job, local[$t], Parquet out" integrations/spark/run-local.sh \
      "$work/corpus.jsonl" "$work/out$t"
done
