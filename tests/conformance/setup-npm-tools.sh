#!/usr/bin/env bash
# Installs the npm validators the conformance tests run (app/opendata/BUNDLE.md) into a folder of
# their own, at the exact versions named there; does nothing when they are already there.
#   setup-npm-tools.sh DIR
set -euo pipefail
dir=$1
want="ajv-cli@5.0.0 ajv-formats@3.0.1 datapackage@1.1.10"
if [ -f "$dir/.installed" ] && [ "$(cat "$dir/.installed")" = "$want" ]; then
    exit 0
fi
command -v npm >/dev/null || { echo "npm is missing (Debian: apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
# shellcheck disable=SC2086
npm install --prefix "$dir" --no-audit --no-fund --no-save --loglevel=error $want
echo "$want" > "$dir/.installed"
