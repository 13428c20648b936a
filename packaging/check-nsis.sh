#!/usr/bin/env bash
# Compile the Windows installer script with makensis over the Linux bundle, so its syntax,
# includes and file paths are checked here (the result is not a working Windows installer:
# the bundle inside is the Linux one). Warnings count as errors.
#
#   packaging/check-nsis.sh      (builds the bundle first if packaging/out/dist/shooter is missing)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/packaging/out"
BUNDLE="$OUT/dist/shooter"
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)"

command -v makensis > /dev/null || { echo "FAIL: makensis is not installed (apt-get install nsis)" >&2; exit 1; }
[ -x "$BUNDLE/shooter" ] || "$ROOT/packaging/build-linux.sh"

echo "== check-nsis: makensis $(makensis -VERSION) over $BUNDLE"
cd "$ROOT/packaging/windows"
makensis -WX -V2 -DVERSION="$VERSION" -DSOURCE_DIR="$BUNDLE" -DEXE_NAME=shooter \
    -DOUTFILE="$OUT/shooter-setup-check.exe" -DICON="$ROOT/resources/icons/shooter.ico" \
    shooter.nsi
echo "== check-nsis: PASS, $(du -m "$OUT/shooter-setup-check.exe" | cut -f1) MiB installer compiled"
