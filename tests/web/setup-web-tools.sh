#!/usr/bin/env bash
# Installs what the page's browser test drives Debian's chromium with, into a folder of its
# own, at pinned versions; does nothing when they are already there. playwright-core brings
# no browser of its own (the test uses /usr/bin/chromium); axe-core checks accessibility.
#   setup-web-tools.sh DIR
set -euo pipefail
dir=$1
want="playwright-core@1.65.1 axe-core@4.14.1"
if [ -f "$dir/.installed" ] && [ "$(cat "$dir/.installed")" = "$want" ]; then
    exit 0
fi
command -v npm >/dev/null || { echo "npm is missing (Debian: apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
# shellcheck disable=SC2086
npm install --prefix "$dir" --no-audit --no-fund --no-save --loglevel=error $want
echo "$want" > "$dir/.installed"
