#!/usr/bin/env python3
"""The benchmark corpus: JSONL of SIZE_MB megabytes from the seeds and the FLORES sample, one
document per 20 lines (44 languages), repeated until the size is reached.

Usage: bench/corpus.py OUT.jsonl SIZE_MB   (run from the repository root)
"""
import glob, json, sys

out, size = sys.argv[1], int(float(sys.argv[2]) * 1000 * 1000)
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
