#!/usr/bin/env bash
# The benchmark of issue 6: process wall time and peak memory of `kinerja report` (release build, the Swift
# runtime linked in, as `make run` builds it) on
# synthetic workspaces (`kinerja sintetis`, seed 1), each case run 3 times, the median kept.
# Writes the results between the markers of BENCHMARKS.md. Run with `make benchmark`.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
${RELEASE_BUILD:-swift build -c release --product kinerja --static-swift-stdlib} >/dev/null
K="$PWD/.build/release/kinerja"
export KINERJA_TEMPLATES="$PWD/Templates"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# set NAME AGENCIES INDICATORS [PERIOD]: a folder of synthetic workspaces.
set_up() { "$K" sintetis "$WORK/$1" --agencies "$2" --indicators "$3" --seed 1 --period "${4:-TW3}" >/dev/null; }

# measure LABEL ARGS...: median wall time (s) and the largest peak RSS (MB) of RUNS runs of `kinerja report ARGS`.
ROWS=""
measure() {
  local label=$1; shift
  measure_command "$label" "$K" report "$@" --quiet
}

# measure_peer LABEL DIR OUT: the same for the Python peer (scripts/python-peer.py: csv + Jinja2 + cmark) on
# the same workspaces, issue 22's last row. Its peak memory is that of the largest of its processes (wait4's
# ru_maxrss covers the reaped workers). Skipped, with a row saying so, when its pip packages are missing.
measure_peer() {
  if ! python3 -c 'import jinja2, cmarkgfm, yaml' 2>/dev/null; then
    ROWS+="| $1 | not measured: pip install jinja2 cmarkgfm pyyaml | |"$'\n'
    echo "$1: skipped (pip install jinja2 cmarkgfm pyyaml)" >&2
    return
  fi
  measure_command "$1" python3 scripts/python-peer.py "$2" --output "$3"
}

# measure_command LABEL COMMAND ARGS...: RUNS runs of the command, its median wall time and largest peak RSS.
measure_command() {
  local label=$1; shift
  local times=() peak=0
  # The files written before (workspaces, earlier cases' outputs) are flushed first: the kernel's
  # writeback would otherwise run during the case and take one of the two cores.
  sync
  for _ in $(seq "${CASE_RUNS:-$RUNS}"); do
    # Wall time and peak memory of the measured process alone (scripts/timed.py: wait4's rusage, as time -v).
    local wall rss
    read -r wall rss < <(scripts/timed.py "$WORK/stderr.txt" "$@")
    times+=("$wall")
    (( rss > peak )) && peak=$rss
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  ROWS+="| $label | $median | $(( peak / 1024 )) |"$'\n'
  echo "$label: ${median} s, $(( peak / 1024 )) MB" >&2
}

# One agency takes tens of milliseconds, where the machine's noise is a few: its median is of 21 runs.
# It is measured before the large sets are made.
set_up one 1 20 TW4
CASE_RUNS=21 measure "one agency, 20 indicators, TW4 (every output incl. LKjIP)" "$WORK/one/pd-0001" --output "$WORK/out-one" --force

set_up kab 50 60
# With --pdf (issue 21): the same cases also print every report to PDF/A with WeasyPrint; the engine's share
# is the time beyond the case without PDF.
CASE_RUNS=5 measure "one agency, 20 indicators, TW4, --pdf (laporan, LKjIP and ringkasan as PDF/A)" "$WORK/one/pd-0001" --output "$WORK/out-one-pdf" --force --pdf
CASE_RUNS=1 measure "kabupaten: 50 agencies × 60 indicators, --pdf (one run)" "$WORK/kab" --output "$WORK/out-kab-pdf" --force --pdf
for n in 100 200 500; do set_up "a$n" "$n" 60; done
for m in 20 200; do set_up "i$m" 100 "$m"; done
measure "kabupaten: 50 agencies × 60 indicators" "$WORK/kab" --output "$WORK/out-kab" --force
measure "province: 500 agencies × 60 indicators" "$WORK/a500" --output "$WORK/out-a500" --force
# The Python peer right after kinerja on the same sets, in the same minutes (issue 22: >= 10x).
measure_peer "Python peer: kabupaten 50 × 60" "$WORK/kab" "$WORK/out-peer-kab"
measure_peer "Python peer: province 500 × 60" "$WORK/a500" "$WORK/out-peer-a500"
measure "province again, nothing changed (all skipped)" "$WORK/a500" --output "$WORK/out-a500"
measure "100 agencies × 60 indicators" "$WORK/a100" --output "$WORK/out-a100" --force
measure "200 agencies × 60 indicators" "$WORK/a200" --output "$WORK/out-a200" --force
measure "100 agencies × 20 indicators" "$WORK/i20" --output "$WORK/out-i20" --force
measure "100 agencies × 200 indicators" "$WORK/i200" --output "$WORK/out-i200" --force

MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), \
$(free -g | awk '/Mem:/ { print $2 }') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME"), \
$(swift --version 2>/dev/null | head -1 | sed 's/ (.*//'), kinerja $(git describe --always --dirty 2>/dev/null || echo unknown)"
RESULTS="Measured by \`make benchmark\` (scripts/benchmark.sh) on: $MACHINE. Release build, Swift runtime linked in;
median of $RUNS runs (21 for one agency; 5 and 1 for the cases with --pdf), timed around the measured process alone (scripts/timed.py; the Python peer's rows: scripts/python-peer.py with its reaped workers, see \"The Python peer\"); peak memory
is the largest maximum resident set size of the runs (wait4's rusage, the figure of \`/usr/bin/time -v\`).

| case | wall time (s) | peak memory (MB) |
| --- | ---: | ---: |
$ROWS"
python3 - "$RESULTS" <<'PY'
import sys, re
path = "BENCHMARKS.md"
text = open(path).read()
start, end = "<!-- results -->", "<!-- /results -->"
text = text[:text.index(start) + len(start)] + "\n" + sys.argv[1] + text[text.index(end):]
open(path, "w").write(text)
PY
echo "wrote BENCHMARKS.md" >&2
