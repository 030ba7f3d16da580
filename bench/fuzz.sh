#!/usr/bin/env bash
# Coverage-guided fuzzing of one Jazzer target for a while (the targets replay only their seed
# corpus in `mvn verify`). Usage: bench/fuzz.sh CLASS#METHOD [MINUTES]
#   bench/fuzz.sh RuleEngineFuzzTest#audit 60
# Targets: DecoderFuzzTest#decode JsonlReaderFuzzTest#read HtmlExtractorFuzzTest#extract RuleEngineFuzzTest#audit
# The corpus Jazzer grows stays in .cifuzz-corpus/; a crash is written beside the seeds
# (src/test/resources/org/noisegate/fuzz/<Class>Inputs/<method>/crash-*), where `mvn verify` then
# replays it: fix the defect, keep the file.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: bench/fuzz.sh CLASS#METHOD [MINUTES]}
minutes=${2:-30}
start=$(date +%s)
# the annotation allows 30 minutes; stop after MINUTES (a run cut short keeps its corpus)
JAZZER_FUZZ=1 timeout --signal=INT "$((minutes * 60 + 60))" nice -n 10 \
  mvn -B -q -pl core test -Dtest="org.noisegate.fuzz.$target" -Dnoisegate.skipTurkish=true -Dsurefire.failIfNoSpecifiedTests=false \
  || status=$?
echo "fuzzed $target for $(( ($(date +%s) - start) / 60 )) minutes, exit ${status:-0}"
exit "${status:-0}"
