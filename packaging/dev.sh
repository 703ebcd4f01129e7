#!/usr/bin/env bash
# Sets up, builds and runs Cabildo from a checkout on Debian 12.
#   packaging/dev.sh run [FILE]   install what is missing, build, start the app
#   packaging/dev.sh test         install what is missing, build, run every test headless
# Both are idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

action=${1:-}
[ $# -gt 0 ] && shift
# A FILE given to `run` is relative to where the command was typed, not to the checkout.
files=()
for file in "$@"; do files+=("$(realpath -m -- "$file")"); done
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config python3 tzdata util-linux
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libcsv-dev libicu-dev libgeonames-dev libstemmer-dev libeigen3-dev libdlib-dev
    librsvg2-bin dpkg-dev file lintian desktop-file-utils appstream libxml2-utils
    shared-mime-info xdg-utils libfile-mimeinfo-perl liblingua-stopwords-perl
    coinor-cbc  # only bench_agenda: the exact optimum it compares the generator with
    libexttextcat-dev libexttextcat-data apertium apertium-eng-spa apertium-fr-es apertium-es-pt
    libvalijson-dev python3-jsonschema
    libqrencode-dev fonts-dejavu-core fonts-symbola  # Symbola: emoji in the printed programme
    python3-xmlschema csvkit python3-vobject python3-gi gir1.2-ical-3.0 poppler-utils nodejs
    zbar-tools  # reads the programme's QR code back in the tests
)
# The open-data conformance tests run npm validators (tests/conformance/setup-npm-tools.sh).
# Debian's npm, unless an npm is already there: NodeSource's nodejs ships its own and
# conflicts with Debian's package.
command -v npm >/dev/null || packages+=(npm)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build
}

case "$action" in
run)
    install_missing
    build
    exec build/cabildo "${files[@]}"
    ;;
test)
    install_missing
    build
    cd build
    exec ctest --output-on-failure --timeout 600 -j2
    ;;
*)
    echo "usage: packaging/dev.sh run [FILE] | test" >&2
    exit 2
    ;;
esac
