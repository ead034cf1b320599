#!/usr/bin/env bash
# SQL floors for the JMH benchmarks (docs/PERFORMANCE.md): the same SQL through the sqlite3 shell on a
# copy of the workspace, RUNS runs each (alternating), median wall time of the statements as the shell's
# .timer reports them ("real", summed per run), in milliseconds.
#
#   bench/sql-floors.sh [WORKSPACE] [RUNS]      (default target/bench/large.cxcadence, 5)
#
# Note the shell's version: Debian 12's sqlite3 is 3.40.1, older than the SQLite 3.54 inside sqlite-jdbc.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
ws="${1:-$here/../target/bench/large.cxcadence}"
runs="${2:-5}"
copy="$(mktemp -d)/copy.cxcadence"
trap 'rm -rf "$(dirname "$copy")"' EXIT
cp "$ws" "$copy"
echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1) on a copy of $ws, $(date -u +%Y-%m-%dT%H:%MZ), median of $runs"
declare -A samples
names=()
for f in "$here"/sql/*.sql; do names+=("$(basename "$f" .sql)"); done
sqlite3 "$copy" 'SELECT count(*) FROM meetings' >/dev/null   # warm the page cache once
for i in $(seq 1 "$runs"); do
  for n in "${names[@]}"; do
    ms=$( { echo ".output /dev/null"; echo ".timer on"; grep -v '^--' "$here/sql/$n.sql"; } \
        | sqlite3 "$copy" 2>&1 | awk '/^Run Time/ {s += $4} END {printf "%.1f", s * 1000}')
    samples[$n]="${samples[$n]:-} $ms"
  done
done
for n in "${names[@]}"; do
  printf '%-16s %8s ms\n' "$n" "$(echo ${samples[$n]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
done
