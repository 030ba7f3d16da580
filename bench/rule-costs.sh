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
python3 bench/corpus.py "$work/corpus.jsonl" "$size_mb"
java -cp target/noisegate.jar org.noisegate.internal.RuleCosts "$work/corpus.jsonl" 100000
