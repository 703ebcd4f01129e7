# Shared by the packaging tests (sourced): a temporary folder removed on exit, and
# messages that say which check failed.
set -euo pipefail

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cabildo-pkg.XXXXXX")
cleanup_tmp() { rm -rf -- "$tmp"; }
trap cleanup_tmp EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }

# need TOOL PACKAGE: a validator that packaging/dev.sh installs. Missing means the machine
# was not set up, which is a failure, not a reason to skip.
need() {
    command -v "$1" >/dev/null 2>&1 ||
        fail "$1 not found (Debian package $2; packaging/dev.sh installs it)"
}

# expect_rejected NAME FUNCTION FILE: a deliberately broken copy must fail the same check
# the real file passes, proving the check would catch that mistake.
expect_rejected() {
    local name=$1 check=$2 file=$3
    if ( "$check" "$file" ) >"$tmp/out" 2>&1; then
        cat "$tmp/out" >&2
        fail "the check accepted a broken copy ($name)"
    fi
    # The reason: the first error, warning, info, hint or FAIL line.
    local reason
    reason=$(grep -m1 -E '^(E|W|I): |^FAIL: |: (error|warning|hint): ' "$tmp/out" || grep -m1 . "$tmp/out" || true)
    echo "ok: rejected ($name): ${reason#"$tmp/"}"
}
