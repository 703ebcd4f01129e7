#!/usr/bin/env bash
# mime.sh check|catch MIME_XML CABILDO
#   check: xmllint accepts the XML; update-mime-database compiles it, beside the system's
#          freedesktop.org.xml, into a temporary share/mime with no warning; and in that
#          database (read by File::MimeInfo's `mimetype`, what xdg-mime uses) an event made
#          by CABILDO is application/x-cabildo by its name and, renamed without
#          extension, by its content, while a plain SQLite database is not (unless it is
#          named *.cabildo).
#   catch: the real file passes, and broken copies of it fail that same check.
source "$(dirname "$0")/lib.sh"
need xmllint libxml2-utils
need update-mime-database shared-mime-info
need mimetype libfile-mimeinfo-perl
need python3 python3
mode=$1 mime_xml=$2 cabildo=$3
freedesktop=/usr/share/mime/packages/freedesktop.org.xml
[ -f "$freedesktop" ] || fail "$freedesktop not found (Debian package shared-mime-info)"

# Fixtures: a real event, the same bytes without an extension, and a plain SQLite file.
mkdir -p "$tmp/files" "$tmp/home"
HOME=$tmp/home "$cabildo" new "$tmp/files/event.cabildo" --title "MIME test" >/dev/null
cp "$tmp/files/event.cabildo" "$tmp/files/event-renamed"
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("create table t(x)"); c.commit()' \
    "$tmp/files/plain-database"
cp "$tmp/files/plain-database" "$tmp/files/other.cabildo"

check_mime() {
    local xml=$1 data out
    xmllint --noout "$xml" || fail "xmllint"
    data=$(mktemp -d "$tmp/data.XXXXXX")
    mkdir -p "$data/mime/packages" "$data/home"
    cp "$freedesktop" "$data/mime/packages/"
    cp "$xml" "$data/mime/packages/org.cabildo.Cabildo.xml"
    out=$(XDG_DATA_HOME=$data/home XDG_DATA_DIRS=$data update-mime-database "$data/mime" 2>&1) || { echo "$out"; fail "update-mime-database"; }
    [ -z "$out" ] || { echo "$out"; fail "update-mime-database warned"; }
    [ -f "$data/mime/application/x-cabildo.xml" ] || fail "application/x-cabildo not in the database"
    detect() { XDG_DATA_HOME=$data/home XDG_DATA_DIRS=$data mimetype --brief "$tmp/files/$1"; }
    expect() {
        local got; got=$(detect "$1")
        [ "$got" = "$2" ] || fail "$1 is '$got', expected '$2'"
    }
    expect event.cabildo application/x-cabildo
    expect event-renamed application/x-cabildo
    expect plain-database application/vnd.sqlite3
    # A plain database named *.cabildo is still taken for an event: the glob names a
    # sub-class of what the magic finds (SQLite), and the shared-mime-info spec then
    # keeps the glob's type. Cabildo itself refuses such a file with a message.
    expect other.cabildo application/x-cabildo
}

case $mode in
check)
    check_mime "$mime_xml"
    echo "ok: $(basename "$mime_xml") is well-formed and detects events by name and content"
    ;;
catch)
    check_mime "$mime_xml" >/dev/null
    broken() { sed "$2" "$mime_xml" >"$tmp/$1.xml"; expect_rejected "$1" check_mime "$tmp/$1.xml"; }
    broken malformed 's|</mime-type>|</mime-typ>|'
    broken misspelt-glob 's|<glob pattern=|<glob-pattern pattern=|'
    # Only the SQLite header, without the nested application id: every database is taken
    # for an event.
    broken no-application-id '/value="CBLD"/d; s|<match type="string" value="SQLite format 3" offset="0">|<match type="string" value="SQLite format 3" offset="0"/>|; /^      <\/match>$/d'
    broken wrong-offset 's|value="CBLD" offset="68"|value="CBLD" offset="64"|'
    broken low-priority 's|<magic priority="60">|<magic priority="40">|'
    broken no-glob '/<glob pattern=/d'
    ;;
*) fail "usage: mime.sh check|catch MIME_XML CABILDO" ;;
esac
