"""Exports for slides: the target and the plots as PNG or SVG, the plotted series as CSV.

Pictures are painted afresh at a slide-friendly size (not screenshots): the target through
TargetView.paint_export, the plots through their QGraphicsView. Every file is written in one
step (shooter.files), so a failed export leaves an existing file as it was.
"""

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPicture
from PySide6.QtSvg import QSvgGenerator

from shooter.files import SERIES_COLUMNS, history_csv, write_bytes_atomic, write_text_atomic

TARGET_PX = 1600  # square: fills the height of a 16:9 slide at full resolution
PLOTS_WIDTH_PX = 1600


def png_bytes(image):
    """A QImage as PNG file contents."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def _blank_image(width, height):
    image = QImage(width, height, QImage.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    return image


def _svg_bytes(width, height, title, paint):
    """Run paint(painter) on an SVG canvas of width x height pixels; the file's contents."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title)
    # pyqtgraph paints axes through QPictures, which replay at the screen's resolution.
    generator.setResolution(QPicture().logicalDpiX())
    painter = QPainter(generator)
    paint(painter)
    painter.end()
    buffer.close()
    return bytes(data)


# --- the target --------------------------------------------------------------------------
def target_image(view, size=TARGET_PX):
    image = _blank_image(size, size)
    painter = QPainter(image)
    view.paint_export(painter, size, size)
    painter.end()
    return image


def target_svg(view, title, size=TARGET_PX):
    return _svg_bytes(size, size, title, lambda p: view.paint_export(p, size, size))


def write_target_png(view, path):
    write_bytes_atomic(path, png_bytes(target_image(view)))


def write_target_svg(view, path, title="Shooter"):
    write_bytes_atomic(path, target_svg(view, title))


# --- the plots ---------------------------------------------------------------------------
def _paint_plots(plots, painter):
    """The three plots as on screen (curves, axes, legend) at their on-screen size."""
    painter.setRenderHint(QPainter.Antialiasing)
    graphics = plots.graphics
    rect = graphics.viewport().rect()
    graphics.render(painter, QRectF(rect), rect)


def plots_image(plots, width=PLOTS_WIDTH_PX):
    """The plots `width` pixels wide. A device pixel ratio does the scaling, not the
    painter: pyqtgraph keeps its legend at screen size under a painter's scale."""
    view = plots.graphics.viewport().size()
    zoom = width / max(1, view.width())
    image = _blank_image(width, max(1, round(view.height() * zoom)))
    image.setDevicePixelRatio(zoom)
    painter = QPainter(image)
    _paint_plots(plots, painter)
    painter.end()
    image.setDevicePixelRatio(1.0)
    return image


def plots_svg(plots, title):
    """Vector drawing at the on-screen size; slides scale it without loss."""
    view = plots.graphics.viewport().size()
    return bake_transforms(
        _svg_bytes(view.width(), view.height(), title, lambda p: _paint_plots(plots, p)))


SVG_NS = "http://www.w3.org/2000/svg"
_MATRIX = re.compile(r"matrix\(([^)]*)\)")
_POINT = re.compile(r"(-?[\d.]+(?:e[-+]?\d+)?),(-?[\d.]+(?:e[-+]?\d+)?)")


def bake_transforms(svg):
    """Curves come out of Qt in data units under a group transform, with strokes kept thin
    by vector-effect="non-scaling-stroke", which many programs ignore (their lines grow a
    hundred times thick). Moving the transform into the coordinates draws the same picture
    everywhere. Only groups holding nothing but paths are rewritten."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    root = ET.fromstring(svg)
    for group in root.iter(f"{{{SVG_NS}}}g"):
        _group_opacity(group)
        match = _MATRIX.fullmatch(group.get("transform", "").strip())
        children = list(group)
        if match is None or not children or any(c.tag != f"{{{SVG_NS}}}path"
                                                for c in children):
            continue
        matrix = [float(v) for v in match.group(1).split(",")]
        for path in children:
            path.set("d", _POINT.sub(lambda m, t=matrix: _mapped(m, *t), path.get("d", "")))
        del group.attrib["transform"]
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _group_opacity(group):
    """A faint stroke-only group (the grid) as group opacity: the same picture, and read by
    renderers that ignore stroke-opacity (ImageMagick draws the grid solid black)."""
    opacity = group.get("stroke-opacity")
    if opacity is not None and group.get("fill") == "none" and float(opacity) < 1.0:
        group.set("opacity", opacity)
        group.set("stroke-opacity", "1")


def _mapped(match, a, b, c, d, e, f):
    x, y = float(match.group(1)), float(match.group(2))
    return f"{a * x + c * y + e:.6g},{b * x + d * y + f:.6g}"


def write_plots_png(plots, path):
    write_bytes_atomic(path, png_bytes(plots_image(plots)))


def write_plots_svg(plots, path, title="Shooter"):
    write_bytes_atomic(path, plots_svg(plots, title))


# --- the numbers behind the plots -------------------------------------------------------------
def series_csv(history):
    """Every plotted series at full precision, one row per iteration (never downsampled);
    the same table as the history CSV, with the held-out loss."""
    return history_csv(history, SERIES_COLUMNS)


def write_series_csv(history, path):
    write_text_atomic(path, series_csv(history))
