#!/usr/bin/env bash
# Builds the installer of this platform into target/installer/ (packaging/README.md):
#
#   packaging/build.sh            Linux: .deb · Windows (Git Bash): .msi · macOS: .dmg
#   packaging/build.sh app-image  only the app image (any platform), trained AOT cache included
#   packaging/build.sh --from-image   only the installer, from the app image a previous run left
#
# Steps: the jars (./mvnw package), a trimmed Java runtime (jlink, packaging/modules.txt), the app
# image (jpackage), a training run of the app image that writes its AOT cache (JDK 25,
# -XX:AOTCacheOutput; needs a display: Xvfb is started when DISPLAY is unset on Linux), then the
# installer from that image with packaging/OS/jpackage.options. Users need no Java.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
cd "$here"
. .ci/find-jdk
cx_find_jdk
bin="$JAVA_HOME/bin"

case "$(uname -s)" in
  Linux) os=linux; name=cx-cadence; type=deb ;;
  Darwin) os=macos; name="CX Cadence"; type=dmg ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; name="CX Cadence"; type=msi ;;
  *) echo "packaging/build.sh: unknown platform $(uname -s)" >&2; exit 2 ;;
esac
from_image=0
for arg in "$@"; do
  case "$arg" in
    --from-image) from_image=1 ;;
    deb | rpm | msi | exe | dmg | pkg | app-image) type="$arg" ;;
    *) echo "usage: packaging/build.sh [deb|rpm|msi|exe|dmg|pkg|app-image] [--from-image]" >&2; exit 2 ;;
  esac
done

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT → 0.1.0.
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
version="${version%%-*}"

out=target/installer
# Option files: one option per line, '#' lines are comments; jpackage reads the rest as an @argfile.
options() { grep -v '^[[:space:]]*#' "packaging/$os/$1.options" | grep -v '^[[:space:]]*$' > "$out/$1.args"; echo "@$out/$1.args"; }
case "$os" in
  linux) image="$out/image/$name"; launcher="$image/bin/$name"; cfg="$image/lib/app/$name.cfg"; appdir="$image/lib/app" ;;
  macos) image="$out/image/$name.app"; launcher="$image/Contents/MacOS/$name"; cfg="$image/Contents/app/$name.cfg"; appdir="$image/Contents/app" ;;
  windows) image="$out/image/$name"; launcher="$image/$name.exe"; cfg="$image/app/$name.cfg"; appdir="$image/app" ;;
esac

if [ "$from_image" = 0 ]; then
rm -rf "$out"
mkdir -p "$out/input"

echo "== jars"
./mvnw -B -q -DskipTests package
# The class path of ./cx-cadence: our jar, then the runtime libraries.
cp target/cx-cadence.jar target/lib/*.jar "$out/input/"

echo "== runtime (jlink: $(cat packaging/modules.txt))"
"$bin/jlink" --add-modules "$(tr -d ' \n' < packaging/modules.txt)" \
  --strip-debug --no-header-files --no-man-pages --compress zip-6 \
  --output "$out/runtime"

echo "== app image"
# jvm.options: the heap and JIT options every launcher passes (one --java-options each; comment lines skipped).
jvmopts=()
while IFS= read -r opt; do
  [ -n "$opt" ] && jvmopts+=(--java-options "$opt")
done < <(grep -v '^[[:space:]]*#' jvm.options | sed 's/[[:space:]]*$//')
"$bin/jpackage" --type app-image --dest "$out/image" \
  --name "$name" --app-version "$version" \
  --input "$out/input" --main-jar cx-cadence.jar --main-class org.cxcadence.app.Launcher \
  --runtime-image "$out/runtime" \
  --java-options '--enable-native-access=ALL-UNNAMED' --java-options '-Dfile.encoding=UTF-8' "${jvmopts[@]}" \
  "$(options app-image)"

echo "== AOT cache (a training run of the app image: window, demo workspace, every screen and a search)"
train="$out/training"
mkdir -p "$train"
if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
  Xvfb :79 -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:79
  sleep 1
fi
# A private user folder, so the training neither reads nor leaves preferences, recent files or logs.
export XDG_DATA_HOME="$here/$train/data" XDG_CONFIG_HOME="$here/$train/config" XDG_STATE_HOME="$here/$train/state"
"$launcher" --workspace "$train/demo.cxcadence" --today 2026-11-23 demo >/dev/null
# JAVA_TOOL_OPTIONS reaches the JVM through the native launcher; the cache is only valid for this exact
# runtime and class path, which is why it is trained here, on the image, and not copied from target/.
# The training walks every screen (the startup probe's tour), not just Home: the classes and profiles of
# each screen are then in the cache, and a screen's first showing no longer loads them (pulses over
# 100 ms on the large workspace 27 -> 13, docs/PERFORMANCE.md).
JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$here/$appdir/cx-cadence.aot -Dcxcadence.startupProbe=tour -Dcxcadence.tourStepMs=1500 -Dcxcadence.tourIdleSeconds=0 -Djavafx.cachedir=$here/$train/javafx" \
  "$launcher" --workspace "$train/demo.cxcadence" --today 2026-11-23 2>&1 | grep '^cx-pulse SEARCH-quokka' >/dev/null \
  || { echo "packaging/build.sh: the training run did not finish the tour" >&2; exit 1; }
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_STATE_HOME
[ -s "$appdir/cx-cadence.aot" ] || { echo "packaging/build.sh: no AOT cache written" >&2; exit 1; }
# Every start of the installed app uses the cache ($APPDIR is the launcher's app folder); a stale one is
# ignored quietly instead of warning on the console.
awk '{ print } /^\[JavaOptions\]$/ { print "java-options=-XX:AOTCache=$APPDIR/cx-cadence.aot"; print "java-options=-Xlog:aot=off"; print "java-options=-Xlog:cds=off" }' \
  "$cfg" > "$cfg.new" && mv "$cfg.new" "$cfg"
grep -q 'AOTCache=' "$cfg" || { echo "packaging/build.sh: could not add the AOT cache to $cfg" >&2; exit 1; }
if [ "$os" = macos ]; then
  # Editing the bundle broke jpackage's ad-hoc signature; sign again (ad hoc) so Gatekeeper sees a whole bundle.
  codesign --force --deep --sign - "$image"
fi

fi
[ -d "$image" ] || { echo "packaging/build.sh: no app image at $image; run without --from-image" >&2; exit 1; }

if [ "$type" = app-image ]; then
  echo "app image: $image"
  exit 0
fi

echo "== $type"
rm -f "$out"/*."$type"
"$bin/jpackage" --type "$type" --dest "$out" --name "$name" --app-version "$version" \
  --app-image "$image" "$(options jpackage)"
if [ "$type" = deb ]; then
  # jpackage copies the image before dpkg-deb packs it, and the copies get new modification times; the
  # JVM refuses an AOT cache whose class path jars changed time ("timestamp has changed"). So the .deb
  # is repacked with every file's time taken from the trained image.
  deb=$(ls "$out"/*.deb)
  root="$out/deb-root"
  rm -rf "$root"
  dpkg-deb -R "$deb" "$root"
  installed="$root/opt/cx-cadence"
  (cd "$image" && find . -type f) | while IFS= read -r f; do
    if [ -e "$installed/$f" ]; then touch -r "$image/$f" "$installed/$f"; fi
  done
  dpkg-deb --root-owner-group -Zgzip -b "$root" "$deb" >/dev/null
  rm -rf "$root"
fi
ls -l "$out"/*."$type"
