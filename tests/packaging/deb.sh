#!/usr/bin/env bash
# deb.sh BUILD_DIR VERSION   (root only: it installs and removes a package system-wide)
# Builds the .deb with CPack into a temporary folder and checks its control fields (the
# Depends that shlibdeps cannot see, the Recommends) and contents; installs it with apt-get;
# then with the INSTALLED /usr/bin/cabildo creates an event, imports a CSV, reads it back
# with `info --json`, speaks French on the command line, runs the GUI offscreen in French
# and stops it with SIGTERM (exit 0, lock and WAL gone); checks that xdg-mime resolves an
# event file to application/x-cabildo and opens it with Cabildo; removes the package
# (always, also on failure) and checks that it is gone.
source "$(dirname "$0")/lib.sh"
[ "$(id -u)" -eq 0 ] || skip "installing a .deb needs root (CI runs the suite as root)"
for tool in apt-get dpkg dpkg-deb cpack; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool not found: not a Debian system"
done
need dpkg-shlibdeps dpkg-dev
need xdg-mime xdg-utils
need mimetype libfile-mimeinfo-perl
need update-desktop-database desktop-file-utils
need lintian lintian
need python3 python3
need flock util-linux
build=$1 version=$2

# One run at a time on a machine: the package is installed system-wide, and other build
# folders or checkouts may be running the suite at the same moment.
lock=/var/lock/cabildo-pkg-deb.lock
[ -d /var/lock ] && [ -w /var/lock ] || lock=/tmp/cabildo-pkg-deb.lock
exec 9>"$lock"
flock -w 200 9 || fail "another pkg_deb has held $lock for over 200 s"
id=org.cabildo.Cabildo
export DEBIAN_FRONTEND=noninteractive
apt=(apt-get -y -q -o DPkg::Lock::Timeout=120)

installed() { dpkg-query -W -f='${Status}' cabildo 2>/dev/null | grep -q "install ok installed"; }
remove_cabildo() {
    "${apt[@]}" remove cabildo >"$tmp/remove.log" 2>&1 || { cat "$tmp/remove.log" >&2; return 1; }
}
if installed; then
    echo "cabildo is already installed (an earlier run stopped half way?): removing it first"
    remove_cabildo
fi
# Whatever fails below, the machine is left without the package.
cleanup() {
    if installed; then remove_cabildo || echo "could not remove cabildo" >&2; fi
    cleanup_tmp
}
trap cleanup EXIT
step() { echo "[${SECONDS}s] $*"; }

# --- Build the package ---------------------------------------------------------------
chmod 755 "$tmp" # apt reads a local .deb as its unprivileged _apt user
step "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$tmp/deb") >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack"; }
deb=$tmp/deb/cabildo_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { ls -l "$tmp/deb"; fail "no $(basename "$deb") (Debian file name convention)"; }

field() { dpkg-deb --field "$deb" "$1"; }
has() { # has LIST PACKAGE: PACKAGE is one of the comma-separated LIST's alternatives
    tr ',|' '\n\n' <<<"$1" | sed 's/^ *//; s/ .*//' | grep -qxF "$2"
}
[ "$(field Package)" = cabildo ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), expected $version"
depends=$(field Depends) recommends=$(field Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
# Run-time plugins and data shlibdeps cannot see, then three that prove shlibdeps ran (the
# last, Qt Multimedia, plays the timer's chime).
for package in libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n fonts-dejavu-core libmicrohttpd12 libqt6widgets6 libcsv3 \
    libqt6multimedia6 libopencv-imgproc406 libtesseract5; do
    has "$depends" "$package" || fail "Depends lacks $package"
done
for package in libstemmer0d apertium-eng-spa apertium-fr-es apertium-es-pt libexttextcat-data fonts-symbola \
    tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-por; do
    has "$recommends" "$package" || fail "Recommends lacks $package"
done
for name in Section Priority Maintainer Homepage Description; do
    [ -n "$(field "$name")" ] || fail "no $name field"
done
# Each Recommends must exist in the archive, or apt would skip it silently. This needs
# apt's package lists, which a slimmed image may have deleted.
if compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    for package in $(tr ',' ' ' <<<"$recommends"); do
        policy=$(apt-cache policy "$package")
        [[ "$policy" == *"Candidate: "[0-9]* ]] || fail "Recommends $package is not in the archive"
    done
else
    echo "note: apt has no package lists (apt-get update): not checking that the Recommends exist"
fi
dpkg-deb --contents "$deb" | awk '{print $6}' >"$tmp/contents"
for file in usr/bin/cabildo usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
            usr/share/mime/packages/$id.xml usr/share/icons/hicolor/scalable/apps/$id.svg \
            usr/share/doc/cabildo/copyright \
            usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/$id.png; do
    grep -qxF "./$file" "$tmp/contents" || fail "the package lacks /$file"
done
# Debian's package checker: no error or warning (the package is built outside a Debian
# source package, so lintian sees only the binary package's files and control fields).
lintian --fail-on error,warning --display-info "$deb" >"$tmp/lintian.log" 2>&1 ||
    { cat "$tmp/lintian.log"; fail "lintian"; }
grep -v 'running with root privileges' "$tmp/lintian.log" || true

# --- Install it ----------------------------------------------------------------------
step "apt-get install $(basename "$deb")"
"${apt[@]}" install --no-install-recommends "$deb" >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log"; fail "apt-get install"; }
installed || fail "cabildo is not installed after apt-get install"
cabildo=/usr/bin/cabildo
[ -x "$cabildo" ] || fail "$cabildo not installed"
[[ "$("$cabildo" --version)" == *"$version"* ]] || fail "cabildo --version does not say $version"

# A home of its own, so nothing lands in the real one.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share \
       XDG_CACHE_HOME=$tmp/home/.cache XDG_RUNTIME_DIR=$tmp/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$tmp/work" && chmod 700 "$XDG_RUNTIME_DIR"
work=$tmp/work event=$tmp/work/encuentro.cabildo

# --- The installed command line ------------------------------------------------------
step "installed cabildo: new, import, info --json"
"$cabildo" new "$event" --title "Encuentro abierto 2026" --acronym ea2026 || fail "cabildo new"
cat >"$work/notes.csv" <<'CSV'
text,colour,language,author
Open data for every city council,yellow,en,Ana
"Données ouvertes, budgets participatifs",blue,fr,Luc
Participación y datos,green,es,
"Transparência nos ""contratos"" públicos",pink,pt-BR,Bia
CSV
"$cabildo" import "$event" "$work/notes.csv" || fail "cabildo import"
"$cabildo" info "$event" --json >"$work/info.json" || fail "cabildo info --json"
python3 - "$work/info.json" <<'PY' || { cat "$work/info.json"; fail "info --json"; }
import json, sys
info = json.load(open(sys.argv[1]))
assert info["notes"] == 4, f"notes = {info['notes']}, the CSV has 4 rows"
assert info["title"] == "Encuentro abierto 2026", info["title"]
PY
echo "info --json: $(tr -d '\n' <"$work/info.json")"

# The same usage error in English and in French must read differently: the embedded
# French catalogue is in the installed binary.
english=$(LANGUAGE=en LANG=C.UTF-8 "$cabildo" new "$work/x.cabildo" 2>&1 || true)
french=$(LANGUAGE=fr LANG=fr_FR.UTF-8 "$cabildo" new "$work/x.cabildo" 2>&1 || true)
echo "en: $english"
echo "fr: $french"
[ -n "$french" ] && [ "$french" != "$english" ] || fail "the installed cabildo does not answer in French"
[ -f /usr/share/qt6/translations/qtbase_fr.qm ] || fail "Qt's French catalogue is missing (qt6-translations-l10n)"

# --- The installed GUI, offscreen, in French -----------------------------------------
step "installed GUI offscreen in French, then SIGTERM"
LANGUAGE=fr LANG=fr_FR.UTF-8 QT_QPA_PLATFORM=offscreen "$cabildo" "$event" >"$tmp/gui.log" 2>&1 &
gui=$!
sleep 3
if ! kill -0 "$gui" 2>/dev/null; then
    status=0; wait "$gui" || status=$?
    cat "$tmp/gui.log"; fail "the GUI exited by itself (status $status) within 3 s"
fi
[ -e "$event.lock" ] || { kill -KILL "$gui"; fail "the GUI did not open the event for writing (no lock)"; }
kill -TERM "$gui"
for _ in $(seq 50); do kill -0 "$gui" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$gui" 2>/dev/null; then kill -KILL "$gui"; fail "the GUI did not exit within 10 s of SIGTERM"; fi
status=0; wait "$gui" || status=$?
[ -s "$tmp/gui.log" ] && { echo "GUI output:"; cat "$tmp/gui.log"; }
[ "$status" -eq 0 ] || fail "the GUI exited with status $status on SIGTERM"
[ ! -e "$event.lock" ] || fail "the GUI left $(basename "$event").lock"
[ ! -e "$event-wal" ] || fail "the GUI left $(basename "$event")-wal"

# --- MIME type and default application -----------------------------------------------
step "xdg-mime"
cp "$event" "$work/renamed-event"
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("create table t(x)"); c.commit()' \
    "$work/other.cabildo"
filetype=$(xdg-mime query filetype "$event")
echo "xdg-mime query filetype $(basename "$event"): $filetype"
[ "$filetype" = application/x-cabildo ] || fail "xdg-mime says $filetype"
renamed=$(xdg-mime query filetype "$work/renamed-event")
echo "xdg-mime query filetype renamed-event (no extension): $renamed"
[ "$renamed" = application/x-cabildo ] || fail "a renamed event is $renamed (magic)"
echo "xdg-mime query filetype other.cabildo (plain SQLite): $(xdg-mime query filetype "$work/other.cabildo")"
default=$(xdg-mime query default application/x-cabildo)
echo "xdg-mime query default application/x-cabildo: $default"
[ "$default" = "$id.desktop" ] || fail "events open with '$default', not $id.desktop"

# --- Remove it -----------------------------------------------------------------------
step "apt-get remove cabildo"
remove_cabildo
! installed || fail "cabildo is still installed"
for file in /usr/bin/cabildo /usr/share/applications/$id.desktop /usr/share/mime/packages/$id.xml; do
    [ ! -e "$file" ] || fail "$file is still there after apt-get remove"
done
after=$(xdg-mime query filetype "$event")
[ "$after" = application/vnd.sqlite3 ] || fail "after removal an event is $after, expected application/vnd.sqlite3"
step "done"
