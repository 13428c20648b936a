#!/usr/bin/env bash
# Build the Linux installer: a PyInstaller one-folder bundle, then a .deb around it.
#
#   packaging/build-linux.sh            -> packaging/out/shooter.deb (and shooter_<ver>_<arch>.deb)
#
# PYTHON=/path/to/python uses that interpreter (it needs pyinstaller and the app's
# dependencies); otherwise a build venv is made in packaging/out/build-venv.
# The .deb installs the bundle in /opt/shooter, a launcher in /usr/bin, the .desktop entry
# and hicolor icons; Depends lists the system libraries Qt needs and a CJK font.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/packaging/out"
BUNDLE="$OUT/dist/shooter"
MAX_BUNDLE_MB=150
MAX_DEB_MB=50
mkdir -p "$OUT"

stage() { echo "== build-linux: $*"; }
mib() { echo $(( ($1 + 1048575) / 1048576 )); }

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
    # The Python runtime comes with debug symbols; Qt and numpy's libraries are already
    # stripped (and stripping numpy's patched OpenBLAS breaks it), so leave those alone.
    stage "strip the Python runtime"
    strip --strip-unneeded "$BUNDLE"/_internal/libpython3*.so* \
        "$BUNDLE"/_internal/python3*/lib-dynload/*.so
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
    chmod -R u+rwX,go+rX,go-w "$root"
    size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
    cat > "$root/DEBIAN/control" <<EOF
Package: shooter
Version: $(version)
Architecture: $(dpkg --print-architecture)
Maintainer: Shooter maintainers <maintainers@shooter.invalid>
Installed-Size: $size
Depends: $(depends)
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
    local what="$1" bytes="$2" limit_mb="$3"
    echo "SIZE $what: $(mib "$bytes") MiB ($bytes bytes; limit $limit_mb MiB)"
    if [ "$bytes" -gt $((limit_mb * 1048576)) ]; then
        echo "FAIL: $what is larger than $limit_mb MiB" >&2
        return 1
    fi
}

check_tools() {
    local tool
    for tool in python3 strip dpkg-deb dpkg; do
        command -v "$tool" > /dev/null || {
            echo "FAIL: $tool not found (Debian: apt-get install python3-venv binutils dpkg)" >&2
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
    check_size "bundle (installed, $BUNDLE)" "$(du -sb "$BUNDLE" | cut -f1)" $MAX_BUNDLE_MB
    check_size ".deb ($DEB)" "$(stat -c %s "$DEB")" $MAX_DEB_MB
    stage "done: $DEB"
}

main "$@"
