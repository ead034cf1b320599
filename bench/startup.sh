#!/usr/bin/env bash
# Startup benchmark (docs/PERFORMANCE.md): process start → (a) the main window's first frame and
# (b) Home showing real content, on the demo and on the large workspace, against a bare JavaFX
# window (a Stage with one Label) started the same way in the same run. RUNS runs each, alternating
# bare / demo / large / large-read (no kept Home summary), with and without the JDK's AOT cache; prints
# medians and ratios to the floor. Needs the sqlite3 shell (large-read).
#
#   ./mvnw -B -DskipTests package && bench/startup.sh [LARGE_WORKSPACE] [RUNS]
#
# LARGE_WORKSPACE defaults to target/bench/large.cxcadence (made with `generate --size large` when
# missing). Needs a display: under no DISPLAY it starts Xvfb :77. The AOT caches are trained here
# (-XX:AOTCacheOutput, JDK 25) into target/cx-cadence.aot (used by ./cx-cadence when present) and
# target/bench-startup/bare.aot.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
cd "$here"
. .ci/find-jdk
cx_find_jdk
java="$JAVA_HOME/bin/java"
large="${1:-target/bench/large.cxcadence}"
runs="${2:-10}"
out=target/bench-startup
mkdir -p "$out" target/bench
[ -f target/cx-cadence.jar ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :77 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:77
  sleep 1
fi

# The floor: compiled here, run from a jar like the app.
"$JAVA_HOME/bin/javac" -d "$out/classes" -cp "target/lib/*" bench/startup/BareWindow.java
"$JAVA_HOME/bin/jar" --create --file "$out/bare.jar" -C "$out/classes" .

demo="$out/demo.cxcadence"
if [ ! -f "$demo" ]; then
  ./cx-cadence --workspace "$demo" --today 2026-11-23 demo >/dev/null
fi
if [ ! -f "$out/train.cxcadence" ]; then
  ./cx-cadence --workspace "$out/train.cxcadence" --today 2026-11-23 demo >/dev/null
fi
if [ ! -f "$large" ]; then
  ./cx-cadence generate --size large --out "$large" >/dev/null
fi

# A private user folder: no recent files, window placement or preferences from elsewhere.
export XDG_DATA_HOME="$out/xdg-data" XDG_CONFIG_HOME="$out/xdg-config" XDG_CACHE_HOME="$out/xdg-cache"
# jvm.options: the launchers' heap and JIT options (./cx-cadence passes them too), also in the AOT training runs.
common=("@$here/jvm.options" --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 "-Djavafx.cachedir=$out/javafx-cache")
# Absolute, exactly as ./cx-cadence builds it: an AOT cache is only used with the class path it was trained on.
appcp="$here/target/cx-cadence.jar:$here/target/lib/*"
barecp="$here/$out/bare.jar:$here/target/lib/*"

now_ms() { date +%s%3N; }

# run_once NAME AOTFLAG... ; prints "NAME frame_ms home_ms" (home_ms "-" for the bare window)
run_bare() {
  local t0 line
  t0=$(now_ms)
  line=$("$java" "${common[@]}" "$@" -cp "$barecp" BareWindowLauncher 2>/dev/null | grep '^cx-startup first-frame')
  echo "$(( ${line##* } - t0 ))"
}
run_app() {
  local ws="$1"; shift
  local t0 lines frame home
  t0=$(now_ms)
  # Started as a desktop starts it: the workspace file as the one argument (a double-click), today the clock's.
  lines=$("$java" "${common[@]}" "$@" -Dcxcadence.startupProbe=home -cp "$appcp" org.cxcadence.app.Launcher \
      "$ws" 2>/dev/null | grep '^cx-startup')
  frame=$(echo "$lines" | awk '$2=="first-frame"{print $3}')
  home=$(echo "$lines" | awk '$2=="home"{print $3}')
  rss=$(echo "$lines" | awk '$2=="rss-kb"{print int($3/1024)}')
  echo "$(( frame - t0 )) $(( home - t0 )) ${rss:--}"
}

# AOT training runs (JDK 25: one step, writes the cache at exit).
rm -f "$out/bare.aot" target/cx-cadence.aot
run_bare -XX:AOTCacheOutput="$out/bare.aot" >/dev/null
# The app's training walks every screen of the demo (as packaging/build.sh trains the shipped cache).
"$java" "${common[@]}" -XX:AOTCacheOutput=target/cx-cadence.aot -Dcxcadence.startupProbe=tour -Dcxcadence.tourStepMs=1500 -Dcxcadence.tourIdleSeconds=0 \
  -cp "$appcp" org.cxcadence.app.Launcher --workspace "$out/train.cxcadence" --today 2026-11-23 >/dev/null 2>&1

# One start of each workspace before the timed ones: the day's first open makes its daily backup (seconds
# of copying beside the start on the large file), which a user's later starts that day do not; closing, it
# keeps Home's summary for the next starts (docs/decisions/0010), as a user's last close does.
run_app "$demo" >/dev/null
run_app "$large" >/dev/null
# "large-read": the large workspace as a start after edits the app could not follow with a close (a crash):
# no kept summary, so Home reads and builds it. The rows go before each run (sqlite3, as for the SQL floors).
forget_kept() { sqlite3 "$large" "DELETE FROM kept_home_summaries"; }

results="$out/results.txt"
: > "$results"
for i in $(seq 1 "$runs"); do
  for variant in cold aot; do
    if [ "$variant" = aot ]; then bflag=(-XX:AOTCache="$out/bare.aot"); aflag=(-XX:AOTCache=target/cx-cadence.aot)
    else bflag=(); aflag=(); fi
    echo "$variant bare $(run_bare "${bflag[@]}") - -" >> "$results"
    echo "$variant demo $(run_app "$demo" "${aflag[@]}")" >> "$results"
    echo "$variant large $(run_app "$large" "${aflag[@]}")" >> "$results"
    forget_kept
    echo "$variant large-read $(run_app "$large" "${aflag[@]}")" >> "$results"
  done
done

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "startup medians over $runs runs ($(date -u +%Y-%m-%dT%H:%MZ), $("$java" -version 2>&1 | head -1))"
printf '%-5s %-10s %10s %8s %10s %8s %8s\n' variant what first-ms ratio home-ms ratio rss-MB
for variant in cold aot; do
  floor=$(awk -v v=$variant '$1==v && $2=="bare"{print $3}' "$results" | median)
  printf '%-5s %-10s %10s %8s %10s %8s %8s\n' $variant bare "$floor" 1.00 - - -
  for what in demo large large-read; do
    f=$(awk -v v=$variant -v w=$what '$1==v && $2==w{print $3}' "$results" | median)
    h=$(awk -v v=$variant -v w=$what '$1==v && $2==w{print $4}' "$results" | median)
    r=$(awk -v v=$variant -v w=$what '$1==v && $2==w{print $5}' "$results" | median)
    printf '%-5s %-10s %10s %8s %10s %8s %8s\n' $variant $what "$f" "$(awk -v a=$f -v b=$floor 'BEGIN{printf "%.2f", a/b}')" \
      "$h" "$(awk -v a=$h -v b=$floor 'BEGIN{printf "%.2f", a/b}')" "$r"
  done
done
