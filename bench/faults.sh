#!/usr/bin/env bash
# Fault runs of docs/RELIABILITY.md, outside the default build:
#   kill -9 of a writing child JVM at random moments (ITERATIONS times, default 200), each followed by
#   a reopen that checks every confirmed commit survived and integrity_check is ok; then a newer, a
#   foreign and a damaged file, and two writer processes at once.
# Usage: bench/faults.sh [ITERATIONS] [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
ITERATIONS="${1:-200}"
FOLDER="${2:-target/faults}"
rm -rf "$FOLDER"
mkdir -p "$FOLDER"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/faults.classpath -Dmdep.includeScope=test
# Run from a copy of the classes, so a build in the same folder cannot change them under the children.
rm -rf target/faults-classes && mkdir -p target/faults-classes
cp -r target/classes target/faults-classes/main && cp -r target/test-classes target/faults-classes/test
CP="target/faults-classes/test:target/faults-classes/main:$(cat target/faults.classpath)"
echo "fault run: $ITERATIONS kills in $FOLDER ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
time "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" org.cxcadence.store.FaultRun "$ITERATIONS" "$FOLDER"
