#!/usr/bin/env bash
# The 100 ms pulse check (docs/PERFORMANCE.md): starts the app on a scratch copy of WORKSPACE with the
# JavaFX pulse logger (pulses over 100 ms printed) and the startup probe's tour (app/StartupProbe: every
# section for 6 s, a metric's page, then History searches for "customer" and "quokka"), and reports per step the longest
# gap between two frames and how many gaps exceeded 100 ms, plus the pulse logger's slow pulses.
#
#   bench/pulse.sh [WORKSPACE]        (default target/bench/large.cxcadence; build first: ./mvnw -B -DskipTests package)
#
# The app runs as users run it: with the JDK's AOT cache target/cx-cadence.aot, trained first (a tour of
# the demo workspace, as packaging/build.sh trains the shipped cache) when it is missing or older than the
# jar. PULSE_COLD=1 runs without it (every class loaded as a screen first shows).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
cd "$here"
ws="${1:-target/bench/large.cxcadence}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -f target/cx-cadence.jar ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
out=target/bench-pulse
rm -rf "$out"; mkdir -p "$out"
cp "$ws" "$out/tour.cxcadence"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :78 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:78
  sleep 1
fi
export XDG_DATA_HOME="$out/xdg-data" XDG_CONFIG_HOME="$out/xdg-config" XDG_CACHE_HOME="$out/xdg-cache"
# jvm.options: the heap and JIT options every launcher passes (./cx-cadence, the packaged app).
common=("@$here/jvm.options" --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 "-Djavafx.cachedir=$out/javafx-cache")
# Absolute, exactly as ./cx-cadence builds it: an AOT cache is only used with the class path it was trained on.
appcp="$here/target/cx-cadence.jar:$here/target/lib/*"
aot=()
if [ "${PULSE_COLD:-0}" != 1 ]; then
  if [ ! -f target/cx-cadence.aot ] || [ target/cx-cadence.aot -ot target/cx-cadence.jar ]; then
    ./cx-cadence --workspace "$out/train.cxcadence" --today 2026-11-23 demo >/dev/null
    "$java" "${common[@]}" -XX:AOTCacheOutput=target/cx-cadence.aot -Dcxcadence.startupProbe=tour -Dcxcadence.tourStepMs=1500 -Dcxcadence.tourIdleSeconds=0 \
      -cp "$appcp" org.cxcadence.app.Launcher --workspace "$out/train.cxcadence" --today 2026-11-23 >/dev/null 2>&1
  fi
  aot=(-XX:AOTCache=target/cx-cadence.aot -Xlog:aot=off -Xlog:cds=off)
fi
echo "AOT cache: ${aot[*]:-none (PULSE_COLD=1)}"
"$java" "${common[@]}" "${aot[@]}" \
    -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=100 -Dcxcadence.startupProbe=tour \
    -cp "$appcp" org.cxcadence.app.Launcher \
    --workspace "$out/tour.cxcadence" --today 2026-11-23 > "$out/log.txt" 2>&1 || true
echo "load: $(uptime)"
grep '^cx-pulse\|^cx-startup rss' "$out/log.txt" || { echo "no probe output; see $out/log.txt" >&2; exit 1; }
echo "pulse logger, pulses over 100 ms: $(grep -c '^PULSE: ' "$out/log.txt" || true) (lines in $out/log.txt)"
