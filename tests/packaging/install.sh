#!/usr/bin/env bash
# install.sh BUILD_DIR VERSION
# `cmake --install` into a staging folder lays out everything a desktop needs under the
# prefix: the executable, desktop entry, metainfo, MIME package, the SVG icon and every PNG
# size at its own pixel size, the manual page, and the Debian copyright and changelog
# (whose latest entry is VERSION); `appstreamcli validate-tree` then checks the installed
# tree as a software centre reads it (the metainfo's launchable must find its desktop
# entry there).
source "$(dirname "$0")/lib.sh"
need appstreamcli appstream
need python3 python3
build=$1 version=$2
root=$tmp/root
DESTDIR=$root cmake --install "$build" --prefix /usr >"$tmp/install.log" ||
    { cat "$tmp/install.log"; fail "cmake --install"; }

id=org.cabildo.Cabildo
share=$root/usr/share
for file in "$root/usr/bin/cabildo" "$share/applications/$id.desktop" \
            "$share/metainfo/$id.metainfo.xml" "$share/mime/packages/$id.xml" \
            "$share/icons/hicolor/scalable/apps/$id.svg" "$share/doc/cabildo/copyright" \
            "$share/doc/cabildo/changelog.gz" "$share/man/man1/cabildo.1.gz"; do
    [ -f "$file" ] || fail "not installed: ${file#"$root"}"
done
[ -x "$root/usr/bin/cabildo" ] || fail "/usr/bin/cabildo is not executable"
zcat "$share/doc/cabildo/changelog.gz" >"$tmp/changelog"
zcat "$share/man/man1/cabildo.1.gz" >"$tmp/cabildo.1"
grep -q "^cabildo ($version)" "$tmp/changelog" ||
    fail "the changelog's latest entry is not $version (packaging/changelog)"
grep -q "^\.TH CABILDO 1 .*\"Cabildo $version\"" "$tmp/cabildo.1" ||
    fail "the manual page does not say version $version"

# Each PNG must be a PNG of its folder's size (read from the IHDR chunk).
for size in 16 22 24 32 48 64 128 256 512; do
    png=$share/icons/hicolor/${size}x${size}/apps/$id.png
    [ -f "$png" ] || fail "not installed: ${png#"$root"} (is rsvg-convert installed? librsvg2-bin)"
    got=$(python3 -c 'import struct, sys
data = open(sys.argv[1], "rb").read(24)
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
print("%dx%d" % struct.unpack(">II", data[16:24]))' "$png") || fail "${png#"$root"} is not a PNG"
    [ "$got" = "${size}x${size}" ] || fail "${png#"$root"} is $got"
done

appstreamcli validate-tree --no-net --strict --pedantic "$root" || fail "appstreamcli validate-tree"
echo "ok: $(find "$root" -type f | wc -l) files installed under /usr, validate-tree passes"
