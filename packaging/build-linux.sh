#!/usr/bin/env bash
# Build the Linux installer: a PyInstaller one-folder bundle, then a .deb around it.
#
#   packaging/build-linux.sh            -> packaging/out/shooter.deb (and shooter_<ver>_<arch>.deb)
#
# PYTHON=/path/to/python uses that interpreter (it needs pyinstaller and the app's
# dependencies); otherwise a build venv is made in packaging/out/build-venv.
# The .deb installs the bundle in /opt/shooter, a launcher in /usr/bin, the .desktop entry,
# hicolor icons and the session file type (application/x-shooter-session, *.shooter) for
# shared-mime-info, whose dpkg trigger registers it; Depends lists the system libraries Qt
# needs and a CJK font.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PATH="$PATH:/usr/sbin:/sbin"  # icupkg (icu-devtools) lives in /usr/sbin
OUT="$ROOT/packaging/out"
BUNDLE="$OUT/dist/shooter"
# The issue's limits, 150 MB and 50 MB, read as 10^6 bytes (the stricter reading).
MAX_BUNDLE_BYTES=150000000
MAX_DEB_BYTES=50000000
mkdir -p "$OUT"

stage() { echo "== build-linux: $*"; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000000 }'; }

version() {
    sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1
}

# Debian packages the bundle expects from the system (everything else ships inside it).
depends() {
    tr -s ' \n' '\n' < "$ROOT/packaging/linux-runtime-packages.txt" \
        | grep -v -e '^$' -e '^fonts-wqy-microhei$' \
        | paste -sd, - | sed 's/,/, /g; s/$/, fonts-noto-cjk | fonts-wqy-microhei/'
}

build_python() {
    if [ -n "${PYTHON:-}" ]; then
        echo "$PYTHON"
        return
    fi
    local venv="$OUT/build-venv" stamp
    stamp="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
    if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
        stage "build venv (pyinstaller + the app's dependencies) in $venv" >&2
        rm -rf "$venv"
        python3 -m venv "$venv"
        "$venv/bin/pip" install -q "pyinstaller>=6.3" -e "$ROOT" >&2
        echo "$stamp" > "$venv/.stamp"
    fi
    echo "$venv/bin/python"
}

build_bundle() {
    local python
    python="$(build_python)"
    stage "PyInstaller one-folder bundle ($("$python" -m PyInstaller --version))"
    rm -rf "$OUT/dist" "$OUT/work"
    "$python" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/packaging/shooter.spec"
    # The Python runtime and ICU come with symbol tables; Qt's libraries are already
    # stripped, and numpy's are left alone (stripping its patched OpenBLAS breaks it).
    stage "strip the Python runtime and ICU"
    strip --strip-unneeded "$BUNDLE"/_internal/libpython3*.so* \
        "$BUNDLE"/_internal/python3*/lib-dynload/*.so \
        "$BUNDLE"/_internal/PySide6/Qt/lib/libicu{uc,i18n}.so.*
    stage "ICU data: keep what Qt reads (converters, collation, calendars, zone names)"
    "$python" "$ROOT/packaging/trim_icu.py" "$BUNDLE/_internal/PySide6/Qt/lib"
    stage "bundle smoke test: shooter lessons"
    "$BUNDLE/shooter" lessons > /dev/null
}

stage_deb_root() {
    local root="$1" size
    rm -rf "$root"
    install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications"
    cp -a "$BUNDLE" "$root/opt/shooter"
    printf '#!/bin/sh\nexec /opt/shooter/shooter "$@"\n' > "$root/usr/bin/shooter"
    chmod 755 "$root/usr/bin/shooter"
    install -m 644 "$ROOT/resources/shooter.desktop" "$root/usr/share/applications/"
    install -d "$root/usr/share/icons"
    cp -r "$ROOT/resources/icons/hicolor" "$root/usr/share/icons/"
    install -D -m 644 "$ROOT/packaging/linux/shooter-session.xml" \
        "$root/usr/share/mime/packages/shooter.xml"
    chmod -R u+rwX,go+rX,go-w "$root"
    size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
    cat > "$root/DEBIAN/control" <<EOF
Package: shooter
Version: $(version)
Architecture: $(dpkg --print-architecture)
Maintainer: Shooter maintainers <maintainers@shooter.invalid>
Installed-Size: $size
Depends: $(depends)
Recommends: shared-mime-info, desktop-file-utils
Section: education
Priority: optional
Homepage: https://github.com/shooter-edu/shooter
Description: learn how a neural network learns, on a rifle range
 Each shot is a forward pass of a small neural network; the hole's offset from
 the bullseye is the error, pulling the target back is backpropagation and the
 aim correction is the gradient step. Speaks Chinese and English; built for
 classroom projectors. Self-contained: Python, Qt and numpy are included.
EOF
}

build_deb() {  # sets DEB
    local root="$OUT/deb-root"
    DEB="$OUT/shooter_$(version)_$(dpkg --print-architecture).deb"
    stage "staging the .deb tree"
    stage_deb_root "$root"
    stage "dpkg-deb --build (xz)"
    dpkg-deb --build --root-owner-group -Zxz "$root" "$DEB" > /dev/null
    ln -sf "$(basename "$DEB")" "$OUT/shooter.deb"
}

check_size() {
    local what="$1" bytes="$2" limit="$3"
    echo "SIZE $what: $bytes bytes = $(mb "$bytes") MB = $(mib "$bytes") MiB" \
        "(limit $limit bytes = $(mb "$limit") MB)"
    if [ "$bytes" -gt "$limit" ]; then
        echo "FAIL build-linux: $what is $bytes bytes, over the limit of $limit bytes" >&2
        return 1
    fi
}

check_tools() {
    local tool
    for tool in python3 strip as ld nm dpkg-deb dpkg icupkg; do
        command -v "$tool" > /dev/null || {
            echo "FAIL: $tool not found (Debian: apt-get install python3-venv binutils dpkg" \
                "icu-devtools)" >&2
            exit 1
        }
    done
}

main() {
    check_tools
    [ -f "$ROOT/resources/icons/hicolor/48x48/apps/shooter.png" ] || {
        echo "FAIL: icons missing; run packaging/make_icons.py" >&2
        exit 1
    }
    build_bundle
    build_deb
    local failed=0
    check_size "bundle (installed, $BUNDLE)" "$(du -sb "$BUNDLE" | cut -f1)" $MAX_BUNDLE_BYTES \
        || failed=1
    check_size ".deb ($DEB)" "$(stat -c %s "$DEB")" $MAX_DEB_BYTES || failed=1
    [ "$failed" = 0 ] || exit 1
    stage "done: $DEB"
}

main "$@"
