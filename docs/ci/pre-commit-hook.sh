#!/usr/bin/env bash
# A git pre-commit hook: audits the staged text files and refuses the commit when one of them
# has an error finding or scores under 80. Install: cp docs/ci/pre-commit-hook.sh .git/hooks/pre-commit
# (set NOISEGATE to the noisegate launcher or jar command if it is not on PATH).
set -euo pipefail
noisegate="${NOISEGATE:-noisegate}"
mapfile -d '' files < <(git diff --cached --name-only --diff-filter=ACM -z -- '*.txt' '*.md')
[ "${#files[@]}" -eq 0 ] && exit 0
baseline=()
[ -f .noisegate-baseline.json ] && baseline=(--baseline .noisegate-baseline.json)
exec $noisegate audit --quiet --fail-under 80 --fail-on error "${baseline[@]}" "${files[@]}"
