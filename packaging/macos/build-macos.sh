#!/usr/bin/env bash
# Build Shooter.app and a drag-to-Applications disk image on macOS.
#
#   PYTHON=python3 packaging/macos/build-macos.sh   -> packaging/out/Shooter-<version>.dmg
#
# The .app settings (bundle id org.shooter.Shooter, icon, NSHighResolutionCapable) are in the
# BUNDLE section of packaging/shooter.spec; the icon is resources/icons/shooter.icns, written
# by packaging/make_icons.py. PyInstaller signs the app ad hoc; signing with a Developer ID
# and notarising are left to whoever holds the certificate.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/packaging/out"
PYTHON="${PYTHON:-python3}"
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)"
APP="$OUT/dist/Shooter.app"
DMG="$OUT/Shooter-$VERSION.dmg"

[ "$(uname -s)" = Darwin ] || { echo "FAIL: build-macos.sh runs on macOS (hdiutil)" >&2; exit 1; }

echo "== build-macos: PyInstaller Shooter.app"
rm -rf "$OUT/dist" "$OUT/work"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/packaging/shooter.spec"

echo "== build-macos: self-test of the built app"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/shooter" --self-test

echo "== build-macos: disk image"
STAGE="$OUT/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Shooter $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "SIZE app: $(du -sm "$APP" | cut -f1) MiB, dmg: $(du -m "$DMG" | cut -f1) MiB"
echo "== build-macos: done: $DMG"
