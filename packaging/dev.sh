#!/usr/bin/env bash
# Sets up, builds and runs Cabildo from a checkout on Debian 12.
#   packaging/dev.sh run [FILE]   install what is missing, build, start the app
#   packaging/dev.sh test         install what is missing, build, run every test headless
#   packaging/dev.sh sanitize     the same tests, and the fuzzers for a short while, in a
#                                 clang build with AddressSanitizer and UBSan (build-sanitize)
#   packaging/dev.sh bench        install what the benchmarks use, build, say how to run them
# All are idempotent: a second run installs nothing and rebuilds only what changed.
# CI (.ci/run) runs test, then sanitize.
set -euo pipefail

action=${1:-}
[ $# -gt 0 ] && shift
# A FILE given to `run` is relative to where the command was typed, not to the checkout.
files=()
for file in "$@"; do files+=("$(realpath -m -- "$file")"); done
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config python3 tzdata util-linux git
    clang-format  # the code-format test: .clang-format, checked with Debian 12's clang-format 14
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libcsv-dev libicu-dev libgeonames-dev libstemmer-dev libeigen3-dev
    librsvg2-bin dpkg-dev file lintian desktop-file-utils appstream libxml2-utils
    shared-mime-info xdg-utils libfile-mimeinfo-perl liblingua-stopwords-perl
    libexttextcat-dev libexttextcat-data apertium apertium-eng-spa apertium-fr-es apertium-es-pt
    libvalijson-dev python3-jsonschema
    dbus-daemon  # a private bus with a fake logind for the sleep inhibitor's test (python3-gi)
    zlib1g-dev  # restore points' records (storage/restorerecords.cpp)
    libqrencode-dev fonts-dejavu-core fonts-symbola  # Symbola: emoji in the printed programme
    python3-xmlschema csvkit python3-vobject python3-gi gir1.2-ical-3.0 poppler-utils nodejs
    zbar-tools  # reads the programme's QR code back in the tests
    chromium  # the participants' page in a real browser (tests/web), driven by playwright-core
    libmicrohttpd-dev  # the participation server for phones (app/network)
    qt6-multimedia-dev  # the chime when the room's timer ends (ui/room/roomchime.h)
    # The paper wall (issue 15, app/engines/photo): OpenCV's core and imgproc only (libopencv-dev
    # would pull Qt 5, VTK and GDAL), Tesseract and its data for the four languages; the wall
    # generator's handwriting font (tests/support/wallgen).
    libopencv-imgproc-dev libtesseract-dev tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-por
    fonts-dkg-handwriting
)
# The open-data conformance tests run npm validators (tests/conformance/setup-npm-tools.sh).
# Debian's npm, unless an npm is already there: NodeSource's nodejs ships its own and
# conflicts with Debian's package.
command -v npm >/dev/null || packages+=(npm)
# Only for `sanitize`: Debian 12's clang 14 and its sanitizer and libFuzzer runtimes.
sanitize_packages=(clang libclang-rt-14-dev)
# Only for `bench`: bench_agenda compares the generator with CBC's exact optimum; the server
# bake-off (tests/bench/serverchoice) builds one server per HTTP library installed. Qt
# HttpServer's CMake package needs qt6-websockets-dev, which qt6-httpserver-dev does not pull in.
bench_packages=(coinor-cbc python3-sklearn  # python3-sklearn: bench_cluster's reference pipeline
    libmicrohttpd-dev libcpp-httplib-dev libcivetweb-dev qt6-httpserver-dev qt6-websockets-dev)

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

# ccache when installed: a developer's rebuilds after switching branches come from the
# cache. A fresh CI machine starts with an empty cache, so it gains nothing there.
# Warnings in Cabildo's own code are errors here (the libraries' headers are SYSTEM).
options=(-DCABILDO_WERROR=ON)
command -v ccache >/dev/null && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

# RelWithDebInfo with -g1: optimised as released, with enough debug information for a
# backtrace to name functions, files and lines. Full -g (variables, types) made each file
# take about half as long again to compile and every test's link slower, which CI pays on
# a fresh machine; configure with -g for a debugging session.
build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
        "${options[@]}" "$@" >/dev/null
    cmake --build build
}

# The sanitizer build: clang, -O1 with line tables (ASan's advice: fast enough to run every
# test; stacks name the function, file and line, which is all a report needs; full debug
# information only made the build and its links slower), ASan + UBSan everywhere and the
# fuzzers (tests/fuzz). The benchmarks are left out: they time things, which
# instrumentation distorts.
build_sanitize() {
    CC=clang CXX=clang++ cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only -O1" -DCABILDO_FUZZ=ON -DCABILDO_BUILD_BENCHMARKS=OFF \
        "${options[@]}" >/dev/null
    cmake --build build-sanitize
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
sanitize)
    packages+=("${sanitize_packages[@]}")
    install_missing
    build_sanitize
    supp=$PWD/tests/fuzz/lsan.supp
    cd build-sanitize
    # Every report fails its test: UBSan stops at the first finding, LeakSanitizer (part of
    # ASan) reports leaks at exit except Qt's and fontconfig's known ones (lsan.supp).
    # The packaging tests check packaging/ and the .deb, already done by `test`; the .deb
    # of an instrumented build must not be installed, so they are left out here.
    export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$supp:print_suppressions=0
    exec ctest --output-on-failure --timeout 900 -j2 --label-exclude packaging
    ;;
bench)
    packages+=("${bench_packages[@]}")
    install_missing
    build -DCABILDO_BUILD_BENCHMARKS=ON
    cat <<'EOF'
Benchmarks built in build/tests/bench (they print figures; see the README for the latest):
  QT_QPA_PLATFORM=offscreen build/tests/bench/bench_foundation [NOTES]
  build/tests/bench/bench_export [NOTES]
  build/tests/bench/bench_grouping ../shared/data/clustering [SET]
  build/tests/bench/bench_cluster ../shared/data/clustering [REPEATS] [SET]   (against scikit-learn)
  build/tests/bench/bench_language ../shared/data
  build/tests/bench/bench_agenda ../shared/data [generated|wide|itc|large] [--no-cbc]
  tests/bench/serverchoice/run.sh build OUT_DIR   (the HTTP server bake-off, about 20 minutes)
The data sets are in ../shared/data (a folder beside the checkout).
EOF
    ;;
*)
    echo "usage: packaging/dev.sh run [FILE] | test | sanitize | bench" >&2
    exit 2
    ;;
esac
