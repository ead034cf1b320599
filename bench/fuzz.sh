#!/usr/bin/env bash
# Fuzzing of docs/RELIABILITY.md, outside the default build (which only replays the seeds):
# each @FuzzTest of HostileInputFuzzTest in turn, for DURATION each (default 5m), with Jazzer.
# A finding fails the run; Jazzer saves its input as crash-* beside the seeds in
# src/test/resources/org/cxcadence/fuzz/HostileInputFuzzTestInputs/TARGET, where the default
# build replays it from then on (fix the code, keep the file as a regression seed).
# Usage: bench/fuzz.sh [DURATION] [TARGET …]     e.g. bench/fuzz.sh 10m agendaPackImport
set -uo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
DURATION="${1:-5m}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(workspaceJsonImport agendaPackImport metricsCsvImport peopleCsvImport actionsCsvImport dueDateShorthand exportFileName)
fi
./mvnw -q -B test-compile || exit 1
mkdir -p target/fuzz
status=0
echo "fuzzing ${TARGETS[*]} for $DURATION each ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
for t in "${TARGETS[@]}"; do
  log="target/fuzz/$t.log"
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$DURATION" ./mvnw -B -o test -Dtest="HostileInputFuzzTest#$t" \
      -Dsurefire.rerunFailingTestsCount=0 -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
  rc=$?
  runs=$(grep -aoE "Done [0-9]+ runs in [0-9]+ second" "$log" | tail -1)
  cov=$(grep -aoE "cov: [0-9]+ ft: [0-9]+ corp: [0-9]+" "$log" | tail -1)
  if [ $rc -eq 0 ]; then
    echo "$t: ok, ${runs:-runs unknown} ($cov)"
  else
    status=1
    echo "$t: FINDING or failure (exit $rc), see $log"
    grep -aE "FuzzTestFindingException|== Java Exception|AssertionError" "$log" | head -3
  fi
done
[ $status -eq 0 ] && echo "ALL OK" || echo "FINDINGS"
exit $status
