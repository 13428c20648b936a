"""Draw the app icon: a bold target with a green arrow in the bullseye.

Writes resources/icons/: the SVG (hicolor/scalable), PNGs for every hicolor size, a
Windows .ico and a macOS .icns (both hold PNGs, which Windows Vista+ and macOS 10.7+ read).
Sizes up to 32 px use a simpler drawing (fewer rings, thicker arrow) so it still reads as
a target at 16 px. Run with Qt available: `python packaging/make_icons.py`.
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SMALL_MAX = 32  # at or below this size, draw the simple variant
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024))

# The app's palette (shooter/app/style.py): paper, black rings, vermillion error, green step.
PAPER, BLACK, BULL, ARROW = "#f4eedd", "#1e1e1e", "#d55e00", "#009e73"


def arrow(tip, tail, shaft, head_len, head_half, colour, fin_ratio=1.6):
    """An arrow as one polygon from tail to tip, with fletching at the tail."""
    (tx, ty), (sx, sy) = tip, tail
    length = ((tx - sx) ** 2 + (ty - sy) ** 2) ** 0.5
    ux, uy = (tx - sx) / length, (ty - sy) / length  # along the arrow
    nx, ny = -uy, ux  # across it

    def at(along, across):
        return f"{sx + ux * along + nx * across:.1f},{sy + uy * along + ny * across:.1f}"

    neck = length - head_len
    fin = shaft * fin_ratio
    points = [at(0, -fin), at(shaft * 1.2, -shaft / 2), at(neck, -shaft / 2),
              at(neck, -head_half), at(length, 0), at(neck, head_half), at(neck, shaft / 2),
              at(shaft * 1.2, shaft / 2), at(0, fin), at(shaft * 0.6, 0)]
    return (f'<polygon points="{" ".join(points)}" fill="{colour}" stroke="{BLACK}" '
            f'stroke-width="{max(3, shaft // 4)}" stroke-linejoin="round"/>')


def svg(small=False):
    """The icon as SVG text on a 256-unit square."""
    if small:  # three bold zones and a fat arrow
        rings = [(124, PAPER, BLACK, 14), (78, BLACK, None, 0), (40, BULL, None, 0)]
        pointer = arrow((128, 128), (222, 34), 30, 64, 44, ARROW, fin_ratio=1.2)
    else:
        rings = [(120, PAPER, BLACK, 10), (96, BLACK, None, 0), (72, PAPER, None, 0),
                 (48, BLACK, None, 0), (26, BULL, None, 0)]
        pointer = arrow((128, 128), (226, 30), 18, 50, 30, ARROW)
    circles = []
    for radius, fill, stroke, width in rings:
        outline = f' stroke="{stroke}" stroke-width="{width}"' if stroke else ""
        circles.append(f'<circle cx="128" cy="128" r="{radius - width / 2:g}" '
                       f'fill="{fill}"{outline}/>')
    body = "\n  ".join(circles + [pointer])
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" '
            f'viewBox="0 0 256 256">\n  {body}\n</svg>\n')


def render(svg_text, size):
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    QSvgRenderer(QByteArray(svg_text.encode())).render(painter)
    painter.end()
    return image


def png_bytes(image):
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs):
    """A Windows icon file whose entries are PNGs (size 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in pngs:
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(chunks):
    """A macOS icon file: big-endian type + length records after an 'icns' header."""
    body = b"".join(kind + struct.pack(">I", 8 + len(blob)) + blob for kind, blob in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def icon_png(size):
    return png_bytes(render(svg(small=size <= SMALL_MAX), size))


def main():
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    scalable = ICONS / "hicolor" / "scalable" / "apps" / "shooter.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_text(svg())
    (ICONS / "shooter-small.svg").write_text(svg(small=True))
    for size in HICOLOR_SIZES:
        path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "shooter.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(icon_png(size))
    (ICONS / "shooter.ico").write_bytes(ico([(s, icon_png(s)) for s in ICO_SIZES]))
    (ICONS / "shooter.icns").write_bytes(icns([(k, icon_png(s)) for k, s in ICNS_TYPES]))
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
