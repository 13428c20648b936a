#!/usr/bin/env bash
# The fresh-machine test for the .deb: build it, install it with apt into a minimal Debian
# root (debootstrap --variant=minbase: no Python, no Qt, no X), run `shooter --self-test`
# there offscreen and under Xvfb, check a session file opens it by its file type, purge it
# and check nothing of it is left.
#
#   sudo packaging/test-linux.sh        (root: debootstrap, chroot and mounts need it)
#
# SKIP_BUILD=1 reuses packaging/out/shooter.deb. The minimal root is cached as a tarball in
# packaging/out (delete it to start from a new debootstrap). MIRROR picks the Debian mirror.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/packaging/out"
SUITE=bookworm
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
CACHE="$OUT/$SUITE-minbase-root.tar"
OUR_PATHS=(/opt/shooter /usr/bin/shooter /usr/share/applications/shooter.desktop
    /usr/share/mime/packages/shooter.xml)
SESSION_TYPE=application/x-shooter-session
CHROOT=""
STARTED=$SECONDS

stage() { echo "== test-linux [$((SECONDS - STARTED))s]: $*"; }
fail() { echo "FAIL test-linux: $*" >&2; exit 1; }
in_root() { chroot "$CHROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@"; }
# apt in the chroot downloads as root: its _apt sandbox user cannot read the extracted cache.
APT=(apt-get -o APT::Sandbox::User=root -y -qq --no-install-recommends)

mounted_under() { awk -v root="$1" 'index($2, root) == 1 {print $2}' /proc/mounts | sort -r; }

cleanup() {
    [ -n "$CHROOT" ] && [ -d "$CHROOT" ] || return 0
    local point
    for point in $(mounted_under "$CHROOT"); do umount -l "$point" || true; done
    if [ -n "$(mounted_under "$CHROOT")" ]; then  # never delete through a bind mount
        echo "test-linux: $CHROOT still has mounts; left in place" >&2
        return 0
    fi
    rm -rf "$CHROOT"
}
trap cleanup EXIT

check_tools() {
    [ "$(id -u)" = 0 ] || fail "run as root (debootstrap and chroot need it)"
    local tool
    for tool in debootstrap dpkg-deb chroot tar; do
        command -v "$tool" > /dev/null || fail "$tool is not installed"
    done
}

make_root() {
    CHROOT="$(mktemp -d /tmp/shooter-fresh-root.XXXXXX)"
    if [ -f "$CACHE" ]; then
        stage "minimal $SUITE root from the cache ($CACHE)"
        tar -xf "$CACHE" -C "$CHROOT"
    else
        stage "debootstrap --variant=minbase $SUITE from $MIRROR (cached afterwards)"
        debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR" > "$OUT/debootstrap.log" 2>&1 \
            || { tail -n 20 "$OUT/debootstrap.log" >&2; fail "debootstrap failed"; }
        in_root apt-get clean
        tar -cf "$CACHE.part" -C "$CHROOT" . && mv "$CACHE.part" "$CACHE"
    fi
    in_root sh -c '! command -v python3 && ! ls /usr/lib/*/libQt6Core* 2>/dev/null' > /dev/null \
        || fail "the fresh root already has Python or Qt: it would not prove anything"
    cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
    mount -t proc proc "$CHROOT/proc"
    mount -t sysfs sysfs "$CHROOT/sys"
    mount --bind /dev "$CHROOT/dev"
    mount --bind /dev/pts "$CHROOT/dev/pts"
    mount -t tmpfs tmpfs "$CHROOT/dev/shm"
}

install_deb() {
    stage "apt-get install ./shooter.deb (Depends pulled from $MIRROR)"
    cp "$(readlink -f "$OUT/shooter.deb")" "$CHROOT/tmp/shooter.deb"
    chmod 644 "$CHROOT/tmp/shooter.deb"
    in_root "${APT[@]}" update
    in_root "${APT[@]}" install /tmp/shooter.deb > "$OUT/apt-install.log" \
        || { tail -n 30 "$OUT/apt-install.log" >&2; fail "apt could not install the .deb"; }
    echo "installed: $(in_root dpkg-query -W -f '${Package} ${Version} ${Installed-Size} KiB' shooter)"
    in_root dpkg -L shooter > "$OUT/installed-files.txt"
    local path
    for path in "${OUR_PATHS[@]}" /usr/share/icons/hicolor/48x48/apps/shooter.png \
            /usr/share/icons/hicolor/scalable/apps/shooter.svg; do
        [ -e "$CHROOT$path" ] || fail "the package did not install $path"
    done
    rm "$CHROOT/tmp/shooter.deb"
}

check_libraries() {
    stage "every library in the bundle resolves against the installed system"
    local missing
    missing="$(in_root sh -c 'find /opt/shooter -type f -name "*.so*" -print0 \
        | LD_LIBRARY_PATH=/opt/shooter/_internal xargs -0 ldd 2>/dev/null | grep "not found" \
        | sort -u')" || true
    [ -z "$missing" ] || { echo "$missing" >&2; fail "libraries missing (add to Depends)"; }
    echo "all resolved"
}

self_test() {  # $1: how, then the command
    local how="$1"
    shift
    stage "shooter --self-test ($how)"
    in_root "$@" || fail "self-test failed ($how)"
}

test_offscreen() {
    self_test offscreen sh -c 'cd /tmp && QT_QPA_PLATFORM=offscreen shooter --self-test'
    stage "shooter --version names the packaged version"
    in_root sh -c 'shooter --version' | grep -Eq '^shooter [0-9]+\.[0-9]+' \
        || fail "shooter --version does not name a version"
}

test_xvfb() {
    stage "installing xvfb and xauth for the X11 run only"
    in_root "${APT[@]}" install xvfb xauth > "$OUT/apt-xvfb.log" \
        || { tail -n 30 "$OUT/apt-xvfb.log" >&2; fail "could not install xvfb"; }
    self_test "Xvfb, xcb" sh -c 'cd /tmp && QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1920x1080x24" shooter --self-test'
}

check_file_type() {
    stage "the session file type: *.shooter is $SESSION_TYPE and opens with shooter.desktop"
    in_root "${APT[@]}" install shared-mime-info desktop-file-utils > "$OUT/apt-mime.log" \
        || { tail -n 30 "$OUT/apt-mime.log" >&2; fail "could not install shared-mime-info"; }
    [ -e "$CHROOT/usr/share/mime/$SESSION_TYPE.xml" ] \
        || fail "update-mime-database did not register $SESSION_TYPE"
    grep -qx "$SESSION_TYPE:\*\.shooter" "$CHROOT/usr/share/mime/globs" \
        || fail "*.shooter is not $SESSION_TYPE in /usr/share/mime/globs"
    grep -q "^$SESSION_TYPE=.*shooter.desktop" "$CHROOT/usr/share/applications/mimeinfo.cache" \
        || fail "shooter.desktop does not list $SESSION_TYPE (its MimeType= line)"
    in_root sh -c 'cd /tmp && shooter train --lesson sight-in --steps 2 --save run.shooter \
        > /dev/null && shooter train --session run.shooter --steps 1 > /dev/null' \
        || fail "a .shooter session could not be written and read back"
    echo "registered: $(grep "^$SESSION_TYPE=" "$CHROOT/usr/share/applications/mimeinfo.cache")"
}

check_purge() {
    stage "apt-get purge shooter; nothing of it may be left"
    in_root "${APT[@]}" purge shooter > /dev/null
    ! in_root dpkg-query -W shooter > /dev/null 2>&1 || fail "dpkg still knows the package"
    local left=() path
    while read -r path; do  # every file the package installed
        if [ -n "$path" ] && [ ! -d "$CHROOT$path" ] && [ -e "$CHROOT$path" ]; then
            left+=("$path")
        fi
    done < "$OUT/installed-files.txt"
    for path in "${OUR_PATHS[@]}"; do
        if [ -e "$CHROOT$path" ]; then left+=("$path"); fi
    done
    while read -r path; do left+=("/$path"); done \
        < <(cd "$CHROOT" && find usr/share/icons -name 'shooter.*' 2>/dev/null)
    if [ -e "$CHROOT/usr/share/mime/$SESSION_TYPE.xml" ]; then
        left+=("/usr/share/mime/$SESSION_TYPE.xml")
    fi
    [ ${#left[@]} -eq 0 ] || { printf '%s\n' "${left[@]}" >&2; fail "left behind after purge"; }
    echo "nothing left ($(wc -l < "$OUT/installed-files.txt") paths checked)"
}

main() {
    check_tools
    mkdir -p "$OUT"
    if [ "${SKIP_BUILD:-0}" = 1 ] && [ -e "$OUT/shooter.deb" ]; then
        stage "reusing $(readlink -f "$OUT/shooter.deb")"
    else
        stage "building the bundle and the .deb"
        "$ROOT/packaging/build-linux.sh"
    fi
    make_root
    install_deb
    check_libraries
    test_offscreen
    test_xvfb
    check_file_type
    check_purge
    stage "PASS: installed, self-tested offscreen and under Xvfb, file type registered," \
        "purged clean"
}

main "$@"
