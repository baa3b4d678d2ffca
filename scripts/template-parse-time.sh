#!/usr/bin/env bash
# How long `kinerja report` takes to answer a user's long template (issue 20 and 22): a ringkasan.md of N
# `{{x}}` tags in a --templates folder, over the TW3 example, release build. Up to 5 000 tags the template is
# parsed and rendered; past that it is refused at its tag (TemplateStructure) before any parser sees it.
# Prints one line per size: the median wall time of RUNS runs and the exit status.
#   scripts/template-parse-time.sh [KINERJA_BINARY]      (default .build/release/kinerja)
set -euo pipefail
cd "$(dirname "$0")/.."
K=${1:-.build/release/kinerja}
RUNS=${RUNS:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export KINERJA_TEMPLATES="$PWD/Templates"
for tags in 0 1000 2000 4999 80000; do
  mkdir -p "$WORK/t$tags"
  python3 - "$WORK/t$tags/ringkasan.md.mustache" "$tags" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
# The pragma is a tag too: n tags in all.
open(path, "w").write("{{% CONTENT_TYPE: Markdown }}\n" + "{{x}} " * max(n - 1, 0) + "\n")
PY
  times=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$WORK/out"
    start=$(date +%s.%N)
    set +e
    "$K" report examples/disdikbud-pesisir-selatan --templates "$WORK/t$tags" --output "$WORK/out" --quiet >/dev/null 2>"$WORK/err"
    status=$?
    set -e
    times+=("$(echo "$(date +%s.%N) - $start" | bc)")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '%6d tags: %.3f s (exit %d)%s\n' "$tags" "$median" "$status" "$( [ "$status" -ne 0 ] && echo ": $(grep -m1 -o -E '(error|kesalahan): .{0,70}' "$WORK/err")" )"
done
