#!/usr/bin/env bash
# metainfo.sh check|catch METAINFO DESKTOP_FILE VERSION
#   check: `appstreamcli validate --no-net --strict` passes (no error, warning or info;
#          pedantic notes are printed but allowed); the launchable is the desktop file
#          beside it; <releases> has the project's VERSION; name, summary and description
#          are translated to fr, es and pt-BR.
#   catch: the real file passes, and broken copies of it fail that same check.
source "$(dirname "$0")/lib.sh"
need appstreamcli appstream
mode=$1 metainfo=$2 desktop=$3 version=$4

check_metainfo() {
    local file=$1
    appstreamcli validate --no-net --strict --pedantic "$file" || fail "appstreamcli validate"
    grep -qF "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" "$file" ||
        fail "the launchable is not $(basename "$desktop")"
    grep -q "<release version=\"$version\" date=\"[0-9-]*\"" "$file" ||
        fail "no <release> for version $version (CMakeLists.txt project version)"
    local tag lang
    for tag in '<name' '<summary' '<p'; do
        for lang in fr es pt-BR; do
            grep -qF "$tag xml:lang=\"$lang\">" "$file" || fail "missing translation: $tag xml:lang=\"$lang\">"
        done
    done
}

case $mode in
check)
    check_metainfo "$metainfo"
    ;;
catch)
    check_metainfo "$metainfo" >/dev/null
    broken() { sed "$2" "$metainfo" >"$tmp/$1.metainfo.xml"; expect_rejected "$1" check_metainfo "$tmp/$1.metainfo.xml"; }
    broken no-summary '/<summary/d'
    broken bad-release-date 's/<release version="\([^"]*\)" date="[^"]*"/<release version="\1" date="2026-13-40"/'
    broken unknown-licence 's|<project_license>.*</project_license>|<project_license>GPL3</project_license>|'
    broken markup-in-description 's|<li>\([A-Z]\)|<li><b>\1</b>|'
    broken no-content-rating '/<content_rating/d'
    broken http-screenshot 's|<image type="source"\(.*\)>https://|<image type="source"\1>http://|'
    broken no-release-for-version "s/<release version=\"$version\"/<release version=\"0.0.1\"/"
    broken wrong-launchable 's|<launchable type="desktop-id">\([^<]*\)\.desktop<|<launchable type="desktop-id">\1<|'
    broken untranslated-summary '/<summary xml:lang="fr"/d'
    ;;
*) fail "usage: metainfo.sh check|catch METAINFO DESKTOP_FILE VERSION" ;;
esac
