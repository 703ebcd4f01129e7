#!/usr/bin/env bash
# Fails when a C++ file of the checkout differs from what the committed .clang-format
# makes of it (tst_code_format). Apply it with: find app ui tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i
set -euo pipefail
clang_format=${1:-clang-format}
cd "$(dirname "$0")/.."
# The sources' folders, found without git (a CI checkout may belong to another user).
mapfile -t files < <(find app ui tests -name '*.cpp' -o -name '*.h' | sort)
if [ ${#files[@]} -lt 100 ]; then
    echo "check-format: found ${#files[@]} C++ files; expected the whole tree" >&2
    exit 1
fi
"$clang_format" --dry-run --Werror "${files[@]}"
echo "check-format: ${#files[@]} files follow .clang-format"
