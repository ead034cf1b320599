#!/usr/bin/env bash
# Installs the .deb on this machine and uses it from its installed place (not part of ./mvnw verify):
#
#   sudo packaging/test-deb.sh [--no-build] [--keep]
#
# Builds target/installer/cx-cadence_*.deb with packaging/build.sh (--no-build: use the one there),
# installs it with dpkg -i (apt-get -f install pulls missing dependencies), then from the installed
# /usr/bin/cx-cadence → /opt/cx-cadence: --help, --version, a demo workspace, a minutes export (md and
# pdf), and the window started headless (Xvfb) on that workspace until Home shows, with the shipped AOT
# cache required (-XX:AOTMode=on fails the start if the cache does not fit). Then the desktop
# entry and the .cxcadence MIME type, and finally dpkg -r (--keep leaves the package installed).
# Needs root (dpkg) and Xvfb. Exits non-zero at the first failed step.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
cd "$here"
build=1 keep=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --keep) keep=1 ;;
    *) echo "usage: packaging/test-deb.sh [--no-build] [--keep]" >&2; exit 2 ;;
  esac
done
step() { echo; echo "== $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

if [ "$build" = 1 ] || ! ls target/installer/cx-cadence_*.deb >/dev/null 2>&1; then
  step "build: packaging/build.sh deb"
  packaging/build.sh deb
fi
deb=$(ls target/installer/cx-cadence_*.deb | head -n 1)

step "install: dpkg -i $deb"
if dpkg -s cx-cadence >/dev/null 2>&1; then dpkg -r cx-cadence >/dev/null; fi
if ! dpkg -i "$deb"; then
  echo "(dependencies missing: apt-get -f install)"
  apt-get install -y -f -q >/dev/null
fi
dpkg -s cx-cadence | grep -E '^(Status|Version|Depends):'
echo "cx-cadence on PATH: $(command -v cx-cadence) -> $(readlink -f "$(command -v cx-cadence)")"
[ "$(readlink -f "$(command -v cx-cadence)")" = /opt/cx-cadence/bin/cx-cadence ] || fail "cx-cadence is not the installed launcher"
echo "installed size: $(du -sh /opt/cx-cadence | cut -f1) (runtime $(du -sh /opt/cx-cadence/lib/runtime | cut -f1), AOT cache $(du -sh /opt/cx-cadence/lib/app/cx-cadence.aot | cut -f1))"
grep -E 'AOTCache|native-access' /opt/cx-cadence/lib/app/cx-cadence.cfg

work=$(mktemp -d /tmp/cx-cadence-deb.XXXXXX)
cd "$work"
# A private user folder for everything the app writes (preferences, logs, JavaFX's native cache).
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
mkdir -p "$HOME"
ws="$work/demo.cxcadence"

step "cx-cadence --help"
cx-cadence --help
step "cx-cadence --version"
cx-cadence --version

step "cx-cadence --workspace $ws --today 2026-11-23 demo"
cx-cadence --workspace "$ws" --today 2026-11-23 demo

step "cx-cadence minutes latest --format md (first lines)"
cx-cadence --workspace "$ws" --today 2026-11-23 minutes latest --format md > minutes.md
head -n 12 minutes.md
grep -q '^# ' minutes.md || fail "no Markdown heading in the minutes"
step "cx-cadence minutes latest --format pdf (no --out: a safely named file here)"
cx-cadence --workspace "$ws" --today 2026-11-23 minutes latest --format pdf | tee pdf-path.txt
pdf=$(tail -n 1 pdf-path.txt)
[ -f "$pdf" ] || pdf="$work/$pdf"
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$pdf is not a PDF"
echo "$pdf: $(wc -c < "$pdf") bytes, starts with %PDF-"

step "the window, headless (Xvfb), opened on the file as the desktop entry does, until Home shows; AOT cache required"
command -v Xvfb >/dev/null || fail "Xvfb is missing: apt-get install -y xvfb"
Xvfb :78 -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
start=$(date +%s%3N)
DISPLAY=:78 JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Dcxcadence.startupProbe=home" \
  timeout 180 /opt/cx-cadence/bin/cx-cadence --today 2026-11-23 "$ws" > gui.txt 2>&1 || { cat gui.txt; fail "the window did not start"; }
grep '^cx-startup' gui.txt
home=$(awk '$2=="home"{print $3}' gui.txt)
[ -n "$home" ] || { cat gui.txt; fail "Home never showed"; }
echo "process start to Home: $((home - start)) ms, with the AOT cache (a busy shared machine: see docs/PERFORMANCE.md for figures)"

step "desktop entry and file type"
ls -l /usr/share/applications/cx-cadence-cx-cadence.desktop 2>/dev/null || ls /opt/cx-cadence/lib/*.desktop
grep -E '^(Name|Exec|Icon|MimeType)=' /opt/cx-cadence/lib/cx-cadence-cx-cadence.desktop
if command -v xdg-mime >/dev/null; then
  echo "xdg-mime query filetype demo.cxcadence: $(xdg-mime query filetype "$ws" 2>&1 || true)"
  echo "xdg-mime query default application/x-cxcadence-workspace: $(xdg-mime query default application/x-cxcadence-workspace 2>&1 || true)"
fi

cd "$here"
rm -rf "$work"
if [ "$keep" = 0 ]; then
  step "remove: dpkg -r cx-cadence"
  dpkg -r cx-cadence
  [ ! -e /usr/bin/cx-cadence ] || fail "/usr/bin/cx-cadence is still there"
  [ ! -e /opt/cx-cadence/bin/cx-cadence ] || fail "/opt/cx-cadence is still there"
  echo "removed: no /usr/bin/cx-cadence, no /opt/cx-cadence"
fi
echo
echo "test-deb: all steps passed"
