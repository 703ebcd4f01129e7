#!/usr/bin/env bash
# Regenerates every screenshot the UI tests can take into build/screenshots (or DIR):
#   tests/screenshots.sh [DIR]
# Each UI test has a screenshots() function (screenshot() in older ones) that is skipped
# unless CABILDO_SCREENSHOT_DIR is set; this runs them all, offscreen, on the real-size
# fixture where the test uses it: English at 1366x768 and 1920x1080, French, Spanish and
# Portuguese at 1366x768. Builds first (packaging/dev.sh test has installed what is needed).
# The pictures in resources/screenshots/ are a chosen few of these, copied by hand after
# looking at them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-build/screenshots}")
mkdir -p "$out"
cmake --build build >/dev/null

export CABILDO_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=offscreen LANGUAGE= LC_ALL=C.UTF-8
export CABILDO_BINARY="$PWD/build/cabildo"
status=0
for test in build/tests/ui/tst_ui_* build/tests/conformance/tst_ui_*; do
    [ -x "$test" ] || continue
    # The test functions whose name starts with "screenshot", as the binary lists them.
    mapfile -t functions < <("$test" -functions 2>/dev/null | sed -n 's/^\(screenshot[A-Za-z0-9_]*\)()$/\1/p')
    [ ${#functions[@]} -eq 0 ] && continue
    echo "$(basename "$test"): ${functions[*]}"
    "$test" "${functions[@]}" >"$out/$(basename "$test").log" 2>&1 || {
        echo "  failed: see $out/$(basename "$test").log" >&2
        status=1
    }
done
# The participants' page on a phone-sized browser, in four languages (tests/web): its test
# takes the pictures (page-*.png).
echo "tst_web_page_browser"
ctest --test-dir build -R '^(web_npm_tools|tst_web_page_browser)$' >"$out/tst_web_page_browser.log" 2>&1 || {
    echo "  failed: see $out/tst_web_page_browser.log" >&2
    status=1
}
echo "$(find "$out" -name '*.png' | wc -l) pictures in $out"
exit $status
