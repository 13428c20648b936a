#!/usr/bin/env bash
# Build the bundles that packaging/startup_time.py measures the frozen app against, with the
# interpreter and PyInstaller that build-linux.sh used (run that first):
#
#   packaging/build-startup-bundles.sh [bare] [importtime]      (both when none is named)
#
# bare       -> packaging/out/startup/dist/bare_window/bare_window: the frozen bare window
# importtime -> packaging/out/startup/dist/{bare_window,shooter}-importtime/...: the bare
#               window and the app printing Python's import times (-X importtime)
# Each is finished as build-linux.sh finishes the app: the Python runtime and ICU stripped,
# ICU's data trimmed. PYTHON=/path/to/python picks another interpreter, as for build-linux.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PATH="$PATH:/usr/sbin:/sbin"  # icupkg (icu-devtools) lives in /usr/sbin
OUT="$ROOT/packaging/out/startup"
PYTHON="${PYTHON:-$ROOT/packaging/out/build-venv/bin/python}"
[ -x "$PYTHON" ] || {
    echo "FAIL: no build interpreter at $PYTHON: run packaging/build-linux.sh first" >&2
    exit 1
}

build() {  # kind, bundle name
    local kind="$1" bundle="$OUT/dist/$2"
    echo "== build-startup-bundles: $kind ($("$PYTHON" -m PyInstaller --version))"
    rm -rf "$bundle" "$OUT/work/$kind"
    "$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT/dist" \
        --workpath "$OUT/work/$kind" "$ROOT/packaging/startup_bundles.spec" -- "$kind"
    strip --strip-unneeded "$bundle"/_internal/libpython3*.so* \
        "$bundle"/_internal/python3*/lib-dynload/*.so \
        "$bundle"/_internal/PySide6/Qt/lib/libicu{uc,i18n}.so.*
    "$PYTHON" "$ROOT/packaging/trim_icu.py" "$bundle/_internal/PySide6/Qt/lib"
}

kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(bare importtime)
for kind in "${kinds[@]}"; do
    case "$kind" in
        bare) build bare bare_window ;;
        importtime)
            build bare-importtime bare_window-importtime
            build app-importtime shooter-importtime
            ;;
        *) echo "FAIL: unknown bundle '$kind' (bare, importtime)" >&2; exit 2 ;;
    esac
done
