"""Drawing the target view's layers with QPainter: rings, holes, red lines, arrows, markers,
labels, the bullet in flight, the headline and the legend. Positions come from geometry and
labels; these functions only draw."""

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QPen, QPixmap, QPolygonF

from shooter.app.target.geometry import (
    EXTENT_CM,
    MAX_SPELLED,
    arrow_head,
    back_along,
    ring_line_px,
)
from shooter.app.target.holes import FADE_LEVELS
from shooter.app.target.labels import LABEL_SIZE, MISS_LABEL_SIZE
from shooter.constants import BLACK_RINGS_FROM, RING_COUNT, RING_WIDTH_CM

MAX_LINES = 300  # red lines drawn for a big batch (an even subset)
ERROR_LINE_PX = 5  # a single shot's red line, wide enough to see beside the green arrow
FLIGHT_START_SCALE = 0.25  # muzzle-side depth vs target depth: how the bullet shrinks away
MAX_EDGE_ARROWS = 8  # off-view shots drawn as arrows (the farthest); the rest are edge dots
EDGE_ARROW_WIDTH = 0.3  # half the base of an edge arrow, in lengths: slim, so it points


def paint_target(painter, geo):
    s, square = geo.style, geo.square
    painter.fillRect(square, s.color("panel"))
    painter.setPen(QPen(s.color("muted"), s.px(1)))
    painter.drawRect(square)
    centre = square.center()
    for ring in range(1, RING_COUNT + 1):  # outermost first, so inner rings cover it
        radius = (RING_COUNT - ring + 1) * RING_WIDTH_CM * geo.scale
        on_black = ring >= BLACK_RINGS_FROM
        fill = s.color("target_black" if on_black else "target_paper")
        line = s.color("ring_line_on_black" if on_black else "ring_line_on_paper")
        painter.setPen(QPen(line, ring_line_px(s)))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
    painter.setBrush(Qt.NoBrush)
    _paint_ring_numbers(painter, geo)


def _paint_ring_numbers(painter, geo):
    """Each numbered ring's number in its band, light on the black mark; a number that
    reaches into the rings beside it sits on a patch of its own ring's colour."""
    s = geo.style
    font, placed, boxed = geo.ring_numbers()
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    pad = ring_line_px(s)
    for ring, rect in placed:
        on_black, text = ring >= BLACK_RINGS_FROM, str(ring)
        glyphs = metrics.tightBoundingRect(text)  # centred by its ink, not its line box
        if boxed:
            painter.setPen(Qt.NoPen)
            painter.setBrush(s.color("target_black" if on_black else "target_paper"))
            painter.drawRoundedRect(rect, pad, pad)
            painter.setBrush(Qt.NoBrush)
        painter.setPen(s.color("ring_line_on_black" if on_black else "ring_line_on_paper"))
        painter.drawText(rect.center() - glyphs.center(), text)


def paint_past_holes(painter, geo, holes_cm, levels):
    """Past holes as round points, oldest first, each one's rim and fill together: a hole
    is drawn the same whether it came alone or in a batch, so the picture depends only on
    the holes and their fading, never on how they arrived."""
    if len(holes_cm) == 0:
        return
    xs, ys = geo.pixel_xy(np.clip(holes_cm, -EXTENT_CM, EXTENT_CM))  # off-view: on the edge
    pens = _past_hole_pens(geo)
    for x, y, level in zip(xs.tolist(), ys.tolist(), np.asarray(levels).tolist()):
        point = QPointF(x, y)
        # a dark rim reads on the paper, the light fill on the black mark
        for pen in pens[level]:
            painter.setPen(pen)
            painter.drawPoint(point)


def _past_hole_pens(geo, scale=1.0):
    """(rim pen, fill pen) for each fading level, faintest first; `scale` x as wide."""
    size = geo.hole_px() * scale
    pens = []
    for level in range(FADE_LEVELS):
        pair = []
        for name, width in (("text", size), ("hole_old", size * 0.7)):
            colour = geo.style.color(name)
            colour.setAlphaF((level + 1) / FADE_LEVELS)
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.RoundCap)
            pair.append(pen)
        pens.append(pair)
    return pens


class HoleStamps:
    """Past holes as small pictures, one per fading level, for a pixmap of device pixel
    ratio `ratio`: a hole is one picture copied at its pixel instead of two pen strokes,
    some fifteen times quicker for thousands of holes. Each picture is the hole's rim and
    fill drawn as paint_past_holes draws them; laying it over what is there gives what
    drawing the two strokes there would (painting over is associative), with the hole
    centred on the device pixel that holds its centre."""

    def __init__(self, geo, ratio):
        self.ratio = ratio
        self.reach = math.ceil(geo.hole_px() * ratio / 2.0) + 1  # device px, centre to edge
        side = 2 * self.reach + 1
        centre = QPointF(self.reach + 0.5, self.reach + 0.5)
        self.pictures = []
        for pens in _past_hole_pens(geo, ratio):
            image = QImage(side, side, QImage.Format_ARGB32_Premultiplied)
            image.fill(Qt.transparent)
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.Antialiasing)
                for pen in pens:
                    painter.setPen(pen)
                    painter.drawPoint(centre)
            finally:
                painter.end()
            picture = QPixmap.fromImage(image)
            picture.setDevicePixelRatio(ratio)  # drawn at its device pixels' size
            self.pictures.append(picture)

    def paint(self, painter, geo, holes_cm, levels):
        """The holes, oldest first, onto a painter on a pixmap of this ratio. A hole
        without a finite place is left out (Qt would be handed a NaN position)."""
        holes_cm = np.asarray(holes_cm, dtype=np.float64).reshape(-1, 2)
        finite = np.isfinite(holes_cm).all(axis=1)
        holes_cm, levels = holes_cm[finite], np.asarray(levels)[finite]
        if len(holes_cm) == 0:
            return
        xs, ys = geo.pixel_xy(np.clip(holes_cm, -EXTENT_CM, EXTENT_CM))
        # Each picture's corner on a whole device pixel, given in the painter's units.
        lefts = ((np.floor(xs * self.ratio) - self.reach) / self.ratio).tolist()
        tops = ((np.floor(ys * self.ratio) - self.reach) / self.ratio).tolist()
        draw, pictures = painter.drawPixmap, self.pictures
        for left, top, level in zip(lefts, tops, levels.tolist()):
            draw(QPointF(left, top), pictures[level])


def paint_current_holes(painter, geo, current):
    s = geo.style
    radius = geo.current_radius(len(current))
    points = geo.pixel_points(current[np.all(np.abs(current) <= EXTENT_CM, axis=1)])
    if len(points) > MAX_SPELLED:  # a big batch: round points, one call per colour
        for colour, width in (("highlight", 2 * radius), ("hole", 2 * radius - s.px(5))):
            pen = QPen(s.color(colour), width)
            pen.setCapStyle(Qt.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(QPolygonF(points))
        return
    painter.setPen(QPen(s.color("highlight"), s.px(3)))
    painter.setBrush(s.color("hole"))
    for point in points:
        painter.drawEllipse(point, radius, radius)
    painter.setBrush(Qt.NoBrush)


def visible_error_ends(ends):
    """The red lines' far ends worth drawing (cm): finite, not on the bullseye, an even
    subset of a big batch (more lines only make a solid fan), stopped at the view's edge."""
    ends = ends[np.all(np.isfinite(ends), axis=1) & np.any(ends != 0.0, axis=1)]
    if len(ends) > MAX_LINES:
        ends = ends[np.linspace(0, len(ends) - 1, MAX_LINES).astype(int)]
    if len(ends) == 0:
        return ends
    reach = np.max(np.abs(ends), axis=1, keepdims=True)
    return np.where(reach > EXTENT_CM, ends * EXTENT_CM / reach, ends)


def paint_error_lines(painter, geo, ends, few):
    """Red lines from the bullseye to each hole; a few are wide with a light rim so they
    read on the black mark and across the holes they end in."""
    s = geo.style
    if len(ends) == 0:
        return
    origin = geo.to_pixels(0.0, 0.0)
    lines = [QLineF(origin, end) for end in geo.pixel_points(ends)]
    pen = QPen(s.color("error"), s.px(ERROR_LINE_PX) if few else s.px(1.5))
    pen.setCapStyle(Qt.FlatCap)  # round caps cost ~20x more on many antialiased lines
    pens = [pen]
    if few:
        pens.insert(0, QPen(s.color("background"), pen.widthF() + s.px(2.5)))
    for chosen in pens:
        painter.setPen(chosen)
        painter.drawLines(lines)


def paint_arrow(painter, style, drawn, dashed):
    """A green arrow a -> b; kind "continues" gets a second head: "and it goes on"."""
    a, b, kind = drawn
    head = style.px(11) if dashed else style.px(16)
    width = style.px(3) if dashed else style.px(5)
    colour = style.color("gradient")
    for pen_colour, pen_width in ((style.color("background"), width + style.px(3)),
                                  (colour, width)):
        pen = QPen(pen_colour, pen_width)
        pen.setCapStyle(Qt.FlatCap)
        if dashed and pen_colour == colour:
            pen.setStyle(Qt.DashLine)
        painter.setPen(pen)
        painter.drawLine(a, b)
    paint_arrow_head(painter, style, a, b, colour, head)
    if kind == "continues":
        paint_arrow_head(painter, style, a, back_along(a, b, head * 0.8), colour, head)


def paint_arrow_head(painter, style, a, b, colour, size):
    length = math.hypot(b.x() - a.x(), b.y() - a.y())
    corners = arrow_head(a, b, min(size, max(length, style.px(6))))
    if corners is None:
        return
    painter.setPen(QPen(style.color("background"), style.px(1.5)))
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(corners))
    painter.setBrush(Qt.NoBrush)


def paint_edge_markers(painter, geo, markers, labels):
    """Shots beyond the view: arrows at the edge pointing where they went (farthest first);
    in a big batch the rest are plain dots on the edge; then their distance labels."""
    s = geo.style
    if not markers:
        return
    arrows, dots = markers[:MAX_EDGE_ARROWS], markers[MAX_EDGE_ARROWS:]
    size = s.px(26)
    if dots:
        pen = QPen(s.color("hole"), size * 0.6)
        pen.setCapStyle(Qt.RoundCap)
        painter.setPen(pen)
        painter.drawPoints(QPolygonF(geo.pixel_points(np.array([e for e, _ in dots]))))
    painter.setPen(QPen(s.color("highlight"), s.px(2.5)))
    painter.setBrush(s.color("hole"))
    inset = s.px(2.5)  # the tip's outline stays inside the frame that clips the target
    for (ex, ey), _ in arrows:
        edge = geo.to_pixels(ex, ey)
        reach = math.hypot(ex, ey)
        ux, uy = ex / reach, -ey / reach  # outwards, in pixels (y grows downwards)
        tip = QPointF(edge.x() - ux * inset, edge.y() - uy * inset)
        behind = QPointF(tip.x() - ux, tip.y() - uy)
        painter.drawPolygon(QPolygonF(arrow_head(behind, tip, size, EDGE_ARROW_WIDTH)))
    painter.setBrush(Qt.NoBrush)
    for text, rect in labels:
        paint_label(painter, s, rect, text, s.color("text"))


def paint_label(painter, style, rect, text, colour, relative=LABEL_SIZE):
    """Text on a light box edged in `colour`, so it reads over rings, holes and the black
    mark."""
    pad = style.px(4)
    box = style.color("background")  # opaque: a ring number under the label is hidden whole
    painter.setPen(QPen(colour, style.px(1.5)))
    painter.setBrush(box)
    painter.drawRoundedRect(rect, pad, pad)
    painter.setBrush(Qt.NoBrush)
    painter.setFont(style.font(relative, bold=True))
    painter.setPen(style.color("text"))
    painter.drawText(rect, Qt.AlignCenter, text)


def paint_miss_labels(painter, style, labels, radius):
    """Each shot's miss beside its hole, in a box edged in the red of its line, tied to
    the hole's rim by a thin red leader so a close burst still says which is which."""
    for text, rect, hole in labels:
        near = QPointF(min(max(hole.x(), rect.left()), rect.right()),
                       min(max(hole.y(), rect.top()), rect.bottom()))
        dx, dy = near.x() - hole.x(), near.y() - hole.y()
        reach = math.hypot(dx, dy)
        if reach > radius:
            rim = QPointF(hole.x() + dx / reach * radius, hole.y() + dy / reach * radius)
            painter.setPen(QPen(style.color("error"), style.px(2)))
            painter.drawLine(rim, near)
        paint_label(painter, style, rect, text, style.color("error"), MISS_LABEL_SIZE)


def paint_flight(painter, geo, current, progress):
    """The bullet on its way: it starts big near the muzzle and shrinks onto each hole."""
    s = geo.style
    # Apparent size falls as 1/distance while the bullet travels at constant speed.
    depth = FLIGHT_START_SCALE + (1.0 - FLIGHT_START_SCALE) * progress
    perspective = (FLIGHT_START_SCALE / depth - FLIGHT_START_SCALE) / (1 - FLIGHT_START_SCALE)
    muzzle = QPointF(geo.square.center().x(), geo.square.bottom())
    hole_r = geo.current_radius(len(current))
    radius = hole_r + (s.px(40) - hole_r) * perspective
    painter.setPen(QPen(s.color("highlight"), s.px(3)))
    painter.setBrush(s.color("hole"))
    for x, y in current:
        if not (math.isfinite(x) and math.isfinite(y)):
            continue
        end = geo.to_pixels(*np.clip((x, y), -EXTENT_CM, EXTENT_CM))
        pos = QPointF(end.x() + (muzzle.x() - end.x()) * perspective,
                      end.y() + (muzzle.y() - end.y()) * perspective)
        painter.drawEllipse(pos, radius, radius)
    painter.setBrush(Qt.NoBrush)


def paint_headline(painter, style, lines):
    painter.setPen(style.color("text"))
    for text, font, rect in lines:
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignHCenter | Qt.AlignVCenter, text)


def paint_legend(painter, style, rect, layout):
    pieces, font, bold, swatch, gap = layout
    y = rect.center().y()
    for kind, box, text in pieces:
        if kind == "size":
            _paint_size_box(painter, style, box, text, bold)
            continue
        colour = style.color(kind)
        painter.setPen(QPen(colour, style.px(5)))
        x = box.left()
        painter.drawLine(QPointF(x, y), QPointF(x + swatch, y))
        if kind == "gradient":
            paint_arrow_head(painter, style, QPointF(x, y), QPointF(x + swatch, y), colour,
                             style.px(12) * swatch / style.px(34))
        painter.setPen(style.color("text"))
        painter.setFont(font)
        painter.drawText(QRectF(x + swatch + gap, box.top(), box.width() + 2, box.height()),
                         Qt.AlignVCenter | Qt.AlignLeft, text)


def _paint_size_box(painter, style, box, text, font):
    """The arrow's length in green bold on a light box, like a label on the arrow."""
    pad = style.px(4)
    painter.setPen(QPen(style.color("gradient"), style.px(1.5)))
    painter.setBrush(style.color("background"))
    painter.drawRoundedRect(box, pad, pad)
    painter.setBrush(Qt.NoBrush)
    painter.setFont(font)
    painter.drawText(box, Qt.AlignCenter, text)
