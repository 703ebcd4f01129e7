#!/usr/bin/env bash
# desktop.sh check|catch DESKTOP_FILE
#   check: desktop-file-validate prints nothing (no error, warning or hint), and the
#          entry launches cabildo with a file, names the icon and MIME type, and carries
#          fr, es and pt_BR translations.
#   catch: the real file passes, and broken copies of it fail that same check.
source "$(dirname "$0")/lib.sh"
need desktop-file-validate desktop-file-utils
mode=$1 desktop=$2

check_desktop() {
    local file=$1 out
    out=$(desktop-file-validate "$file" 2>&1) || { echo "$out"; fail "desktop-file-validate: errors"; }
    [ -z "$out" ] || { echo "$out"; fail "desktop-file-validate: warnings or hints"; }
    # desktop-file-validate accepts an entry with no Exec at all (allowed since the spec's
    # D-Bus activation), so the keys a launcher needs are checked here.
    local key
    for key in 'Type=Application' 'Exec=cabildo %f' 'Icon=org.cabildo.Cabildo' \
               'MimeType=application/x-cabildo;' 'Terminal=false'; do
        grep -qxF "$key" "$file" || fail "missing line: $key"
    done
    local lang
    for key in Name GenericName Comment Keywords; do
        for lang in fr es pt_BR; do
            grep -q "^$key\[$lang\]=." "$file" || fail "missing translation: $key[$lang]"
        done
    done
}

case $mode in
check)
    check_desktop "$desktop"
    echo "ok: $(basename "$desktop") passes desktop-file-validate with no output"
    ;;
catch)
    check_desktop "$desktop"
    broken() { sed "$2" "$desktop" >"$tmp/$1.desktop"; expect_rejected "$1" check_desktop "$tmp/$1.desktop"; }
    broken no-exec '/^Exec=/d'
    broken unknown-category 's/^Categories=.*/Categories=Office;Meetings;/'
    broken no-main-category 's/^Categories=.*/Categories=ProjectManagement;/'
    broken no-name '/^Name=/d'
    broken two-field-codes 's/^Exec=.*/Exec=cabildo %f %u/'
    broken bad-boolean 's/^Terminal=.*/Terminal=no/'
    broken untranslated-comment '/^Comment\[fr\]=/d'
    ;;
*) fail "usage: desktop.sh check|catch DESKTOP_FILE" ;;
esac
