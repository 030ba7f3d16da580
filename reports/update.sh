#!/usr/bin/env bash
# Regenerates the reports of the seeds in reports/ (ReportsUpToDateTest fails when they are stale).
set -euo pipefail
cd "$(dirname "$0")/.."
./noisegate audit seeds/ \
  --format text:reports/seeds.txt \
  --format html:reports/seeds.html \
  --format json:reports/seeds.json \
  --format markdown:reports/seeds.md \
  --format sarif:reports/seeds.sarif \
  --format junit:reports/seeds.junit.xml \
  --format jsonl:reports/seeds.jsonl
